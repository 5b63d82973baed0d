import { useQuery } from '@apollo/client/react';
import { OPEN_EOI_STATUSES } from '@tt/shared/eoi-transitions';
import { isOpenToInterest } from '@tt/shared/listing-availability';
import { expressInterestPath } from '@tt/shared/web-routes';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AssetKind, ListingAvailability } from '../generated/graphql';
import { OpenInterestOnAssetDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { ArrowRightIcon } from '../ui/icons';
import { Panel } from '../ui/panel';
import { AvailabilityWatchButton } from './availability-watch-button';
import { eoiPath } from './eoi-badges';

interface AssetRef {
  id: string;
  slug: string;
  kind?: AssetKind;
  availability: ListingAvailability;
  institution: { id: string; shortName: string };
}

/**
 * The call to action of a listing, by viewer: visitors sign in first; company members express
 * interest (or continue the conversation of their company's open EoI); the listing's office and
 * administrators go to the triage desk; researchers see no call to action. A listing under option or licensed
 * exclusively takes no expression of interest: everyone but its office is told why, and may ask to be notified.
 */
export function ExpressInterestPanel({ asset }: { asset: AssetRef }) {
  const { viewer } = useViewer();
  const office = viewer && (viewer.role === 'ADMIN' || viewer.institution?.id === asset.institution.id);
  if (!office && !isOpenToInterest(asset.availability)) return <ClosedCta asset={asset} signedIn={Boolean(viewer)} />;
  if (viewer?.role === 'COMPANY_MEMBER') return <CompanyCta asset={asset} />;
  if (viewer?.role === 'RESEARCHER') return null;
  if (viewer && (viewer.role === 'ADMIN' || viewer.institution?.id === asset.institution.id)) {
    return <OfficeCta asset={asset} />;
  }
  if (viewer) return null;
  return (
    <CtaShell institute={asset.institution.shortName}>
      <Link
        className="button button--accent button--block button--large"
        data-testid="express-interest"
        to={`/sign-in?next=/assets/${asset.slug}`}
      >
        {t('asset.ctaButton')}
        <ArrowRightIcon />
      </Link>
    </CtaShell>
  );
}

function CtaShell({
  institute,
  title = t('asset.ctaTitle'),
  body,
  children,
}: {
  institute: string;
  title?: string;
  body?: string;
  children: ReactNode;
}) {
  return (
    <Panel headingId="cta-heading" title={title} className="cta-panel" testId="cta-panel">
      <p>{body ?? t('asset.ctaBody', { institute })}</p>
      {children}
    </Panel>
  );
}

/** A listing closed to interest: why, and "Notify me if it becomes available" (visitors sign in first). */
function ClosedCta({ asset, signedIn }: { asset: AssetRef; signedIn: boolean }) {
  const availability = asset.availability === 'UNDER_OPTION' ? 'UNDER_OPTION' : 'LICENSED_EXCLUSIVELY';
  return (
    <CtaShell
      institute={asset.institution.shortName}
      title={t(`asset.closed.title.${availability}`)}
      body={t(`asset.closed.body.${availability}`, { institute: asset.institution.shortName })}
    >
      {signedIn ? (
        <AvailabilityWatchButton asset={asset} />
      ) : (
        <Link
          className="button button--accent button--block button--large"
          data-testid="watch-availability-sign-in"
          to={`/sign-in?next=/assets/${asset.slug}`}
        >
          {t('asset.closed.signIn')}
          <ArrowRightIcon />
        </Link>
      )}
    </CtaShell>
  );
}

function OfficeCta({ asset }: { asset: AssetRef }) {
  return (
    <CtaShell institute={asset.institution.shortName} title={t('eoi.cta.officeTitle')} body={t('eoi.cta.officeBody')}>
      <Link
        className="button button--secondary button--block"
        to={`/triage?view=list&status=all&asset=${encodeURIComponent(asset.id)}`}
        data-testid="triage-for-asset"
      >
        {t('eoi.cta.officeLink')}
        <ArrowRightIcon />
      </Link>
    </CtaShell>
  );
}

/**
 * A company member's call to action: continue the company's open EoI on the listing, or go to the form's own page
 * (express-interest-page.tsx), where a long message has room.
 */
function CompanyCta({ asset }: { asset: AssetRef }) {
  const { data } = useQuery(OpenInterestOnAssetDocument, {
    variables: { assetId: asset.id, statuses: [...OPEN_EOI_STATUSES] },
    fetchPolicy: 'cache-and-network',
  });
  const existing = data?.expressionsOfInterest.edges[0]?.node ?? null;
  const institute = asset.institution.shortName;
  if (existing) {
    return (
      <CtaShell institute={institute} body={t('eoi.cta.existing')}>
        <Link
          className="button button--primary button--block"
          to={eoiPath('/interests', existing.id)}
          data-testid="open-eoi-link"
        >
          {t('eoi.cta.continue')}
          <ArrowRightIcon />
        </Link>
      </CtaShell>
    );
  }
  return (
    <CtaShell institute={institute}>
      <Link
        className="button button--accent button--block button--large"
        to={expressInterestPath(asset.slug)}
        data-testid="express-interest"
      >
        {asset.kind === 'SERVICE' ? t('services.request.button') : t('asset.ctaButton')}
        <ArrowRightIcon />
      </Link>
    </CtaShell>
  );
}

import { useQuery } from '@apollo/client/react';
import { OPEN_EOI_STATUSES } from '@tt/shared/eoi-transitions';
import { isOpenToInterest } from '@tt/shared/listing-availability';
import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AssetKind, ListingAvailability } from '../generated/graphql';
import { OpenInterestOnAssetDocument } from '../generated/members-graphql';
import { loadMemberMessages, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { ArrowRightIcon } from '../ui/icons';
import { Panel } from '../ui/panel';
import { AvailabilityWatchButton } from './availability-watch-button';
import { eoiPath } from './eoi-badges';

// The form and its field components load when a member opens it, not with the listing, with the signed-in pages'
// messages (the form's are there: the first page load carries none of them).
const ExpressInterestForm = lazy(() =>
  Promise.all([import('./express-interest-form'), loadMemberMessages()]).then(([m]) => ({
    default: m.ExpressInterestForm,
  })),
);
// A service's: "Request this service", with the listing's request form.
const RequestServiceForm = lazy(() =>
  Promise.all([import('../services/request-service-form'), loadMemberMessages()]).then(([m]) => ({
    default: m.RequestServiceForm,
  })),
);

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

/** Focuses an element as it appears, and scrolls it to the middle of the window. */
const revealOnMount = (node: HTMLElement | null) => {
  if (!node) return;
  node.focus({ preventScroll: true });
  node.scrollIntoView?.({ block: 'center' });
};

function CompanyCta({ asset }: { asset: AssetRef }) {
  const [open, setOpen] = useState(false);
  const [sentId, setSentId] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { data } = useQuery(OpenInterestOnAssetDocument, {
    variables: { assetId: asset.id, statuses: [...OPEN_EOI_STATUSES] },
    fetchPolicy: 'cache-and-network',
  });
  const existing = data?.expressionsOfInterest.edges[0]?.node ?? null;
  const institute = asset.institution.shortName;
  const service = asset.kind === 'SERVICE';

  if (sentId) {
    return (
      <CtaShell institute={institute}>
        {/* The form it replaces was long: the confirmation is brought into view and takes the focus. */}
        <div className="notice notice--success" role="status" tabIndex={-1} ref={revealOnMount} data-testid="eoi-sent">
          <p>{t('eoi.form.sent', { institute })}</p>
          <Link to={eoiPath('/interests', sentId)} data-testid="eoi-sent-link">
            {t('eoi.form.follow')}
          </Link>
        </div>
      </CtaShell>
    );
  }
  if (existing && !open) {
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

  function close() {
    setOpen(false);
    // Back to where the member was.
    requestAnimationFrame(() => button.current?.focus());
  }

  return (
    <CtaShell institute={institute}>
      {!open && (
        <button
          ref={button}
          type="button"
          className="button button--accent button--block button--large"
          aria-expanded={false}
          onClick={() => setOpen(true)}
          data-testid="express-interest"
        >
          {service ? t('services.request.button') : t('asset.ctaButton')}
          <ArrowRightIcon />
        </button>
      )}
      {open && (
        <Suspense fallback={<span className="spinner" aria-hidden="true" />}>
          {service ? (
            <RequestServiceForm
              assetId={asset.id}
              institute={institute}
              existingId={existing?.id ?? null}
              onSent={setSentId}
              onCancel={close}
            />
          ) : (
            <ExpressInterestForm
              assetId={asset.id}
              institute={institute}
              existingId={existing?.id ?? null}
              onSent={setSentId}
              onCancel={close}
            />
          )}
        </Suspense>
      )}
    </CtaShell>
  );
}

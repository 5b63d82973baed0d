import { useQuery } from '@apollo/client/react';
import { OPEN_EOI_STATUSES } from '@tt/shared/eoi-transitions';
import { isOpenToInterest } from '@tt/shared/listing-availability';
import { interestTypesOffered } from '@tt/shared/listing-interest-types';
import { assetPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useSlugQuery } from '../apollo/use-slug-query';
import {
  ExpressInterestListingDocument,
  type ExpressInterestListingQuery,
  OpenInterestOnAssetDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { RequestServiceForm } from '../services/request-service-form';
import { BackLink } from '../ui/back-link';
import { focusOnMount } from '../ui/form';
import { ArrowRightIcon } from '../ui/icons';
import { RecordFallback } from '../ui/record-fallback';
import { foreignLang } from '../ui/text-language-marker';
import { usePageMeta } from '../ui/use-page-meta';
import { eoiPath } from './eoi-badges';
import { ExpressInterestForm } from './express-interest-form';
import './eoi.css';

type Listing = NonNullable<ExpressInterestListingQuery['asset']>;

/**
 * A company member expresses interest in a listing (or requests a service) on a page of its own: one heading, the
 * listing it is about, and the room a long message needs. The form offers the kinds of interest the listing's
 * partnering models offer; once sent, the confirmation takes the form's place, in view and with the focus.
 */
export function ExpressInterestPage() {
  const { query, record: listing } = useSlugQuery(ExpressInterestListingDocument, (data) => data.asset);
  usePageMeta(listing ? listing.title : t('eoi.page.metaTitle'));
  if (listing) return <ExpressInterest listing={listing} />;
  return <RecordFallback query={query} notFound="asset" back={{ to: '/', label: 'notFound.toCatalogue' }} />;
}

/** Focuses an element as it appears, and scrolls it to the middle of the window. */
const revealOnMount = (node: HTMLElement | null) => {
  if (!node) return;
  node.focus({ preventScroll: true });
  node.scrollIntoView?.({ block: 'center' });
};

function ExpressInterest({ listing }: { listing: Listing }) {
  const navigate = useNavigate();
  const [sentId, setSentId] = useState<string | null>(null);
  const { data, error } = useQuery(OpenInterestOnAssetDocument, {
    variables: { assetId: listing.id, statuses: [...OPEN_EOI_STATUSES] },
    fetchPolicy: 'cache-and-network',
  });
  const existing = data?.expressionsOfInterest.edges[0]?.node ?? null;
  const institute = listing.institution.shortName;
  const service = listing.kind === 'SERVICE';
  const listingPath = assetPath(listing.slug);

  // Closed to interest (under option, licensed exclusively): the listing's page says why, and offers a notice.
  if (!isOpenToInterest(listing.availability)) return <Navigate to={listingPath} replace />;

  const formProps = {
    assetId: listing.id,
    institute,
    existingId: existing?.id ?? null,
    onSent: setSentId,
    onCancel: () => void navigate(listingPath),
  };
  return (
    <div className="express-interest-page" data-testid="express-interest-page">
      <div className="page-hero">
        <div className="container">
          <BackLink back={{ to: listingPath, label: 'eoi.page.back', testId: 'back-to-listing' }} />
          <p className="eyebrow" lang={foreignLang(listing.textLanguage)} data-testid="interest-listing-title">
            {listing.title}
          </p>
          <h1 className="page-header__title" tabIndex={-1} ref={sentId ? undefined : focusOnMount}>
            {service ? t('services.request.title') : t('eoi.form.title')}
          </h1>
        </div>
      </div>
      <div className="container page-section express-interest-page__body">
        {!data && !error && !sentId ? (
          <span className="spinner" role="status" aria-label={t('eoi.page.loading')} />
        ) : sentId ? (
          // The form it replaces was long: the confirmation is brought into view and takes the focus.
          <div
            className="notice notice--success"
            role="status"
            tabIndex={-1}
            ref={revealOnMount}
            data-testid="eoi-sent"
          >
            <p>{t('eoi.form.sent', { institute })}</p>
            <Link to={eoiPath('/interests', sentId)} data-testid="eoi-sent-link">
              {t('eoi.form.follow')}
            </Link>
          </div>
        ) : existing ? (
          <div className="notice notice--info" data-testid="open-eoi-exists">
            <p>{t('eoi.cta.existing')}</p>
            <Link
              className="button button--primary"
              to={eoiPath('/interests', existing.id)}
              data-testid="open-eoi-link"
            >
              {t('eoi.cta.continue')}
              <ArrowRightIcon />
            </Link>
          </div>
        ) : service ? (
          <RequestServiceForm {...formProps} />
        ) : (
          <ExpressInterestForm {...formProps} interestTypes={interestTypesOffered(listing)} />
        )}
      </div>
    </div>
  );
}

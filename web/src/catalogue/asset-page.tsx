import { useQuery } from '@apollo/client/react';
import { assetPath, listingEditorPath } from '@tt/shared/web-routes';
import { lazy, type MouseEvent, Suspense } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useSlugQuery } from '../apollo/use-slug-query';
import { AssetDetailDocument, type AssetDetailQuery, AssetViewerCanEditDocument } from '../generated/graphql';
import { loadMemberMessages, t } from '../i18n/i18n';
import { ExpressInterestPanel } from '../interest/express-interest-panel';
import { useViewer } from '../session/use-viewer';
import type { BackTo } from '../ui/back-link';
import { ArrowLeftIcon } from '../ui/icons';
import { RecordFallback, useRecordMeta } from '../ui/record-fallback';
import { AssetCard } from './asset-card';
import { AssetDetails } from './asset-details';
import { readAssetLinkState } from './asset-link-state';
import { InterestSummaryPanel } from './interest-summary-panel';
import { PrintQrCode } from './print-qr-code';
import { ShareButton } from './share-button';

type Asset = NonNullable<AssetDetailQuery['asset']>;

// The biobank access path, explained on service listings only: a chunk of its own, out of the first page load.
const AccessPathExplainer = lazy(() =>
  import('../services/access-path-explainer').then((module) => ({ default: module.AccessPathExplainer })),
);

// What only the office (and, for feedback, the inventors) reads on a listing: each its own chunk, fetched with the
// signed-in pages' messages for those who may read it.
const CompaniesToApproachPanel = lazy(() =>
  Promise.all([import('../matchmaking/companies-to-approach-panel'), loadMemberMessages()]).then(([module]) => ({
    default: module.CompaniesToApproachPanel,
  })),
);
const ListingFeedbackPanel = lazy(() =>
  Promise.all([import('../feedback/listing-feedback-panel'), loadMemberMessages()]).then(([module]) => ({
    default: module.ListingFeedbackPanel,
  })),
);

const BACK_TO_CATALOGUE: BackTo = { to: '/', label: 'notFound.toCatalogue' };

/** One listing, with everything a buyer looks for and the way to express interest. */
export function AssetPage() {
  const location = useLocation();
  const { slug, query, record: asset } = useSlugQuery(AssetDetailDocument, (data) => data.asset);
  useRecordMeta(
    query,
    'asset',
    asset && { title: asset.title, description: asset.summary, textLanguage: asset.textLanguage },
  );

  // A former slug (the title changed): show the listing at its current address.
  if (asset && asset.slug !== slug) {
    return <Navigate to={`${assetPath(asset.slug)}${location.search}`} state={location.state} replace />;
  }
  if (asset) return <AssetDetail asset={asset} />;
  return <RecordFallback query={query} notFound="asset" back={BACK_TO_CATALOGUE} />;
}

function BackLink() {
  const location = useLocation();
  const navigate = useNavigate();
  const from = readAssetLinkState(location.state);
  const search = from?.catalogueSearch;
  const label = search !== undefined ? t('asset.backToResults') : t('asset.backToCatalogue');

  function back(event: MouseEvent<HTMLAnchorElement>) {
    // Straight from the catalogue: going back restores the search, its scroll position and its pages.
    if (from?.fromCatalogue && window.history.length > 1 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      void navigate(-1);
    }
  }

  return (
    <nav className="breadcrumb" aria-label={t('asset.breadcrumb')}>
      <Link to={`/${search ?? ''}`} onClick={back} className="back-link" data-testid="back-link">
        <ArrowLeftIcon />
        {label}
      </Link>
    </nav>
  );
}

/** Only the office ever sees a listing that is not published: say so, and link to the editor. */
function UnpublishedBanner({ asset }: { asset: Asset }) {
  if (asset.status === 'PUBLISHED') return null;
  return (
    <p className="unpublished-banner" data-testid="unpublished-banner">
      {asset.status === 'ARCHIVED' ? t('asset.archivedBanner') : t('asset.draftBanner')}{' '}
      <EditListingLink asset={asset} />
    </p>
  );
}

/** The viewer's own part of the page, asked apart so that the listing itself is the same answer for everyone. */
function EditListingLink({ asset }: { asset: Asset }) {
  const { data } = useQuery(AssetViewerCanEditDocument, { variables: { slug: asset.slug } });
  return (
    <>
      {data?.asset?.viewerCanEdit && (
        <Link to={listingEditorPath(asset.id)} data-testid="edit-listing-link">
          {t('asset.editListing')}
        </Link>
      )}
    </>
  );
}

function AssetDetail({ asset }: { asset: Asset }) {
  const location = useLocation();
  const from = readAssetLinkState(location.state);
  return (
    <AssetDetails
      asset={asset}
      back={
        <>
          <UnpublishedBanner asset={asset} />
          <BackLink />
        </>
      }
      print={asset.status === 'PUBLISHED' && <PrintQrCode slug={asset.slug} />}
      aside={
        <>
          {asset.status === 'PUBLISHED' && <ShareButton slug={asset.slug} title={asset.title} />}
          <ExpressInterestPanel asset={asset} />
          {asset.kind === 'SERVICE' && (
            <Suspense fallback={null}>
              <AccessPathExplainer platformKind={asset.platform?.kind} />
            </Suspense>
          )}
          <InterestSummaryPanel slug={asset.slug} />
          <OfficePanels asset={asset} />
        </>
      }
      footer={
        asset.relatedAssets.length > 0 && (
          <section className="related" aria-labelledby="related-heading">
            <div className="container">
              <h2 id="related-heading">{t('asset.related')}</h2>
              <ul className="card-grid card-grid--related">
                {asset.relatedAssets.map((related) => (
                  <li key={related.id}>
                    <AssetCard
                      asset={related}
                      testId="related-card"
                      linkState={{ fromCatalogue: false, catalogueSearch: from?.catalogueSearch }}
                    />
                  </li>
                ))}
              </ul>
            </div>
          </section>
        )
      }
    />
  );
}

/**
 * The office's panels: the companies to approach (its own institute's listing, or an admin) and the companies'
 * feedback (also for researchers: the API answers only a listing's inventors, without the companies' names).
 */
function OfficePanels({ asset }: { asset: Asset }) {
  const { viewer } = useViewer();
  const office =
    viewer?.role === 'ADMIN' || (viewer?.role === 'TT_OFFICER' && viewer.institution?.id === asset.institution.id);
  const inventor = viewer?.role === 'RESEARCHER';
  if (!office && !inventor) return null;
  return (
    <Suspense fallback={null}>
      {office && asset.status === 'PUBLISHED' && (
        // Its office edits a published listing from its page too (the API says whether this viewer may).
        <p className="office-edit-link" data-testid="office-edit-link">
          <EditListingLink asset={asset} />
        </p>
      )}
      {office && <CompaniesToApproachPanel assetId={asset.id} published={asset.status === 'PUBLISHED'} />}
      <ListingFeedbackPanel slug={asset.slug} office={office} />
    </Suspense>
  );
}

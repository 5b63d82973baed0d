import { useQuery } from '@apollo/client/react';
import { listingExpiryState } from '@tt/shared/listing-rules';
import { listingExportParams } from '@tt/shared/office-exports';
import { isoDay } from '@tt/shared/technology-request-rules';
import { assetPath, listingEditorPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FeedbackCountsPanel } from '../feedback/feedback-counts-panel';
import { type AssetStatus } from '../generated/graphql';
import { type OfficeListingRowFieldsFragment, OfficeListingsDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { assetStatusLabel, kindLabel } from '../i18n/labels';
import { useViewer } from '../session/use-viewer';
import { DeskSearch } from '../ui/desk-search';
import { DeskTable } from '../ui/desk-table';
import { ExportCsvLink } from '../ui/export-csv-link';
import { InstituteFilter } from '../ui/institute-filter';
import { FirstLoad } from '../ui/list-state';
import { ListingStatusBadge } from '../ui/listing-status-badge';
import { LoadMoreButton } from '../ui/load-more-button';
import { OfficeStatusTabs } from '../ui/office-tabs';
import { DeskHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { foreignLang } from '../ui/text-language-marker';
import { usePageMeta } from '../ui/use-page-meta';
import { ListingOrigin } from './listing-origin';
import { NewListingForm } from './new-listing-form';
import '../ui/office-records.css';
import '../ui/office.css';
import './listings.css';

const PAGE_SIZE = 100;
const STATUSES: readonly AssetStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];
type Listing = OfficeListingRowFieldsFragment;

/** The list's filters in the address: ?status=…&q=…&institute=<id> (the last an administrator's). */
interface ListState {
  status: AssetStatus | '';
  q: string;
  institute: string;
}

function readState(params: URLSearchParams): ListState {
  const status = params.get('status') as AssetStatus | null;
  return {
    status: status && STATUSES.includes(status) ? status : '',
    q: params.get('q') ?? '',
    institute: params.get('institute') ?? '',
  };
}

/** The office's listings in every status, with counts, a search by title and the way to a new one. */
export function ListingsPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = readState(params);
  const [creating, setCreating] = useState(false);
  const isAdmin = viewer?.role === 'ADMIN';
  const filter = {
    statuses: state.status ? [state.status] : null,
    query: state.q || null,
    institutionId: state.institute || null,
  };
  usePageMeta(t('listings.metaTitle'));
  const { data, loading, error, refetch, fetchMore } = useQuery(OfficeListingsDocument, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.officeListings;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  function update(next: Partial<ListState>) {
    const merged = { ...state, ...next };
    const search = new URLSearchParams();
    if (merged.status) search.set('status', merged.status);
    if (merged.q) search.set('q', merged.q);
    if (merged.institute) search.set('institute', merged.institute);
    setParams(search);
  }

  const count = (status: AssetStatus) => connection?.statusCounts.find((entry) => entry.status === status)?.count ?? 0;
  const tabs: { value: AssetStatus | ''; label: string; count: number }[] = [
    { value: '', label: t('listings.all'), count: STATUSES.reduce((sum, status) => sum + count(status), 0) },
    ...STATUSES.map((status) => ({ value: status, label: assetStatusLabel(status), count: count(status) })),
  ];

  return (
    <div className="listings-page" data-testid="listings-page">
      <DeskHeader desk="listings" institute={viewer?.institution?.shortName}>
        <div className="office-header__actions">
          <Link className="button button--secondary" to="/office/disclosures">
            {t('pipeline.heading')}
          </Link>
          <ExportCsvLink list="listings" filters={listingExportParams(filter)} />
          <button
            type="button"
            className="button button--primary"
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
            data-testid="new-listing"
          >
            {t('listings.new')}
          </button>
        </div>
      </DeskHeader>
      <div className="container office-body">
        {creating && <NewListingForm onCancel={() => setCreating(false)} />}
        {connection && (
          <OfficeStatusTabs
            label={t('listings.byStatus')}
            tabs={tabs}
            selected={state.status}
            onSelect={(value) => update({ status: value })}
          />
        )}
        <div className="split-row office-toolbar">
          <DeskSearch
            className="office-search"
            value={state.q}
            onSearch={(q) => update({ q })}
            label={t('listings.search')}
            placeholder={t('listings.searchPlaceholder')}
            testId="listings-search"
          />
          <div className="office-toolbar__end">
            {isAdmin && <InstituteFilter value={state.institute} onChange={(institute) => update({ institute })} />}
            <p className="office-count" data-testid="listings-count" aria-live="polite">
              {connection ? t('listings.count', { count: connection.totalCount }) : t('common.loading')}
            </p>
          </div>
        </div>
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection &&
          (items.length === 0 ? (
            <EmptyState title={state.q || state.institute ? t('listings.noMatchTitle') : t('listings.emptyTitle')}>
              <p>
                {state.q
                  ? t('listings.noMatchBody', { query: state.q })
                  : state.institute
                    ? t('listings.noInstituteMatchBody')
                    : t('listings.emptyBody')}
              </p>
            </EmptyState>
          ) : (
            <ListingsTable items={items} showInstitute={!viewer?.institution} />
          ))}
        {connection && (
          <LoadMoreButton
            shown={items.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            loading={loading}
            fetchMore={fetchMore}
            first={PAGE_SIZE}
            label={t('listings.more')}
          />
        )}
        <FeedbackCountsPanel />
      </div>
    </div>
  );
}

/** "Expires on …" within the reminder's days, "Expired on …" once out of the catalogue for it (renewed in the editor). */
function ExpiryNote({ listing }: { listing: Listing }) {
  const state = listingExpiryState(listing, isoDay(new Date()));
  if (state !== 'EXPIRED' && state !== 'EXPIRING_SOON') return null;
  return (
    <span className={`listing-expiry-note listing-expiry-note--${state.toLowerCase()}`} data-testid="expiry-note">
      {t(state === 'EXPIRED' ? 'listings.expiredOn' : 'listings.expiresOn', { date: formatDate(listing.expiresOn) })}
    </span>
  );
}

function Readiness({ listing }: { listing: Listing }) {
  if (listing.status === 'PUBLISHED') {
    return (
      <>
        <Link to={assetPath(listing.slug)} className="listing-ready__public" data-testid="public-link">
          {t('listings.viewPublic')}
        </Link>
        <ExpiryNote listing={listing} />
      </>
    );
  }
  if (listing.status === 'ARCHIVED' && listing.expiredAt) return <ExpiryNote listing={listing} />;
  if (listing.status === 'ARCHIVED') return <span className="muted">{t('listings.notOffered')}</span>;
  const issues = listing.publicationIssues.length;
  return issues === 0 ? (
    <span className="listing-ready listing-ready--ok" data-testid="readiness">
      {t('listings.ready')}
    </span>
  ) : (
    <span className="listing-ready" data-testid="readiness">
      {t('listings.toFix', { count: issues })}
    </span>
  );
}

function ListingsTable({ items, showInstitute }: { items: readonly Listing[]; showInstitute: boolean }) {
  return (
    <DeskTable
      wrapClassName="office-table-wrap"
      className="office-table listings-table"
      testId="listings-table"
      headings={[
        t('listings.table.listing'),
        t('listings.table.status'),
        t('listings.table.readiness'),
        t('listings.table.disclosure'),
        t('listings.table.updated'),
      ]}
    >
      {items.map((listing) => (
        <tr key={listing.id} data-testid="listing-row" data-status={listing.status}>
          <td className="office-table__main">
            <Link
              to={listingEditorPath(listing.id)}
              className="office-table__title"
              data-testid="listing-row-link"
              lang={foreignLang(listing.textLanguage)}
            >
              {listing.title}
            </Link>
            <span className="office-table__sub">
              {kindLabel(listing.kind)}
              {showInstitute && ` · ${listing.institution.shortName}`}
            </span>
          </td>
          <td data-label={t('listings.table.status')}>
            <ListingStatusBadge status={listing.status} expired={listing.expiredAt != null} />
          </td>
          <td data-label={t('listings.table.readiness')}>
            <Readiness listing={listing} />
          </td>
          <td data-label={t('listings.table.disclosure')} data-testid="listing-origin">
            <ListingOrigin listing={listing} />
          </td>
          <td data-label={t('listings.table.updated')}>
            <time dateTime={listing.updatedAt}>{formatDate(listing.updatedAt)}</time>
          </td>
        </tr>
      ))}
    </DeskTable>
  );
}

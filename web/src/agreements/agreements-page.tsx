import { useQuery } from '@apollo/client/react';
import { agreementExportParams } from '@tt/shared/office-exports';
import { newAgreementPath, officeAgreementPath } from '@tt/shared/web-routes';
import { Link, useSearchParams } from 'react-router';
import { type AgreementRowFieldsFragment, AgreementsDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { DeskTable } from '../ui/desk-table';
import { ExportCsvLink } from '../ui/export-csv-link';
import { FilterSelect } from '../ui/filter-select';
import { InstituteFilter } from '../ui/institute-filter';
import { FirstLoad } from '../ui/list-state';
import { LoadMoreButton } from '../ui/load-more-button';
import { DeskHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { AgreementStatusBadge, AgreementTypeTag } from './agreement-badges';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementListState,
  agreementFilter,
  readAgreementListState,
  writeAgreementListState,
} from './agreement-filters';
import { agreementStatusLabel, agreementTypeLabel } from './agreement-labels';
import '../ui/office-records.css';
import '../ui/office.css';
import './agreements.css';

const PAGE_SIZE = 50;

/** The office's agreements (every institute's for administrators), most recently changed first, by status and type. */
export function AgreementsPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = readAgreementListState(params);
  usePageMeta(t('agreements.metaTitle'));
  const query = useQuery(AgreementsDocument, {
    variables: { filter: agreementFilter(state), first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { data, loading, error, refetch, fetchMore } = query;
  const connection = data?.agreements;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(state.status || state.type || state.institute);
  const update = (changes: Partial<AgreementListState>) => setParams(writeAgreementListState({ ...state, ...changes }));

  return (
    <div className="agreements-page" data-testid="agreements-page">
      <DeskHeader desk="agreements" institute={viewer?.institution?.shortName}>
        <div className="office-header__actions">
          <ExportCsvLink list="agreements" filters={agreementExportParams(agreementFilter(state))} />
          <Link className="button button--primary" to={newAgreementPath()} data-testid="new-agreement">
            {t('agreements.new')}
          </Link>
        </div>
      </DeskHeader>
      <div className="container office-body">
        <section className="agreement-filters" aria-label={t('agreements.filters')} data-testid="agreement-filters">
          <FilterSelect
            label={t('agreements.status')}
            value={state.status}
            onChange={(status) => update({ status: status as AgreementListState['status'] })}
            options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: agreementStatusLabel(status) }))}
            testId="filter-status"
          >
            <option value="">{t('agreements.anyStatus')}</option>
          </FilterSelect>
          <FilterSelect
            label={t('agreements.type')}
            value={state.type}
            onChange={(type) => update({ type: type as AgreementListState['type'] })}
            options={AGREEMENT_TYPES.map((type) => ({ value: type, label: agreementTypeLabel(type) }))}
            testId="filter-type"
          >
            <option value="">{t('agreements.anyType')}</option>
          </FilterSelect>
          {viewer?.role === 'ADMIN' && (
            <InstituteFilter value={state.institute} onChange={(institute) => update({ institute })} />
          )}
          {filtered && (
            <button
              type="button"
              className="link-button agreement-filters__clear"
              onClick={() => update({ status: '', type: '', institute: '' })}
              data-testid="clear-filters"
            >
              {t('agreements.clearFilters')}
            </button>
          )}
        </section>
        <p className="office-count" data-testid="agreements-count" aria-live="polite">
          {connection ? t('agreements.count', { count: connection.totalCount }) : t('common.loading')}
        </p>
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection &&
          (items.length === 0 ? (
            <EmptyState title={filtered ? t('agreements.noMatchTitle') : t('agreements.emptyTitle')}>
              <p>{filtered ? t('agreements.noMatchBody') : t('agreements.emptyBody')}</p>
            </EmptyState>
          ) : (
            <>
              <AgreementsTable items={items} showInstitute={!viewer?.institution} />
              <LoadMoreButton
                shown={items.length}
                total={connection.totalCount}
                pageInfo={connection.pageInfo}
                loading={loading}
                fetchMore={fetchMore}
                first={PAGE_SIZE}
                label={t('agreements.more')}
              />
            </>
          ))}
      </div>
    </div>
  );
}

function AgreementsTable({
  items,
  showInstitute,
}: {
  items: readonly AgreementRowFieldsFragment[];
  showInstitute: boolean;
}) {
  return (
    <DeskTable
      wrapClassName="office-table-wrap"
      className="office-table agreements-table"
      testId="agreements-table"
      headings={[
        t('agreements.table.agreement'),
        t('agreements.table.type'),
        t('agreements.table.listings'),
        t('agreements.table.status'),
        t('agreements.table.owner'),
        t('agreements.table.updated'),
      ]}
    >
      {items.map((agreement) => (
        <tr key={agreement.id} data-testid="agreement-row" data-status={agreement.status}>
          <td className="office-table__main">
            <Link to={officeAgreementPath(agreement.id)} className="office-table__title" data-testid="agreement-link">
              {agreement.title ?? agreementTypeLabel(agreement.type)}
            </Link>
            <span className="office-table__sub" data-testid="agreement-company">
              {agreement.company?.name ?? t('agreements.noCompany')}
              {showInstitute && ` · ${agreement.institution.shortName}`}
            </span>
          </td>
          <td data-label={t('agreements.table.type')}>
            <AgreementTypeTag type={agreement.type} />
          </td>
          <td data-label={t('agreements.table.listings')}>
            <Listings listings={agreement.listings ?? []} />
          </td>
          <td data-label={t('agreements.table.status')}>
            <AgreementStatusBadge status={agreement.status} />
          </td>
          <td data-label={t('agreements.table.owner')}>
            {agreement.owner?.name ?? <span className="muted">{t('agreements.noOwner')}</span>}
          </td>
          <td data-label={t('agreements.table.updated')}>
            <time dateTime={agreement.updatedAt}>{formatDate(agreement.updatedAt)}</time>
          </td>
        </tr>
      ))}
    </DeskTable>
  );
}

/** The first listing covered, and how many more. */
function Listings({ listings }: { listings: readonly { id: string; title: string }[] }) {
  const [first] = listings;
  if (!first) return <span className="muted">{t('agreements.noListings')}</span>;
  return (
    <span className="agreements-table__listings" data-testid="agreement-listings">
      <span className="line-clamp">{first.title}</span>
      {listings.length > 1 && (
        <span className="muted"> {t('agreements.moreListings', { count: listings.length - 1 })}</span>
      )}
    </span>
  );
}

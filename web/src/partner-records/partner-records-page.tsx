import { useQuery } from '@apollo/client/react';
import { PARTNER_STATUSES } from '@tt/shared/partner-rules';
import { officePartnerPath } from '@tt/shared/web-routes';
import { Link, useSearchParams } from 'react-router';
import {
  InstituteOptionsDocument,
  PartnerOwnerOptionsDocument,
  type PartnerRecordRowFieldsFragment,
  PartnerRecordsDocument,
} from '../generated/members-graphql';
import { countryName, formatDate, t } from '../i18n/i18n';
import { partnerStatusLabel } from '../i18n/labels';
import { useViewer } from '../session/use-viewer';
import { DeskTable } from '../ui/desk-table';
import { FilterSelect } from '../ui/filter-select';
import { FirstLoad } from '../ui/list-state';
import { DeskHeader } from '../ui/page-header';
import { SearchForm } from '../ui/search-form';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { NewPartnerRecord } from './new-partner-record';
import {
  type PartnerListState,
  partnerListFilter,
  readPartnerListState,
  writePartnerListState,
} from './partner-list-state';
import { PartnerStatusBadge } from './partner-status-badge';
import '../ui/office-records.css';
import '../ui/office.css';
import './partner-records.css';

const PAGE_SIZE = 50;

/**
 * The office's partner records (every institute's for administrators, with the institute on each): by company
 * name, searched and filtered by status and owner on the server, paged with the total; a table on the desktop,
 * cards on the phone.
 */
export function PartnerRecordsPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = readPartnerListState(params);
  const isAdmin = viewer?.role === 'ADMIN';
  usePageMeta(t('partnerRecords.metaTitle'));
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerRecordsDocument, {
    variables: { query: state.q || null, filter: partnerListFilter(state), first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const owners = useQuery(PartnerOwnerOptionsDocument).data?.users.edges.map((edge) => edge.node) ?? [];
  const institutes = useQuery(InstituteOptionsDocument, { skip: !isAdmin }).data?.institutions ?? [];
  const connection = data?.partnerRelationships;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(state.q || state.status || state.owner || state.institute);
  const update = (changes: Partial<PartnerListState>) => setParams(writePartnerListState({ ...state, ...changes }));

  return (
    <div className="partner-records-page" data-testid="partner-records-page">
      <DeskHeader desk="partnerRecords" institute={viewer?.institution?.shortName}>
        <div className="office-header__actions">
          <a className="button button--primary" href="#new-partner-record" data-testid="new-partner-record-link">
            {t('partnerRecords.new')}
          </a>
        </div>
      </DeskHeader>
      <div className="container office-body">
        <SearchForm
          value={state.q}
          label={t('partnerRecords.search')}
          placeholder={t('partnerRecords.searchPlaceholder')}
          onSearch={(q) => update({ q })}
        />
        <section className="partner-filters" aria-label={t('partnerRecords.filters')} data-testid="partner-filters">
          <FilterSelect
            label={t('partnerRecords.status')}
            value={state.status}
            onChange={(status) => update({ status: status as PartnerListState['status'] })}
            options={PARTNER_STATUSES.map((status) => ({ value: status, label: partnerStatusLabel(status) }))}
            testId="filter-status"
          >
            <option value="">{t('partnerRecords.anyStatus')}</option>
          </FilterSelect>
          <FilterSelect
            label={t('partnerRecords.owner')}
            value={state.owner}
            onChange={(owner) => update({ owner })}
            options={owners
              .filter((owner) => !state.institute || owner.institution?.id === state.institute)
              .map((owner) => ({ value: owner.id, label: owner.name }))}
            testId="filter-owner"
          >
            <option value="">{t('partnerRecords.anyOwner')}</option>
            {viewer && <option value={viewer.id}>{t('partnerRecords.mine')}</option>}
          </FilterSelect>
          {isAdmin && (
            <FilterSelect
              label={t('partnerRecords.institute')}
              value={state.institute}
              onChange={(institute) => update({ institute, owner: '' })}
              options={institutes.map((institute) => ({ value: institute.id, label: institute.shortName }))}
              testId="filter-institute"
            >
              <option value="">{t('partnerRecords.anyInstitute')}</option>
            </FilterSelect>
          )}
          {filtered && (
            <button
              type="button"
              className="link-button"
              onClick={() => update({ q: '', status: '', owner: '', institute: '' })}
              data-testid="clear-filters"
            >
              {t('partnerRecords.clearFilters')}
            </button>
          )}
        </section>
        <p className="office-count" data-testid="partner-records-count" aria-live="polite">
          {connection
            ? t('partnerRecords.count', { count: connection.totalCount, shown: items.length })
            : t('common.loading')}
        </p>
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection &&
          (items.length === 0 ? (
            <EmptyState title={filtered ? t('partnerRecords.noMatchTitle') : t('partnerRecords.emptyTitle')}>
              <p>{filtered ? t('partnerRecords.noMatchBody') : t('partnerRecords.emptyBody')}</p>
            </EmptyState>
          ) : (
            <>
              <PartnerRecordsTable items={items} showInstitute={isAdmin} />
              {connection.pageInfo.hasNextPage && (
                <div className="load-more">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={loading}
                    onClick={() =>
                      void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: PAGE_SIZE } })
                    }
                    data-testid="partner-records-more"
                  >
                    {loading ? t('common.loading') : t('partnerRecords.more')}
                  </button>
                </div>
              )}
            </>
          ))}
        <NewPartnerRecord institutes={isAdmin ? institutes : null} />
      </div>
    </div>
  );
}

function PartnerRecordsTable({
  items,
  showInstitute,
}: {
  items: readonly PartnerRecordRowFieldsFragment[];
  showInstitute: boolean;
}) {
  return (
    <DeskTable
      wrapClassName="office-table-wrap"
      className="office-table partner-records-table"
      testId="partner-records-table"
      headings={[
        t('partnerRecords.table.company'),
        showInstitute && t('partnerRecords.table.institute'),
        t('partnerRecords.table.status'),
        t('partnerRecords.table.owner'),
        t('partnerRecords.table.updated'),
      ]}
    >
      {items.map((record) => (
        <tr key={record.id} data-testid="partner-record-row" data-status={record.status}>
          <td className="office-table__main">
            <Link
              to={officePartnerPath(record.company.id, showInstitute ? record.institution.id : undefined)}
              className="office-table__title"
              data-testid="partner-record-link"
            >
              {record.company.name}
            </Link>
            <span className="office-table__sub">
              {[record.company.city, countryName(record.company.country)].filter(Boolean).join(', ')}
            </span>
          </td>
          {showInstitute && (
            <td data-label={t('partnerRecords.table.institute')} data-testid="partner-record-institute">
              {record.institution.shortName}
            </td>
          )}
          <td data-label={t('partnerRecords.table.status')}>
            <PartnerStatusBadge status={record.status} />
          </td>
          <td data-label={t('partnerRecords.table.owner')}>
            {record.owner?.name ?? <span className="muted">{t('partnerRecords.noOwner')}</span>}
          </td>
          <td data-label={t('partnerRecords.table.updated')}>
            <time dateTime={record.updatedAt}>{formatDate(record.updatedAt)}</time>
          </td>
        </tr>
      ))}
    </DeskTable>
  );
}

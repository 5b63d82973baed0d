import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AdminCompaniesDocument } from '../generated/members-graphql';
import { countryName, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { DeskTable } from '../ui/desk-table';
import { FirstLoad } from '../ui/list-state';
import { SearchForm } from '../ui/search-form';
import { EmptyState } from '../ui/status';
import { CompanyAdminPanel } from './company-admin-panel';
import '../ui/office-records.css';

const PAGE_SIZE = 50;

/**
 * Every company, listed or not, for the administrator: searched by name (case and accents aside) on the server,
 * paged with the total, with members and EoIs counted; "Manage" opens its edit form, its members (to move) and
 * the merge of a duplicate.
 */
export function CompaniesSection() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminCompaniesDocument, {
    variables: { query: query || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.companies;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <section className="admin-section companies-section" data-testid="companies-section">
      <SearchForm value={query} label={t('adminCompanies.search')} onSearch={setQuery} />
      <p className="office-count" data-testid="companies-count" aria-live="polite">
        {connection
          ? t('adminCompanies.count', { count: connection.totalCount, shown: items.length })
          : t('common.loading')}
      </p>
      <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
      {connection &&
        (items.length === 0 ? (
          <EmptyState title={t('adminCompanies.emptyTitle')}>
            <p>{query ? t('adminCompanies.noMatch') : t('adminCompanies.empty')}</p>
          </EmptyState>
        ) : (
          <DeskTable
            wrapClassName="office-table-wrap"
            className="office-table companies-table"
            testId="companies-table"
            headings={[
              t('adminCompanies.table.company'),
              t('adminCompanies.table.size'),
              t('adminCompanies.table.members'),
              t('adminCompanies.table.eois'),
              t('adminCompanies.table.directory'),
              t('adminCompanies.table.actions'),
            ]}
          >
            {items.flatMap((company) => [
              <tr key={company.id} data-testid="company-row">
                <td className="office-table__main">
                  <span className="office-table__title">{company.name}</span>
                  <span className="office-table__sub">
                    {[company.city, countryName(company.country)].filter(Boolean).join(', ')}
                  </span>
                </td>
                <td data-label={t('adminCompanies.table.size')}>{companySizeLabel(company.size)}</td>
                <td data-label={t('adminCompanies.table.members')} data-testid="company-member-count">
                  {company.memberCount}
                </td>
                <td data-label={t('adminCompanies.table.eois')} data-testid="company-eoi-count">
                  {company.eoiCount}
                </td>
                <td data-label={t('adminCompanies.table.directory')}>
                  {company.listed ? t('adminCompanies.listed') : t('adminCompanies.notListed')}
                </td>
                <td data-label={t('adminCompanies.table.actions')}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={open === company.id}
                    aria-label={t('adminCompanies.manage', { name: company.name })}
                    onClick={() => setOpen(open === company.id ? null : company.id)}
                    data-testid="company-manage"
                  >
                    {t('adminCompanies.manageShort')}
                  </button>
                </td>
              </tr>,
              open === company.id && (
                <tr key={`${company.id}-panel`} className="companies-table__panel">
                  <td colSpan={6}>
                    <CompanyAdminPanel
                      company={company}
                      onChanged={() => {
                        setOpen(null);
                        void refetch();
                      }}
                    />
                  </td>
                </tr>
              ),
            ])}
          </DeskTable>
        ))}
      {connection?.pageInfo.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: PAGE_SIZE } })}
            data-testid="companies-more"
          >
            {loading ? t('common.loading') : t('adminCompanies.more')}
          </button>
        </div>
      )}
    </section>
  );
}

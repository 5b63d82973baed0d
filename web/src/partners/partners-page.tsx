import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PartnerCountriesDocument, PartnerDirectoryDocument } from '../generated/graphql';
import { compareNames, countryName, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { CheckboxFacet } from '../ui/checkbox-facet';
import { SearchForm } from '../ui/search-form';
import { CardSkeletons, EmptyState, ErrorState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { PartnerCard } from './partner-card';
import {
  ALL_SIZES,
  EMPTY_PARTNER_SEARCH,
  type PartnerSearchState,
  parsePartnerParams,
  partnerFilterCount,
  toPartnerParams,
  toPartnerVariables,
} from './partner-search-state';
import './partners.css';
import { FilterPanel } from '../ui/filter-panel';
import { LoadMoreFooter } from '../ui/load-more-footer';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** The public directory of industry partners. */
export function PartnersPage() {
  usePageMeta(t('partners.metaTitle'), t('partners.metaDescription'));
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parsePartnerParams(params), [params]);
  const variables = useMemo(() => toPartnerVariables(state), [state]);

  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(PartnerDirectoryDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  // Kept out of the cache: it would share the cached `partners` list with the directory's pages.
  const { data: countryData } = useQuery(PartnerCountriesDocument, { fetchPolicy: 'no-cache' });

  const update = useCallback(
    (next: PartnerSearchState) => setParams(toPartnerParams(next), { preventScrollReset: true }),
    [setParams],
  );

  const countries = useMemo(() => {
    const codes = new Set(countryData?.partners.edges.map((edge) => edge.node.country) ?? []);
    for (const code of state.countries) codes.add(code);
    return [...codes]
      .map((code) => ({ value: code, label: countryName(code) }))
      .sort((a, b) => compareNames(a.label, b.label));
  }, [countryData, state.countries]);

  const connection = data?.partners;
  const filterCount = partnerFilterCount(state);
  const fetchingMore = networkStatus === NetworkStatus.fetchMore;

  let countText = '';
  if (connection) countText = t('partners.resultCount', { count: connection.totalCount });
  else if (loading) countText = t('catalogue.resultCountLoading');

  return (
    <div className="partners-page">
      <section className="hero hero--compact">
        <div className="container hero__inner">
          <h1 className="hero__title">{t('partners.heading')}</h1>
          <p className="hero__lead">{t('partners.lead')}</p>
          <SearchForm
            value={state.q}
            label={t('partners.searchLabel')}
            placeholder={t('partners.searchPlaceholder')}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            onSearch={(q) => update({ ...state, q })}
          />
        </div>
      </section>

      <div className="container catalogue">
        <FilterPanel
          id="partner-filters"
          heading={t('partners.filtersHeading')}
          filterCount={filterCount}
          onClear={() => update({ ...EMPTY_PARTNER_SEARCH, q: state.q })}
          resultCount={connection ? connection.totalCount : null}
        >
          <div className="facets">
            <CheckboxFacet
              name="sizes"
              legend={t('partners.facet.sizes')}
              groups={[
                { key: 'sizes', options: ALL_SIZES.map((size) => ({ value: size, label: companySizeLabel(size) })) },
              ]}
              selected={state.sizes}
              onToggle={(value) =>
                update({ ...state, sizes: toggle(state.sizes, value as (typeof ALL_SIZES)[number]) })
              }
            />
            <CheckboxFacet
              name="countries"
              legend={t('partners.facet.countries')}
              groups={[{ key: 'countries', options: countries }]}
              selected={state.countries}
              collapseAfter={8}
              onToggle={(value) => update({ ...state, countries: toggle(state.countries, value) })}
            />
          </div>
        </FilterPanel>

        <section className="catalogue__results" aria-labelledby="partner-results-heading" aria-busy={loading}>
          <h2 id="partner-results-heading" className="visually-hidden">
            {t('catalogue.resultsHeading')}
          </h2>
          <div className="results-toolbar">
            <p className="result-count" data-testid="result-count" role="status" aria-live="polite">
              {countText}
            </p>
          </div>

          {error && !connection ? (
            <ErrorState title={t('partners.errorTitle')} onRetry={() => void refetch()} />
          ) : !connection ? (
            <CardSkeletons count={4} className="card-grid--partners" />
          ) : connection.edges.length === 0 ? (
            <EmptyState
              title={t('partners.emptyTitle')}
              action={
                <button type="button" className="button button--primary" onClick={() => update(EMPTY_PARTNER_SEARCH)}>
                  {t('common.clearFilters')}
                </button>
              }
            >
              <p>{t('partners.emptyBody')}</p>
            </EmptyState>
          ) : (
            <>
              <ul className="card-grid card-grid--partners">
                {connection.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <PartnerCard partner={edge.node} />
                  </li>
                ))}
              </ul>
              <LoadMoreFooter
                shown={connection.edges.length}
                total={connection.totalCount}
                hasMore={connection.pageInfo.hasNextPage}
                loading={fetchingMore}
                label={t('partners.loadMore')}
                onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

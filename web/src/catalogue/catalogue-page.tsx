import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { CatalogueSearchDocument, CatalogueTaxonomyDocument, type CatalogueTaxonomyQuery } from '../generated/graphql';
import { loadMemberMessages, t } from '../i18n/i18n';
import { availabilityLabel, capacityLabel, ipStatusLabel, kindLabel, partneringModelLabel } from '../i18n/labels';
import { SaveSearchButton } from '../saved-searches/save-search-button';
import { useViewer } from '../session/use-viewer';
import { CloseIcon } from '../ui/icons';
import { SearchForm } from '../ui/search-form';
import { CardSkeletons, EmptyState, ErrorState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { AssetCard } from './asset-card';
import { slugLabel } from './facet-options';
import { FacetSidebar } from './facet-sidebar';
import {
  activeFilterCount,
  type CatalogueSearchState,
  EMPTY_SEARCH,
  effectiveSort,
  parseSearchParams,
  type SortKey,
  toQueryVariables,
  toSearchParams,
  withoutFilters,
} from './search-state';
import './catalogue.css';
import { FilterPanel } from '../ui/filter-panel';
import { LoadMoreFooter } from '../ui/load-more-footer';

/**
 * "Recommended for you", for company members on the landing page: its own chunk and the signed-in pages' messages,
 * fetched only for them, so the catalogue's first load carries none of it.
 */
const RecommendedForYou = lazy(() =>
  Promise.all([import('../matchmaking/recommended-for-you'), loadMemberMessages()]).then(([module]) => ({
    default: module.RecommendedForYou,
  })),
);

/** A retired sector's slug in the address (an old link) is swapped for its successor's: looked up only then. */
const RetiredSectorSlugs = lazy(() => import('../taxonomy/retired-sector-slugs'));

/** The public catalogue: search, facets, sort and "load more"; the URL holds the whole search. */
export function CataloguePage() {
  usePageMeta(t('catalogue.metaTitle'), t('catalogue.metaDescription'));
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const variables = useMemo(() => toQueryVariables(state), [state]);

  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(CatalogueSearchDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const { data: taxonomy } = useQuery(CatalogueTaxonomyDocument);
  const { viewer, loading: viewerLoading } = useViewer();
  const recommends = viewer?.role === 'COMPANY_MEMBER' && !state.q && activeFilterCount(state) === 0;
  // On the first load the results wait for the session and, for a company member, for the recommendations above
  // them: results drawn first would be pushed down the screen when those arrive (a layout shift). Later searches
  // never wait (what has focus stays).
  const [recommendationsShown, setRecommendationsShown] = useState(false);
  const [firstLoadDone, setFirstLoadDone] = useState(false);
  const resultsWait = !firstLoadDone && (viewerLoading || (recommends && !recommendationsShown));
  if (!firstLoadDone && !resultsWait) setFirstLoadDone(true);

  const update = useCallback(
    (next: CatalogueSearchState) => setParams(toSearchParams(next), { preventScrollReset: true }),
    [setParams],
  );

  const unknownSector =
    taxonomy && state.sectors.some((slug) => !taxonomy.sectors.some((sector) => sector.slug === slug));

  const connection = data?.assets;
  const facets = (data ?? previousData)?.assets.facets;
  const fetchingMore = networkStatus === NetworkStatus.fetchMore;
  const filterCount = activeFilterCount(state);
  const sort = effectiveSort(state);
  const linkState = { fromCatalogue: true, catalogueSearch: location.search };

  let countText = '';
  if (connection) countText = t('catalogue.resultCount', { count: connection.totalCount });
  else if (loading) countText = t('catalogue.resultCountLoading');

  function changeSort(value: SortKey) {
    const defaultSort: SortKey = state.q ? 'relevance' : 'newest';
    update({ ...state, sort: value === defaultSort ? null : value });
  }

  return (
    <div className="catalogue-page">
      <section className="hero">
        <div className="container hero__inner">
          <h1 className="hero__title">{t('catalogue.heading')}</h1>
          <p className="hero__lead">{t('catalogue.lead')}</p>
          <SearchForm
            value={state.q}
            label={t('catalogue.searchLabel')}
            placeholder={t('catalogue.searchPlaceholder')}
            hint={t('catalogue.searchHint')}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            onSearch={(q) => update({ ...state, q })}
          />
          {/* For the keyboard: past the filters (dozens of Tab stops) straight to the first result. */}
          <a className="skip-results" href="#catalogue-results" data-testid="skip-to-results">
            {t('catalogue.skipToResults')}
          </a>
        </div>
      </section>

      {unknownSector && (
        <Suspense fallback={null}>
          <RetiredSectorSlugs />
        </Suspense>
      )}

      {recommends && (
        <Suspense fallback={null}>
          <RecommendedForYou onShown={() => setRecommendationsShown(true)} />
        </Suspense>
      )}

      <div className="container catalogue" hidden={resultsWait}>
        <FilterPanel
          id="catalogue-filters"
          heading={t('catalogue.filtersHeading')}
          filterCount={filterCount}
          onClear={() => update(withoutFilters(state))}
          resultCount={connection ? connection.totalCount : null}
        >
          {(facets || loading) && <FacetSidebar state={state} facets={facets} taxonomy={taxonomy} onChange={update} />}
        </FilterPanel>

        <section
          id="catalogue-results"
          tabIndex={-1}
          className="catalogue__results"
          aria-labelledby="results-heading"
          aria-busy={loading}
        >
          <h2 id="results-heading" className="visually-hidden">
            {t('catalogue.resultsHeading')}
          </h2>
          <div className="results-toolbar">
            <p className="result-count" data-testid="result-count" role="status" aria-live="polite">
              {countText}
            </p>
            <div className="results-toolbar__end">
              {viewer && <SaveSearchButton search={{ scope: 'CATALOGUE', state }} />}
              <div className="sort-field">
                <label htmlFor="catalogue-sort">{t('catalogue.sortLabel')}</label>
                <select
                  id="catalogue-sort"
                  data-testid="sort-select"
                  value={sort}
                  onChange={(event) => changeSort(event.target.value as SortKey)}
                >
                  {state.q && <option value="relevance">{t('catalogue.sort.relevance')}</option>}
                  <option value="newest">{t('catalogue.sort.newest')}</option>
                  <option value="title">{t('catalogue.sort.title')}</option>
                </select>
              </div>
            </div>
          </div>

          <ActiveFilters state={state} taxonomy={taxonomy} onChange={update} />

          {error && !connection ? (
            <ErrorState title={t('catalogue.errorTitle')} error={error} onRetry={() => void refetch()} />
          ) : !connection ? (
            <CardSkeletons className="result-list" />
          ) : connection.totalCount === 0 || connection.edges.length === 0 ? (
            <NoResults state={state} onChange={update} />
          ) : (
            <>
              <ol className="card-grid card-grid--list result-list">
                {connection.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <AssetCard asset={edge.node} snippet={edge.snippet} linkState={linkState} />
                  </li>
                ))}
              </ol>
              <LoadMoreFooter
                shown={connection.edges.length}
                total={connection.totalCount}
                hasMore={connection.pageInfo.hasNextPage}
                loading={fetchingMore}
                label={t('catalogue.loadMore')}
                onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

/** The empty state: says so, and offers the way back to results. */
function NoResults({
  state,
  onChange,
}: {
  state: CatalogueSearchState;
  onChange: (next: CatalogueSearchState) => void;
}) {
  const filtered = activeFilterCount(state) > 0;
  return (
    <EmptyState
      title={t('catalogue.emptyTitle')}
      action={
        filtered ? (
          <>
            <button
              type="button"
              className="button button--primary"
              data-testid="empty-clear-filters"
              onClick={() => onChange(withoutFilters(state))}
            >
              {t('common.clearFilters')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_SEARCH)}>
              {t('catalogue.emptyShowAll')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--primary"
            data-testid="empty-clear-filters"
            onClick={() => onChange(EMPTY_SEARCH)}
          >
            {t('catalogue.emptyShowAll')}
          </button>
        )
      }
    >
      <p>{t('catalogue.emptyBody')}</p>
    </EmptyState>
  );
}

/** The filters in force, each removable in one click. */
function ActiveFilters({
  state,
  taxonomy,
  onChange,
}: {
  state: CatalogueSearchState;
  taxonomy: CatalogueTaxonomyQuery | undefined;
  onChange: (next: CatalogueSearchState) => void;
}) {
  const chips: { key: string; label: string; next: CatalogueSearchState }[] = [];
  for (const kind of state.kinds) {
    chips.push({
      key: `k-${kind}`,
      label: kindLabel(kind),
      next: { ...state, kinds: state.kinds.filter((v) => v !== kind) },
    });
  }
  for (const slug of state.sectors) {
    chips.push({
      key: `s-${slug}`,
      label: slugLabel(slug, 'sector', taxonomy),
      next: { ...state, sectors: state.sectors.filter((v) => v !== slug) },
    });
  }
  if (state.trlMin !== null || state.trlMax !== null) {
    chips.push({
      key: 'trl',
      label: t('catalogue.facet.trlRange', { min: state.trlMin ?? 1, max: state.trlMax ?? 9 }),
      next: { ...state, trlMin: null, trlMax: null },
    });
  }
  for (const ip of state.ipStatuses) {
    chips.push({
      key: `ip-${ip}`,
      label: ipStatusLabel(ip),
      next: { ...state, ipStatuses: state.ipStatuses.filter((v) => v !== ip) },
    });
  }
  for (const slug of state.institutions) {
    chips.push({
      key: `i-${slug}`,
      label: slugLabel(slug, 'institution', taxonomy),
      next: { ...state, institutions: state.institutions.filter((v) => v !== slug) },
    });
  }
  for (const model of state.partneringModels) {
    chips.push({
      key: `pm-${model}`,
      label: partneringModelLabel(model),
      next: { ...state, partneringModels: state.partneringModels.filter((v) => v !== model) },
    });
  }
  for (const availability of state.availabilities) {
    chips.push({
      key: `avail-${availability}`,
      label: availabilityLabel(availability),
      next: { ...state, availabilities: state.availabilities.filter((v) => v !== availability) },
    });
  }
  for (const capacity of state.capacities) {
    chips.push({
      key: `cap-${capacity}`,
      label: capacityLabel(capacity),
      next: { ...state, capacities: state.capacities.filter((v) => v !== capacity) },
    });
  }
  if (chips.length === 0) return null;
  return (
    <ul className="active-filters" aria-label={t('catalogue.activeFilters')}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            className="active-filter"
            aria-label={t('common.removeFilter', { label: chip.label })}
            onClick={() => onChange(chip.next)}
          >
            {chip.label}
            <CloseIcon />
          </button>
        </li>
      ))}
    </ul>
  );
}

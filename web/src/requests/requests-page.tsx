import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { maySaveSearchesOf } from '@tt/shared/saved-search-rules';
import { NEW_REQUEST_ROUTE } from '@tt/shared/web-routes';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CatalogueTaxonomyDocument } from '../generated/graphql';
import { RequestDirectoryDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { SaveSearchButton } from '../saved-searches/save-search-button';
import { useViewer } from '../session/use-viewer';
import { FilterPanel } from '../ui/filter-panel';
import { LoadMoreFooter } from '../ui/load-more-footer';
import { SearchForm } from '../ui/search-form';
import { CardSkeletons, EmptyState, ErrorState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { RequestCard } from './request-card';
import { RequestFacets } from './request-facets';
import {
  EMPTY_REQUEST_SEARCH,
  parseRequestParams,
  type RequestSearchState,
  requestFilterCount,
  toRequestParams,
  toRequestVariables,
} from './request-search-state';
import '../catalogue/catalogue.css';
import './requests.css';

/**
 * The Requests directory: what companies are looking for. Everyone sees the public requests; the institutes'
 * people see the office-only ones too, and a company's members their own. Open requests first.
 */
export function RequestsPage() {
  usePageMeta(t('requests.metaTitle'), t('requests.metaDescription'));
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseRequestParams(params), [params]);
  const variables = useMemo(() => toRequestVariables(state), [state]);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(RequestDirectoryDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const { data: taxonomy } = useQuery(CatalogueTaxonomyDocument);
  const update = useCallback(
    (next: RequestSearchState) => setParams(toRequestParams(next), { preventScrollReset: true }),
    [setParams],
  );

  const connection = data?.technologyRequests;
  const facets = (data ?? previousData)?.technologyRequests.facets;
  const member = viewer?.role === 'COMPANY_MEMBER';
  const maySave = viewer ? maySaveSearchesOf(viewer.role, 'REQUESTS') : false;
  const filterCount = requestFilterCount(state);
  let countText = '';
  if (connection) countText = t('requests.resultCount', { count: connection.totalCount });
  else if (loading) countText = t('catalogue.resultCountLoading');

  return (
    <div className="requests-page">
      <section className="hero hero--compact">
        <div className="container hero__inner">
          <h1 className="hero__title">{t('requests.heading')}</h1>
          <p className="hero__lead">{member ? t('requests.leadCompany') : t('requests.lead')}</p>
          <SearchForm
            value={state.q}
            label={t('requests.searchLabel')}
            placeholder={t('requests.searchPlaceholder')}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            onSearch={(q) => update({ ...state, q })}
          />
          {member && (
            <p className="requests-page__publish">
              <Link className="button button--accent" to={`/${NEW_REQUEST_ROUTE}`} data-testid="publish-request">
                {t('requests.publish')}
              </Link>
            </p>
          )}
        </div>
      </section>

      <div className="container catalogue">
        <FilterPanel
          id="request-filters"
          heading={t('requests.filtersHeading')}
          filterCount={filterCount}
          onClear={() => update({ ...EMPTY_REQUEST_SEARCH, q: state.q })}
          resultCount={connection ? connection.totalCount : null}
        >
          <RequestFacets state={state} facets={facets} taxonomy={taxonomy} ownOption={member} onChange={update} />
        </FilterPanel>

        <section className="catalogue__results" aria-labelledby="request-results-heading" aria-busy={loading}>
          <h2 id="request-results-heading" className="visually-hidden">
            {t('requests.resultsHeading')}
          </h2>
          <div className="results-toolbar">
            <p className="result-count" data-testid="result-count" role="status" aria-live="polite">
              {countText}
            </p>
            {maySave && <SaveSearchButton search={{ scope: 'REQUESTS', state }} />}
          </div>
          {error && !connection ? (
            <ErrorState title={t('requests.errorTitle')} error={error} onRetry={() => void refetch()} />
          ) : !connection ? (
            <CardSkeletons count={4} className="card-grid--list result-list" />
          ) : connection.edges.length === 0 ? (
            <EmptyState
              title={filterCount > 0 || state.q ? t('requests.emptyTitle') : t('requests.noneYetTitle')}
              action={
                filterCount > 0 || state.q ? (
                  <button type="button" className="button button--primary" onClick={() => update(EMPTY_REQUEST_SEARCH)}>
                    {t('requests.showAll')}
                  </button>
                ) : member ? (
                  <Link className="button button--primary" to={`/${NEW_REQUEST_ROUTE}`}>
                    {t('requests.publish')}
                  </Link>
                ) : null
              }
            >
              <p>{filterCount > 0 || state.q ? t('requests.emptyBody') : t('requests.noneYetBody')}</p>
            </EmptyState>
          ) : (
            <>
              <ol className="card-grid card-grid--list result-list">
                {connection.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <RequestCard request={edge.node} />
                  </li>
                ))}
              </ol>
              <LoadMoreFooter
                shown={connection.edges.length}
                total={connection.totalCount}
                hasMore={connection.pageInfo.hasNextPage}
                loading={networkStatus === NetworkStatus.fetchMore}
                label={t('requests.loadMore')}
                onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

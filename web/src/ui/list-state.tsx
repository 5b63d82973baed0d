import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { ErrorState, PageLoading } from './status';

/**
 * What a list shows until it has rows: a failed first load with a retry, "Loading…", or the empty text;
 * once there are rows, the list itself. A refetch keeps the rows on screen.
 */
export function ListState({
  query,
  empty,
  emptyText,
  emptyTestId,
  more,
  children,
}: {
  /** The list's query: its first answer, whether one is on its way, what failed, and the retry. */
  query: {
    data?: unknown;
    loading: boolean;
    error?: unknown;
    refetch: () => unknown;
    fetchMore: (options: { variables: { after: string | null | undefined; first: number } }) => Promise<unknown>;
  };
  empty: boolean;
  emptyText: string;
  emptyTestId: string;
  /** The next page, while there is one: a button under the rows fetches `first` more. */
  more?: { pageInfo?: { hasNextPage: boolean; endCursor?: string | null }; label: string; first: number };
  children: ReactNode;
}) {
  const { data, loading, error, refetch } = query;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data && loading) {
    return (
      <p className="list-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (empty) {
    return (
      <p className="list-empty" data-testid={emptyTestId}>
        {emptyText}
      </p>
    );
  }
  if (!more?.pageInfo?.hasNextPage) return children;
  const after = more.pageInfo.endCursor;
  return (
    <>
      {children}
      <div className="load-more">
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void query.fetchMore({ variables: { after, first: more.first } })}
        >
          {loading ? t('common.loading') : more.label}
        </button>
      </div>
    </>
  );
}

/** Until a page's list first arrives: "Loading…" while it is on its way, the failure with a retry. */
export function FirstLoad({
  loaded,
  query,
}: {
  loaded: boolean;
  query: { loading: boolean; error?: unknown; refetch: () => unknown };
}) {
  if (loaded) return null;
  return (
    <>
      {query.loading && <PageLoading />}
      {query.error ? <ErrorState onRetry={() => void query.refetch()} /> : null}
    </>
  );
}

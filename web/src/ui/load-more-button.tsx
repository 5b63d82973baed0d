import { t } from '../i18n/i18n';

/**
 * Under a desk's list while there is more of it: how many of the total are shown, and a button that fetches
 * the next page (appended: the cache merges the pages per filter). Nothing once everything is shown.
 */
export function LoadMoreButton({
  shown,
  total,
  pageInfo,
  loading,
  fetchMore,
  first,
  label,
}: {
  shown: number;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  loading: boolean;
  fetchMore: (options: { variables: { after: string | null | undefined; first: number } }) => Promise<unknown>;
  first: number;
  label: string;
}) {
  if (!pageInfo.hasNextPage) return null;
  return (
    <div className="load-more" data-testid="list-more">
      <p className="load-more__status" aria-live="polite">
        {t('list.shownOf', { shown, total })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={loading}
        data-testid="list-more-button"
        onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor, first } })}
      >
        {loading ? t('common.loading') : label}
      </button>
    </div>
  );
}

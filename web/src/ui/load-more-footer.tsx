import { t } from '../i18n/i18n';

/** The foot of a paged list: how many of how many are shown, and a button for the next page while there is one. */
export function LoadMoreFooter({
  shown,
  total,
  hasMore,
  loading,
  label,
  onLoadMore,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  /** The next page is on its way. */
  loading: boolean;
  label: string;
  onLoadMore: () => void;
}) {
  return (
    <div className="load-more">
      <p className="load-more__status">{t('common.shownOf', { shown, total })}</p>
      {hasMore && (
        <button
          type="button"
          className="button button--secondary"
          data-testid="load-more"
          disabled={loading}
          onClick={onLoadMore}
        >
          {loading ? t('common.loading') : label}
        </button>
      )}
    </div>
  );
}

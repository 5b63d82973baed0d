import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { ErrorState } from './status';

/**
 * What a list shows until it has rows: a failed first load with a retry, "Loading…", or the empty text;
 * once there are rows, the list itself. A refetch keeps the rows on screen.
 */
export function ListState({
  loaded,
  loading,
  error,
  onRetry,
  empty,
  emptyText,
  emptyTestId,
  children,
}: {
  /** The first answer has come. */
  loaded: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  empty: boolean;
  emptyText: string;
  emptyTestId: string;
  children: ReactNode;
}) {
  if (error && !loaded) return <ErrorState onRetry={onRetry} />;
  if (!loaded && loading) {
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
  return children;
}

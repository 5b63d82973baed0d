import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { isServiceBusy } from './service-busy';

/** A failed load, with a way to try again; a server too busy to answer says so kindly. */
export function ErrorState({ title, onRetry, error }: { title?: string; onRetry?: () => void; error?: unknown }) {
  const busy = isServiceBusy(error);
  return (
    <div className="status status--error" role="alert" data-testid={busy ? 'busy-state' : 'error-state'}>
      <h2 className="status__title">{busy ? t('common.busyTitle') : (title ?? t('common.errorTitle'))}</h2>
      <p>{busy ? t('common.busyBody') : t('common.errorBody')}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Nothing to show: says why and offers the way out. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="status status--empty" data-testid="empty-state">
      <h2 className="status__title">{title}</h2>
      {children && <div className="status__body">{children}</div>}
      {action && <div className="status__actions">{action}</div>}
    </div>
  );
}

/** A whole page that is not there (unknown address, unpublished listing). */
export function NotFound({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <div className="container not-found" data-testid="not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{title}</h1>
      <p className="lead">{body}</p>
      {children && <div className="not-found__actions">{children}</div>}
    </div>
  );
}

/** Placeholder cards while results load (hidden from assistive technology; the count says "Searching…"). */
export function CardSkeletons({ count = 6, className = 'card-grid--list' }: { count?: number; className?: string }) {
  return (
    <div className={`card-grid ${className}`} aria-hidden="true" data-testid="loading-skeleton">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div className="card skeleton-card" key={index}>
          <span className="skeleton skeleton--badge" />
          <span className="skeleton skeleton--title" />
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--line skeleton--short" />
          <span className="skeleton skeleton--chips" />
        </div>
      ))}
    </div>
  );
}

/** Shown while a lazily loaded page or its data arrives. */
export function PageLoading() {
  return (
    <div className="container page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../i18n/i18n';
import { usePageMeta } from '../ui/use-page-meta';

/** Keeps the header and footer when a page fails to load or render (for example after a release). */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <PageError /> : this.props.children;
  }
}

function PageError() {
  usePageMeta(t('error.metaTitle'));
  return (
    <div className="container not-found" role="alert">
      <h1>{t('error.heading')}</h1>
      <p className="lead">{t('error.body')}</p>
      <div className="not-found__actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <Link className="button button--secondary" to="/" reloadDocument>
          {t('notFound.toCatalogue')}
        </Link>
      </div>
    </div>
  );
}

import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { t } from '../i18n/i18n';
import { PageLoading } from '../ui/status';
import { PageErrorBoundary } from './page-error-boundary';
import { ScrollManager } from './scroll-manager';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useLanguageAlternates } from './use-language-alternates';
import { VerifyEmailBanner } from './verify-email-banner';
import './layout.css';

/** Header, main content and footer around every page. */
export function AppLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useLanguageAlternates();

  // On a new page (not a new search on the same page), move focus to the content, as a full page
  // load would, so keyboard and screen-reader users start at the top of what changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on page changes only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <SiteHeader />
      <VerifyEmailBanner />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <SiteFooter />
      <ScrollManager />
    </div>
  );
}

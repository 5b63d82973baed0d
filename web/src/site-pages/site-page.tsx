import { useQuery } from '@apollo/client/react';
import type { SitePageKey } from '../generated/graphql';
import { SitePageDocument } from '../generated/members-graphql';
import { formatDate, type MessageKey, t } from '../i18n/i18n';
import { ErrorState, NotFound, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import './site-page.css';

/** Each page's name, for the browser's title and the footer's links. */
export const SITE_PAGE_TITLES: Record<SitePageKey, MessageKey> = {
  ABOUT: 'sitePages.about',
  PRIVACY: 'sitePages.privacy',
  TERMS: 'sitePages.terms',
  COOKIES: 'sitePages.cookies',
};

/**
 * One of the network's pages, as its administrators wrote it. The API renders the Markdown (safely: no raw HTML,
 * only web, e-mail and relative links), so this page carries no Markdown code.
 */
export function SitePage({ pageKey }: { pageKey: SitePageKey }) {
  const { data, loading, error, refetch } = useQuery(SitePageDocument, { variables: { key: pageKey } });
  usePageMeta(t(SITE_PAGE_TITLES[pageKey]), t('sitePage.metaDescription'));
  const page = data?.sitePage;

  return (
    <div className="container page-section site-page" data-testid={`site-page-${pageKey.toLowerCase()}`}>
      {page ? (
        <>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API's renderer escapes raw HTML and checks every link */}
          <article className="site-page__body" dangerouslySetInnerHTML={{ __html: page.html }} />
          <p className="site-page__updated">
            {t('sitePage.updated', { date: formatDate(page.updatedAt), version: String(page.version) })}
          </p>
        </>
      ) : error && !loading ? (
        <ErrorState onRetry={() => void refetch()} error={error} />
      ) : loading ? (
        <PageLoading />
      ) : (
        <NotFound title={t(SITE_PAGE_TITLES[pageKey])} body={t('sitePage.missing')} />
      )}
    </div>
  );
}

export const AboutPage = () => <SitePage pageKey="ABOUT" />;
export const PrivacyPage = () => <SitePage pageKey="PRIVACY" />;
export const TermsPage = () => <SitePage pageKey="TERMS" />;
export const CookiesPage = () => <SitePage pageKey="COOKIES" />;

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { SITE_PAGE_MARKDOWN_MAX_LENGTH } from '@tt/shared/site-pages';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Language, SitePageKey } from '../generated/graphql';
import { SaveSitePageDocument, SitePageEditorDocument, SitePagePreviewDocument } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { formatDateTime, type MessageKey, t } from '../i18n/i18n';
import { LiveNotice } from '../ui/live-notice';
import { ErrorState, PageLoading } from '../ui/status';
import '../site-pages/site-page.css';
import './admin.css';

const PAGES: readonly { key: SitePageKey; label: MessageKey; path: string }[] = [
  { key: 'ABOUT', label: 'sitePages.about', path: '/about' },
  { key: 'PRIVACY', label: 'sitePages.privacy', path: '/privacy' },
  { key: 'TERMS', label: 'sitePages.terms', path: '/terms' },
  { key: 'COOKIES', label: 'sitePages.cookies', path: '/cookies' },
];
const LANGUAGES: readonly { value: Language; label: MessageKey }[] = [
  { value: 'EN', label: 'sitePagesAdmin.english' },
  { value: 'IT', label: 'sitePagesAdmin.italian' },
];

type Outcome = { kind: 'saved'; version: number } | { kind: 'failed'; message: string } | null;

/**
 * The network's pages (about, privacy, terms, cookies), for administrators: one page in one language at a time, its
 * Markdown, a preview as readers will see it, and Save, which makes a new version (the terms' version is what new
 * accounts accept).
 */
export function SitePagesSection() {
  const [pageKey, setPageKey] = useState<SitePageKey>('ABOUT');
  const [language, setLanguage] = useState<Language>('EN');
  const { data, loading, error, refetch } = useQuery(SitePageEditorDocument, {
    variables: { key: pageKey, language },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.sitePage;
  const [markdown, setMarkdown] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [previewing, setPreviewing] = useState(false);
  const [preview, { data: previewData, loading: previewLoading }] = useLazyQuery(SitePagePreviewDocument, {
    fetchPolicy: 'network-only',
  });
  const [save, { loading: saving }] = useMutation(SaveSitePageDocument);

  // A page (or language) opened, or a newer version read: the editor starts from it.
  const loadedKey = page ? `${page.key}:${page.language}:${page.version}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another version is loaded
  useEffect(() => {
    if (page) setMarkdown(page.markdown);
    setPreviewing(false);
  }, [loadedKey]);

  const changed = page ? markdown !== page.markdown : false;

  async function onSave() {
    if (!page) return;
    setOutcome(null);
    try {
      const { data: answer } = await save({
        variables: { input: { key: pageKey, language, markdown, expectedVersion: page.version } },
        refetchQueries: [{ query: SitePageEditorDocument, variables: { key: pageKey, language } }],
      });
      const payload = answer?.saveSitePage;
      if (payload?.sitePage) setOutcome({ kind: 'saved', version: payload.sitePage.version });
      else
        setOutcome({
          kind: 'failed',
          message: payload?.errors[0] ? errorMessage(payload.errors[0]) : t('sitePagesAdmin.failed'),
        });
    } catch {
      setOutcome({ kind: 'failed', message: t('sitePagesAdmin.failed') });
    }
  }

  function onPreview() {
    setPreviewing(true);
    void preview({ variables: { input: { markdown } } });
  }

  const current = PAGES.find((item) => item.key === pageKey)!;
  return (
    <section className="site-pages-admin" aria-label={t('admin.pages')} data-testid="site-pages-admin">
      <p className="panel__lead">{t('sitePagesAdmin.lead')}</p>
      <div className="site-pages-admin__choice">
        <div className="form-field">
          <label className="form-field__label" htmlFor="site-page-choice">
            {t('sitePagesAdmin.page')}
          </label>
          <select
            id="site-page-choice"
            className="input select"
            value={pageKey}
            onChange={(event) => {
              setPageKey(event.target.value as SitePageKey);
              setOutcome(null);
            }}
            data-testid="site-page-choice"
          >
            {PAGES.map((item) => (
              <option key={item.key} value={item.key}>
                {t(item.label)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="site-pages-admin__languages">
          <legend className="form-field__label">{t('sitePagesAdmin.language')}</legend>
          {LANGUAGES.map((item) => (
            <label key={item.value} className="site-pages-admin__language">
              <input
                type="radio"
                name="site-page-language"
                value={item.value}
                checked={language === item.value}
                onChange={() => {
                  setLanguage(item.value);
                  setOutcome(null);
                }}
                data-testid={`site-page-language-${item.value}`}
              />
              {t(item.label)}
            </label>
          ))}
        </fieldset>
      </div>

      {page ? (
        <div className="panel site-pages-admin__editor">
          <p className="site-pages-admin__meta" data-testid="site-page-version">
            {t('sitePagesAdmin.version', { version: String(page.version), date: formatDateTime(page.updatedAt) })}{' '}
            <Link to={language === 'IT' ? `/it${current.path}` : current.path} target="_blank" rel="noopener">
              {t('sitePagesAdmin.open')}
            </Link>
          </p>
          {pageKey === 'TERMS' && <p className="form-note">{t('sitePagesAdmin.termsNote')}</p>}
          <label className="form-field__label" htmlFor="site-page-markdown">
            {t('sitePagesAdmin.markdown')}
          </label>
          <p className="form-field__hint" id="site-page-markdown-hint">
            {t('sitePagesAdmin.markdownHint')}
          </p>
          <textarea
            id="site-page-markdown"
            className="input textarea site-pages-admin__textarea"
            aria-describedby="site-page-markdown-hint"
            lang={language === 'IT' ? 'it' : 'en'}
            value={markdown}
            maxLength={SITE_PAGE_MARKDOWN_MAX_LENGTH}
            rows={22}
            onChange={(event) => setMarkdown(event.target.value)}
            data-testid="site-page-markdown"
          />
          <div className="site-pages-admin__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={onPreview}
              data-testid="site-page-preview-button"
            >
              {t('sitePagesAdmin.preview')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!changed || saving}
              onClick={() => void onSave()}
              data-testid="site-page-save"
            >
              {saving ? t('sitePagesAdmin.saving') : t('sitePagesAdmin.save')}
            </button>
          </div>
          <LiveNotice tone={outcome?.kind === 'failed' ? 'warning' : 'success'} testId="site-page-outcome">
            {outcome?.kind === 'saved'
              ? t('sitePagesAdmin.saved', { version: String(outcome.version) })
              : outcome?.kind === 'failed'
                ? outcome.message
                : ''}
          </LiveNotice>
          {previewing && (
            <section className="site-pages-admin__preview" aria-label={t('sitePagesAdmin.preview')}>
              <h3 className="section-title">{t('sitePagesAdmin.preview')}</h3>
              {previewLoading || !previewData ? (
                <PageLoading />
              ) : (
                <div
                  className="site-page__body"
                  lang={language === 'IT' ? 'it' : 'en'}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: the API's renderer escapes raw HTML and checks every link
                  dangerouslySetInnerHTML={{ __html: previewData.sitePagePreview }}
                  data-testid="site-page-preview"
                />
              )}
            </section>
          )}
        </div>
      ) : error && !loading ? (
        <ErrorState onRetry={() => void refetch()} error={error} />
      ) : (
        <PageLoading />
      )}
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { EMBED_ORIGIN_INPUT_MAX, EMBED_ORIGINS_MAX, normaliseEmbedOrigin } from '@tt/shared/embed-origins';
import { embedSnippet } from '@tt/shared/embed-widget';
import { isLanguage, type Language } from '@tt/shared/languages';
import { useId, useState } from 'react';
import {
  AddEmbedOriginDocument,
  InstitutionEmbedOriginsDocument,
  RemoveEmbedOriginDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { getLocale, t } from '../i18n/i18n';
import { ErrorSummary, SubmitButton, TextField, useForm } from '../ui/form';
import { LiveNotice } from '../ui/live-notice';
import { ErrorState, PageLoading } from '../ui/status';

type Field = 'origin';

/**
 * The listings widget of one institute (issue #14): the websites allowed to show it, and the snippet its
 * webmaster copies. The API checks the addresses again; the browser only refuses a site not on the list.
 */
export function InstituteEmbedSites({ institute }: { institute: { id: string; slug: string; name: string } }) {
  const variables = { institutionId: institute.id };
  const { data, loading, error, refetch } = useQuery(InstitutionEmbedOriginsDocument, { variables });
  const refetchQueries = [{ query: InstitutionEmbedOriginsDocument, variables }];
  const [add] = useMutation(AddEmbedOriginDocument, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(RemoveEmbedOriginDocument, { refetchQueries, awaitRefetchQueries: true });
  const [notice, setNotice] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const locale = getLocale();
  const [language, setLanguage] = useState<Language>(isLanguage(locale) ? locale : 'en');
  const headingId = useId();
  const snippetId = useId();
  const labels = { origin: t('embedSites.origin') };
  const form = useForm<Field>({
    initial: { origin: '' },
    validate: (values) => {
      // http://localhost is for development: the API says whether it takes it.
      const checked = normaliseEmbedOrigin(values.origin, { allowHttpLocalhost: true });
      return checked.ok ? {} : { origin: t('embedSites.originInvalid') };
    },
    async submit(values) {
      setNotice(null);
      const { data: result } = await add({ variables: { input: { ...variables, origin: values.origin.trim() } } });
      const payload = result?.addEmbedOrigin;
      if (!payload?.origins) return payload?.errors ?? [];
      form.reset({ origin: '' });
      setNotice(t('embedSites.added'));
    },
  });

  const origins = data?.institutionEmbedOrigins ?? [];
  const snippet = embedSnippet({
    publicUrl: window.location.origin,
    slug: institute.slug,
    language,
    title: t('embedSites.frameTitle', { name: institute.name }),
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setNotice(t('embedSites.copied'));
    } catch {
      // No clipboard (an insecure page, a refusal): the text is selected for the visitor to copy.
      (document.getElementById(snippetId) as HTMLTextAreaElement | null)?.select();
      setNotice(t('embedSites.copyByHand'));
    }
  };

  return (
    <section className="embed-sites" aria-labelledby={headingId} data-testid="embed-sites">
      <h4 id={headingId} className="embed-sites__title">
        {t('embedSites.title')}
      </h4>
      <p className="embed-sites__lead">{t('embedSites.lead', { max: EMBED_ORIGINS_MAX })}</p>
      <LiveNotice testId="embed-sites-notice">{notice}</LiveNotice>
      {!data && loading && <PageLoading />}
      {!data && error && <ErrorState onRetry={() => void refetch()} />}
      {data &&
        (origins.length ? (
          <ul className="embed-sites__list" data-testid="embed-origins">
            {origins.map((origin) => (
              <li key={origin}>
                <code>{origin}</code>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('embedSites.removeNamed', { origin })}
                  onClick={async () => {
                    setNotice(null);
                    setRemoveError(null);
                    try {
                      const { data: result } = await remove({ variables: { input: { ...variables, origin } } });
                      const failed = result?.removeEmbedOrigin.errors[0];
                      if (failed) setRemoveError(errorMessage(failed));
                      else setNotice(t('embedSites.removed', { origin }));
                    } catch {
                      setRemoveError(t('embedSites.failed'));
                    }
                  }}
                >
                  {t('embedSites.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="embed-sites__empty">{t('embedSites.none')}</p>
        ))}
      {removeError && (
        <p className="form-field__error" role="alert">
          {removeError}
        </p>
      )}
      <form className="form embed-sites__form" noValidate onSubmit={form.onSubmit} data-testid="embed-origin-form">
        <ErrorSummary form={form} labels={labels} />
        <div className="embed-sites__add">
          <TextField
            form={form}
            name="origin"
            label={labels.origin}
            type="url"
            inputMode="url"
            placeholder="https://www.example.org"
            maxLength={EMBED_ORIGIN_INPUT_MAX}
            autoCapitalize="none"
            spellCheck={false}
            below={t('embedSites.originHint')}
          />
          <SubmitButton sending={form.sending} testId="add-embed-origin">
            {t('embedSites.add')}
          </SubmitButton>
        </div>
      </form>
      <div className="embed-sites__snippet">
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${snippetId}-language`}>
            {t('embedSites.snippetLanguage')}
          </label>
          <select
            id={`${snippetId}-language`}
            className="input"
            value={language}
            onChange={(event) => setLanguage(isLanguage(event.target.value) ? event.target.value : 'en')}
          >
            <option value="en">English</option>
            <option value="it">Italiano</option>
          </select>
        </div>
        <label htmlFor={snippetId} className="form-field__label">
          {t('embedSites.snippet')}
        </label>
        <textarea
          id={snippetId}
          className="input embed-sites__code"
          readOnly
          rows={3}
          value={snippet}
          spellCheck={false}
          data-testid="embed-snippet"
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('embedSites.copy')}
        </button>
      </div>
    </section>
  );
}

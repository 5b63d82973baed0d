import { useMutation } from '@apollo/client/react';
import { SIGN_IN_ROUTE, savedSearchesPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthResult } from '../account/auth-result';
import { UnsubscribeAlertsDocument } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { getLocale, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { failureMessage } from '../ui/form';
import { AlertIcon, CheckIcon, MailIcon } from '../ui/icons';
import { usePageMeta } from '../ui/use-page-meta';
import '../account/account.css';

type Outcome = { ok: true; names: string[]; deleted: number } | { ok: false; message: string };

/** "“Liquid biopsy” and “Organoids”", as the page's language lists them. */
function quotedList(names: string[]): string {
  const quoted = names.map((name) => t('alerts.quoted', { text: name }));
  return new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(quoted);
}

/**
 * Where an alert's "unsubscribe" link leads, signed in or not. Opening it changes nothing (mail scanners follow
 * links): the button does, and the page says what happened.
 */
export function UnsubscribePage() {
  usePageMeta(t('alerts.unsubscribe.metaTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer } = useViewer();
  const [unsubscribe, { loading }] = useMutation(UnsubscribeAlertsDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(
    token ? null : { ok: false, message: t('alerts.unsubscribe.noToken') },
  );

  async function confirm() {
    try {
      const { data } = await unsubscribe({ variables: { token } });
      const payload = data?.unsubscribeAlerts;
      if (payload?.ok) setOutcome({ ok: true, names: payload.savedSearchNames, deleted: payload.deletedCount });
      else
        setOutcome({ ok: false, message: payload?.errors[0] ? errorMessage(payload.errors[0]) : t('form.unexpected') });
    } catch (error) {
      setOutcome({ ok: false, message: failureMessage(error) });
    }
  }

  const next = viewer ? (
    <Link className="button button--primary" to={savedSearchesPath()} data-testid="unsubscribe-manage">
      {t('alerts.unsubscribe.manage')}
    </Link>
  ) : (
    <Link className="button button--secondary" to={`/${SIGN_IN_ROUTE}?next=${encodeURIComponent(savedSearchesPath())}`}>
      {t('alerts.unsubscribe.signIn')}
    </Link>
  );

  return (
    <div className="container auth-page" data-testid="unsubscribe-page">
      <div className="auth-card">
        {outcome === null ? (
          <AuthResult
            testId="unsubscribe-ask"
            icon={<MailIcon />}
            title={t('alerts.unsubscribe.heading')}
            heading="page"
          >
            <p>{t('alerts.unsubscribe.lead')}</p>
            <button
              type="button"
              className="button button--primary"
              disabled={loading}
              onClick={() => void confirm()}
              data-testid="unsubscribe-confirm"
            >
              {loading ? t('form.sending') : t('alerts.unsubscribe.confirm')}
            </button>
          </AuthResult>
        ) : outcome.ok ? (
          <AuthResult
            role="status"
            testId="unsubscribe-done"
            icon={<CheckIcon />}
            title={t('alerts.unsubscribe.doneTitle')}
            heading="page"
          >
            <p data-testid="unsubscribe-names">
              {t('alerts.unsubscribe.doneBody', { names: quotedList(outcome.names) })}
            </p>
            {outcome.deleted > 0 && <p>{t('alerts.unsubscribe.deleted', { count: outcome.deleted })}</p>}
            {next}
          </AuthResult>
        ) : (
          <AuthResult
            failed
            role="alert"
            testId="unsubscribe-failed"
            icon={<AlertIcon />}
            title={t('alerts.unsubscribe.failedTitle')}
            heading="page"
          >
            <p data-testid="unsubscribe-message">{outcome.message}</p>
            {next}
          </AuthResult>
        )}
      </div>
    </div>
  );
}

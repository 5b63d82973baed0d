import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ResendVerificationEmailDocument, VerifyEmailDocument, ViewerDocument } from '../generated/graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { homeFor } from '../layout/role-navigation';
import { useViewer } from '../session/use-viewer';
import { failureMessage } from '../ui/form';
import { AlertIcon, CheckIcon } from '../ui/icons';
import { PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { AuthResult } from './auth-result';
import './account.css';

type Outcome = { ok: true } | { ok: false; message: string };

/** Confirms the e-mail address with the token of the e-mailed link, as soon as the page opens. */
export function VerifyEmailPage() {
  usePageMeta(t('verify.metaTitle'), t('verify.metaDescription'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [verify] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(token ? null : { ok: false, message: t('verify.noToken') });
  const started = useRef(false);

  useEffect(() => {
    // Once per page, also under StrictMode's double effects: the link works a single time.
    if (!token || started.current) return;
    started.current = true;
    verify({ variables: { input: { token } } })
      .then(async ({ data }) => {
        const payload = data?.verifyEmail;
        if (payload?.ok) {
          // The header's "confirm your address" banner goes away.
          await client.refetchQueries({ include: [ViewerDocument] });
          setOutcome({ ok: true });
        } else {
          setOutcome({
            ok: false,
            message: payload?.errors[0] ? errorMessage(payload.errors[0]) : t('form.unexpected'),
          });
        }
      })
      .catch((error: unknown) => setOutcome({ ok: false, message: failureMessage(error) }));
  }, [token, verify, client]);

  if (!outcome) return <PageLoading />;

  return (
    <div className="container auth-page">
      <div className="auth-card">
        {outcome.ok ? (
          <AuthResult
            role="status"
            testId="verify-success"
            icon={<CheckIcon />}
            title={t('verify.successTitle')}
            heading="page"
          >
            <p>{t('verify.successBody')}</p>
            <Link className="button button--primary" to={viewer ? homeFor(viewer.role) : '/sign-in'}>
              {viewer ? t('verify.continue') : t('verify.signIn')}
            </Link>
          </AuthResult>
        ) : (
          <AuthResult
            failed
            role="alert"
            testId="verify-failed"
            icon={<AlertIcon />}
            title={t('verify.failedTitle')}
            heading="page"
          >
            <p data-testid="verify-message">{outcome.message}</p>
            {viewer?.emailVerified ? (
              <p>{t('verify.alreadyVerified')}</p>
            ) : (
              <p className="muted">{viewer ? t('verify.failedSignedIn') : t('verify.failedAnonymous')}</p>
            )}
            {viewer ? (
              !viewer.emailVerified && <ResendButton />
            ) : (
              <Link className="button button--primary" to="/sign-in?next=%2Faccount">
                {t('verify.signIn')}
              </Link>
            )}
          </AuthResult>
        )}
      </div>
    </div>
  );
}

/** Sends a new confirmation link to the signed-in user. */
function ResendButton() {
  const [resend, { loading }] = useMutation(ResendVerificationEmailDocument);
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);
  return (
    <div className="auth-result__actions">
      <button
        type="button"
        className="button button--primary"
        disabled={loading}
        onClick={() =>
          resend()
            .then(({ data }) => setResult(data?.resendVerificationEmail.ok ? 'sent' : 'failed'))
            .catch(() => setResult('failed'))
        }
        data-testid="verify-resend"
      >
        {loading ? t('form.sending') : t('verify.resend')}
      </button>
      <p role="status" className="auth-result__status">
        {result === 'sent' && t('verifyBanner.sent')}
        {result === 'failed' && t('verifyBanner.failed')}
      </p>
    </div>
  );
}

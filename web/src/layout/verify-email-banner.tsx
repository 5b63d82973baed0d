import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { ResendVerificationEmailDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { MailIcon } from '../ui/icons';

/** For signed-in users whose e-mail address is not confirmed yet: says so, and sends the link again. */
export function VerifyEmailBanner() {
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  const [resend, { loading }] = useMutation(ResendVerificationEmailDocument);
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);

  // The verification page says it all itself.
  if (!viewer || viewer.emailVerified || pathname === '/verify-email') return null;

  async function handleResend() {
    try {
      const { data } = await resend();
      setResult(data?.resendVerificationEmail.ok ? 'sent' : 'failed');
    } catch {
      setResult('failed');
    }
  }

  return (
    <section className="verify-banner" aria-label={t('verifyBanner.label')} data-testid="unverified-banner">
      <div className="container verify-banner__inner">
        <MailIcon className="icon verify-banner__icon" />
        <p className="verify-banner__text">
          <strong>{t('verifyBanner.title')}</strong> {t('verifyBanner.body', { email: viewer.email })}
        </p>
        <div className="verify-banner__action">
          <button
            type="button"
            className="link-button"
            onClick={() => void handleResend()}
            disabled={loading}
            data-testid="resend-verification"
          >
            {loading ? t('form.sending') : t('verifyBanner.resend')}
          </button>
          <span role="status" className="verify-banner__result" data-testid="resend-result">
            {result === 'sent' && t('verifyBanner.sent')}
            {result === 'failed' && t('verifyBanner.failed')}
          </span>
        </div>
      </div>
    </section>
  );
}

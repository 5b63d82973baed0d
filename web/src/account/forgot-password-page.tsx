import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { EmailField, ErrorSummary, emailProblem, type FieldErrors, SubmitButton, useForm } from '../ui/form';
import { ArrowLeftIcon, MailIcon } from '../ui/icons';
import { usePageMeta } from '../ui/use-page-meta';
import { AuthResult } from './auth-result';
import './account.css';

type Field = 'email';

function validate(values: Record<Field, string>): FieldErrors<Field> {
  const email = emailProblem(values.email);
  return email ? { email } : {};
}

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the
 * form tells nobody who is registered.
 */
export function ForgotPasswordPage() {
  usePageMeta(t('forgot.metaTitle'), t('forgot.metaDescription'));
  const [request] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const form = useForm<Field>({
    initial: { email: '' },
    validate,
    async submit(values) {
      const email = values.email.trim();
      const { data } = await request({ variables: { input: { email } } });
      const errors = data?.requestPasswordReset.errors ?? [];
      if (errors.length) return errors;
      setSentTo(email);
    },
  });

  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1 className="auth-card__title">{t('forgot.heading')}</h1>
        {sentTo ? (
          <AuthResult testId="reset-requested" icon={<MailIcon />} title={t('forgot.sentTitle')}>
            <p>{t('forgot.sentBody', { email: sentTo })}</p>
            <p className="muted">{t('forgot.sentHint')}</p>
          </AuthResult>
        ) : (
          <>
            <p className="auth-card__lead">{t('forgot.lead')}</p>
            <form className="form" noValidate onSubmit={form.onSubmit} data-testid="forgot-password-form">
              <ErrorSummary form={form} labels={{ email: t('field.email') }} />
              <EmailField form={form} name="email" label={t('field.email')} autoComplete="email" />
              <SubmitButton
                sending={form.sending}
                className="button button--primary button--block button--large"
                testId="forgot-password-submit"
              >
                {t('forgot.submit')}
              </SubmitButton>
            </form>
          </>
        )}
        <p className="auth-card__back">
          <Link to="/sign-in" className="back-link">
            <ArrowLeftIcon />
            {t('forgot.backToSignIn')}
          </Link>
        </p>
      </div>
    </div>
  );
}

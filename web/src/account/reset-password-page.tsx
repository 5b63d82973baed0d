import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { ErrorSummary, type FieldErrors, SubmitButton, useForm } from '../ui/form';
import { AlertIcon, CheckIcon } from '../ui/icons';
import { usePageMeta } from '../ui/use-page-meta';
import { AuthResult } from './auth-result';
import { newPasswordProblem, PasswordField } from './password-field';
import './account.css';

type Field = 'password';

function validate(values: Record<Field, string>): FieldErrors<Field> {
  const password = newPasswordProblem(values.password);
  return password ? { password } : {};
}

/** Sets a new password from the e-mailed link (`?token=`); every session of the account ends. */
export function ResetPasswordPage() {
  usePageMeta(t('reset.metaTitle'), t('reset.metaDescription'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [reset] = useMutation(ResetPasswordDocument);
  const [done, setDone] = useState(false);

  const form = useForm<Field>({
    initial: { password: '' },
    validate,
    async submit(values) {
      const { data } = await reset({ variables: { input: { token, password: values.password } } });
      const payload = data?.resetPassword;
      if (!payload?.ok) return payload?.errors ?? [];
      setDone(true);
    },
  });

  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1 className="auth-card__title">{t('reset.heading')}</h1>
        {!token ? (
          <AuthResult
            failed
            testId="reset-no-token"
            icon={<AlertIcon />}
            title={t('reset.noTokenTitle')}
            heading="plain"
          >
            <p>{t('reset.noTokenBody')}</p>
            <Link className="button button--primary" to="/forgot-password">
              {t('reset.askAgain')}
            </Link>
          </AuthResult>
        ) : done ? (
          <AuthResult testId="reset-done" icon={<CheckIcon />} title={t('reset.doneTitle')}>
            <p>{t('reset.doneBody')}</p>
            <Link className="button button--primary" to="/sign-in">
              {t('reset.signIn')}
            </Link>
          </AuthResult>
        ) : (
          <>
            <p className="auth-card__lead">{t('reset.lead')}</p>
            <form className="form" noValidate onSubmit={form.onSubmit} data-testid="reset-password-form">
              <ErrorSummary form={form} labels={{ password: t('field.newPassword') }} />
              <PasswordField
                form={form}
                name="password"
                label={t('field.newPassword')}
                autoComplete="new-password"
                policy
              />
              <SubmitButton
                sending={form.sending}
                className="button button--primary button--block button--large"
                testId="reset-password-submit"
              >
                {t('reset.submit')}
              </SubmitButton>
            </form>
            <p className="auth-card__back muted">
              {t('reset.linkProblem')} <Link to="/forgot-password">{t('reset.askAgain')}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}

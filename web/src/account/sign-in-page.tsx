import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { LogInDocument, SignInAssetDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { homeFor } from '../layout/role-navigation';
import { useStoreLanguageOnAccount } from '../session/use-account-language';
import { useSessionChanged, useViewer } from '../session/use-viewer';
import { EmailField, ErrorSummary, emailProblem, type FieldErrors, Notice, SubmitButton, useForm } from '../ui/form';
import { PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { useNextPath } from './next-path';
import { PasswordField } from './password-field';
import './account.css';

type SignInField = 'email' | 'password';

function validate(values: Record<SignInField, string>): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = t('signIn.passwordRequired');
  return errors;
}

/** Sign in with e-mail and password; goes back to `?next=` (a path of this site) or the user's start page. */
export function SignInPage() {
  usePageMeta(t('signIn.metaTitle'), t('signIn.metaDescription'));
  const next = useNextPath();
  const navigate = useNavigate();
  const { viewer, loading: viewerLoading } = useViewer();
  const sessionChanged = useSessionChanged();
  const storeLanguage = useStoreLanguageOnAccount();
  const [logIn] = useMutation(LogInDocument);
  const [done, setDone] = useState(false);

  // Coming from a listing's "Express interest": say what signing in is for.
  const assetSlug = next?.match(/^\/assets\/([a-z0-9-]+)(?:[?#]|$)/i)?.[1];
  const { data: assetData } = useQuery(SignInAssetDocument, {
    variables: { slug: assetSlug ?? '' },
    skip: !assetSlug || done,
  });
  const asset = assetData?.asset;

  const form = useForm<SignInField>({
    initial: { email: '', password: '' },
    validate,
    async submit(values) {
      const { data } = await logIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      const payload = data?.logIn;
      if (!payload?.viewer) return payload?.errors ?? [];
      // Leave the form (its queries stop) before everything cached is fetched again for the new session.
      flushSync(() => setDone(true));
      // The loading state starts at the top, where the next page will: a long form scrolled to its button would
      // otherwise shrink under the visitor and pull the footer up into view (a layout shift).
      window.scrollTo(0, 0);
      await storeLanguage();
      await sessionChanged();
      navigate(next ?? homeFor(payload.viewer.user.role), { replace: true });
    },
  });

  if (done || viewerLoading) return <PageLoading />;

  const signUpLink = next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1 className="auth-card__title" data-testid="sign-in-heading">
          {t('signIn.heading')}
        </h1>
        <p className="auth-card__lead">{t('signIn.lead')}</p>

        {asset && (
          <Notice tone="info" testId="sign-in-context">
            <p>{t('signIn.forAsset', { title: asset.title, institute: asset.institution.shortName })}</p>
          </Notice>
        )}
        {viewer && (
          <Notice tone="info" testId="already-signed-in">
            <p>
              {t('signIn.alreadySignedIn', { name: viewer.name, email: viewer.email })}{' '}
              <Link to={next ?? homeFor(viewer.role)}>{t('signIn.continue')}</Link>
            </p>
          </Notice>
        )}

        <form className="form" noValidate onSubmit={form.onSubmit} data-testid="sign-in-form">
          <ErrorSummary form={form} labels={{ email: t('field.email'), password: t('field.password') }} />
          <EmailField
            form={form}
            name="email"
            label={t('field.email')}
            autoComplete="username"
            data-testid="email-input"
          />
          <PasswordField
            form={form}
            name="password"
            label={t('field.password')}
            autoComplete="current-password"
            labelAside={
              <Link to="/forgot-password" data-testid="forgot-password-link">
                {t('signIn.forgotPassword')}
              </Link>
            }
          />
          <SubmitButton
            sending={form.sending}
            sendingLabel={t('signIn.sending')}
            className="button button--primary button--block button--large"
            testId="sign-in-submit"
          >
            {t('signIn.submit')}
          </SubmitButton>
        </form>

        <div className="auth-card__footer">
          <p>
            {t('signIn.noAccount')} <Link to={signUpLink}>{t('signIn.createAccount')}</Link>
          </p>
          <p className="muted">{t('signIn.instituteStaff')}</p>
        </div>
      </div>
    </div>
  );
}

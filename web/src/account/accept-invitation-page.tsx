import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../generated/graphql';
import { formatDate, t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { welcomePathFor } from '../layout/role-navigation';
import { useSessionChanged, useViewer } from '../session/use-viewer';
import { ErrorSummary, type FieldErrors, Notice, SubmitButton, TextField, useForm } from '../ui/form';
import { AlertIcon, BuildingIcon } from '../ui/icons';
import { ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { AuthResult } from './auth-result';
import { newPasswordProblem, PasswordField } from './password-field';
import { TermsAcceptanceField, termsProblem } from './terms-acceptance-field';
import './account.css';

type Field = 'name' | 'password' | 'acceptedTermsVersion';

/**
 * The page an invitation link opens (`?token=`): what the invitation is for, then a name and a
 * password create the account, already a member of the organisation, and sign in.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const sessionChanged = useSessionChanged();
  const [done, setDone] = useState(false);
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    skip: !token || done,
    fetchPolicy: 'network-only',
  });
  const [accept] = useMutation(AcceptInvitationDocument);
  const invitation = data?.invitation ?? null;
  const email = invitation?.email ?? '';

  usePageMeta(
    invitation
      ? t('invitation.metaTitleFor', { organisation: invitation.organisationName })
      : t('invitation.metaTitle'),
    t('invitation.metaDescription'),
  );

  const form = useForm<Field>({
    initial: { name: '', password: '', acceptedTermsVersion: '' },
    validate(values): FieldErrors<Field> {
      const errors: FieldErrors<Field> = {};
      const name = values.name.trim();
      if (name.length < 2) errors.name = t('form.nameRequired');
      else if (name.length > 160) errors.name = t('form.tooLong', { max: 160 });
      const password = newPasswordProblem(values.password, email);
      if (password) errors.password = password;
      const terms = termsProblem(values.acceptedTermsVersion);
      if (terms) errors.acceptedTermsVersion = terms;
      return errors;
    },
    async submit(values) {
      const result = await accept({
        variables: {
          input: {
            token,
            name: values.name.trim(),
            password: values.password,
            acceptedTermsVersion: Number(values.acceptedTermsVersion),
          },
        },
      });
      const payload = result.data?.acceptInvitation;
      if (!payload?.viewer) return payload?.errors ?? [];
      // Leave the form (its queries stop) before everything cached is fetched again for the new session.
      flushSync(() => setDone(true));
      // The loading state starts at the top, where the next page will: a long form scrolled to its button would
      // otherwise shrink under the visitor and pull the footer up into view (a layout shift).
      window.scrollTo(0, 0);
      await sessionChanged();
      navigate(welcomePathFor(payload.viewer.user.role), { replace: true, state: { welcome: true } });
    },
  });

  if (done || (loading && !data)) return <PageLoading />;
  if (token && error && !data) {
    return (
      <div className="container page-section">
        <ErrorState onRetry={() => void refetch()} />
      </div>
    );
  }

  if (!invitation) {
    return (
      <div className="container auth-page">
        <div className="auth-card">
          <AuthResult
            failed
            testId="invitation-invalid"
            icon={<AlertIcon />}
            title={t('invitation.invalidTitle')}
            heading="page"
          >
            <p>{t('invitation.invalidBody')}</p>
            <div className="auth-result__actions">
              <Link className="button button--primary" to="/sign-in">
                {t('invitation.signIn')}
              </Link>
              <Link className="button button--secondary" to="/">
                {t('notFound.toCatalogue')}
              </Link>
            </div>
          </AuthResult>
        </div>
      </div>
    );
  }

  return (
    <div className="container auth-page">
      <div className="auth-card">
        <p className="eyebrow">{t('invitation.eyebrow')}</p>
        <h1 className="auth-card__title" data-testid="invitation-heading">
          {t('invitation.heading', { organisation: invitation.organisationName })}
        </h1>
        <div className="invitation-preview" data-testid="invitation-preview">
          <span className="emblem invitation-preview__icon" aria-hidden="true">
            <BuildingIcon />
          </span>
          <dl className="invitation-preview__facts">
            <div>
              <dt>{t('invitation.organisation')}</dt>
              <dd data-testid="invitation-organisation">{invitation.organisationName}</dd>
            </div>
            <div>
              <dt>{t('invitation.role')}</dt>
              <dd data-testid="invitation-role">{roleLabel(invitation.role)}</dd>
            </div>
            <div>
              <dt>{t('invitation.email')}</dt>
              <dd data-testid="invitation-email">{invitation.email}</dd>
            </div>
            <div>
              <dt>{t('invitation.expires')}</dt>
              <dd>{formatDate(invitation.expiresAt)}</dd>
            </div>
          </dl>
        </div>

        {viewer && (
          <Notice tone="warning" testId="invitation-signed-in">
            <p>{t('invitation.signedInAs', { email: viewer.email })}</p>
          </Notice>
        )}

        <p className="auth-card__lead">{t('invitation.lead')}</p>
        <form className="form" noValidate onSubmit={form.onSubmit} data-testid="accept-invitation-form">
          <ErrorSummary
            form={form}
            labels={{
              name: t('field.fullName'),
              password: t('field.choosePassword'),
              acceptedTermsVersion: t('sitePages.terms'),
            }}
          />
          {/* For password managers: the account's user name. */}
          <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
          <TextField form={form} name="name" label={t('field.fullName')} autoComplete="name" data-testid="name-input" />
          <PasswordField
            form={form}
            name="password"
            label={t('field.choosePassword')}
            autoComplete="new-password"
            policy
            email={email}
          />
          <TermsAcceptanceField form={form} name="acceptedTermsVersion" />
          <SubmitButton
            sending={form.sending}
            sendingLabel={t('invitation.sending')}
            className="button button--primary button--block button--large"
            testId="accept-invitation-submit"
          >
            {t('invitation.submit')}
          </SubmitButton>
        </form>
      </div>
    </div>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { PHONE_MAX_LENGTH, phoneProblem } from '@tt/shared/phone-number';
import { useState } from 'react';
import {
  AccountSettingsDocument,
  ChangePasswordDocument,
  RevokeSessionDocument,
  type SessionFieldsFragment,
  UpdateProfileDocument,
} from '../generated/graphql';
import { formatDateTime, t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { initials, type ViewerUser } from '../session/use-viewer';
import { ErrorSummary, type FieldErrors, Notice, SubmitButton, TextField, useForm } from '../ui/form';
import { CheckIcon, DeviceIcon, LockIcon, MailIcon } from '../ui/icons';
import { LiveNotice } from '../ui/live-notice';
import { Panel } from '../ui/panel';
import { RowButton } from '../ui/row-button';
import { ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { useRowAction } from '../ui/use-row-action';
import { newPasswordProblem, PasswordField } from './password-field';
import { describeUserAgent } from './user-agent';
import './account.css';

/** The signed-in user's own page: profile, password and the browsers signed in to the account. */
export function AccountPage() {
  usePageMeta(t('account.metaTitle'), t('account.metaDescription'));
  const { data, loading, error, refetch } = useQuery(AccountSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer;

  if (!viewer) {
    if (loading) return <PageLoading />;
    return (
      <div className="container page-section">
        <ErrorState onRetry={() => void refetch()} />
      </div>
    );
  }
  const { user } = viewer;
  const organisation = user.company?.name ?? user.institution?.name ?? null;

  return (
    <div className="account-page">
      <div className="page-header">
        <div className="container page-header__inner">
          <span className="avatar avatar--large" aria-hidden="true">
            {initials(user.name)}
          </span>
          <div>
            <p className="eyebrow">{t('account.eyebrow')}</p>
            <h1 className="page-header__title" data-testid="account-heading">
              {user.name}
            </h1>
            <p className="page-header__sub">
              {roleLabel(user.role)}
              {organisation && ` · ${organisation}`}
            </p>
          </div>
        </div>
      </div>
      {error && (
        <div className="container">
          <Notice tone="warning">
            <p>{t('common.errorBody')}</p>
          </Notice>
        </div>
      )}
      <div className="container account-grid">
        <ProfileSection user={user} />
        <PasswordSection email={user.email} />
        <SessionsSection sessions={viewer.sessions} />
      </div>
    </div>
  );
}

type ProfileField = 'name' | 'title' | 'phone';

function ProfileSection({ user }: { user: ViewerUser & { phone?: string | null } }) {
  const [update] = useMutation(UpdateProfileDocument);
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileField>({
    initial: { name: user.name, title: user.title ?? '', phone: user.phone ?? '' },
    validate(values) {
      const errors: FieldErrors<ProfileField> = {};
      const name = values.name.trim();
      if (name.length < 2) errors.name = t('form.nameRequired');
      else if (name.length > 160) errors.name = t('form.tooLong', { max: 160 });
      if (values.title.trim().length > 160) errors.title = t('form.tooLong', { max: 160 });
      const phone = values.phone.trim();
      const phoneError = phone ? phoneProblem(phone) : null;
      if (phoneError === 'TEXT_TOO_LONG') errors.phone = t('form.tooLong', { max: PHONE_MAX_LENGTH });
      else if (phoneError) errors.phone = t('account.phoneInvalid');
      return errors;
    },
    async submit(values) {
      setSaved(false);
      const { data } = await update({
        variables: {
          input: { name: values.name.trim(), title: values.title.trim() || null, phone: values.phone.trim() || null },
        },
      });
      const payload = data?.updateProfile;
      if (!payload?.viewer) return payload?.errors ?? [];
      setSaved(true);
    },
  });

  return (
    <Panel
      headingId="profile-heading"
      title={t('account.profileTitle')}
      className="account-section"
      testId="profile-section"
      headingClassName="icon-heading"
    >
      <form className="form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary
          form={form}
          labels={{ name: t('field.fullName'), title: t('field.jobTitle'), phone: t('field.phone') }}
        />
        <div className="readonly-field">
          <span className="readonly-field__label">{t('field.email')}</span>
          <span className="readonly-field__value">
            <MailIcon />
            <span data-testid="account-email">{user.email}</span>
            {user.emailVerified ? (
              <span className="badge badge--success" data-testid="email-verified">
                <CheckIcon />
                {t('account.verified')}
              </span>
            ) : (
              <span className="badge badge--accent" data-testid="email-unverified">
                {t('account.unverified')}
              </span>
            )}
          </span>
        </div>
        <TextField
          form={form}
          name="name"
          label={t('field.fullName')}
          autoComplete="name"
          onInput={() => setSaved(false)}
          data-testid="profile-name"
        />
        <TextField
          form={form}
          name="title"
          label={t('field.jobTitle')}
          autoComplete="organization-title"
          hint={t('account.titleHint')}
          optional
          onInput={() => setSaved(false)}
        />
        <TextField
          form={form}
          name="phone"
          label={t('field.phone')}
          type="tel"
          autoComplete="tel"
          maxLength={PHONE_MAX_LENGTH}
          hint={t('account.phoneHint')}
          optional
          onInput={() => setSaved(false)}
          data-testid="profile-phone"
        />
        <div className="form-actions">
          <SubmitButton sending={form.sending} testId="profile-save">
            {t('account.saveProfile')}
          </SubmitButton>
          <LiveNotice testId="profile-saved">{saved && t('account.profileSaved')}</LiveNotice>
        </div>
      </form>
    </Panel>
  );
}

type PasswordFormField = 'currentPassword' | 'newPassword';

function PasswordSection({ email }: { email: string }) {
  // A new password signs the other browsers out: the list of sessions is the server's to tell again.
  const [change] = useMutation(ChangePasswordDocument, {
    refetchQueries: ({ data }) => (data?.changePassword.ok ? [AccountSettingsDocument] : []),
  });
  const [changed, setChanged] = useState(false);
  const form = useForm<PasswordFormField>({
    initial: { currentPassword: '', newPassword: '' },
    validate(values) {
      const errors: FieldErrors<PasswordFormField> = {};
      if (!values.currentPassword) errors.currentPassword = t('account.currentPasswordRequired');
      const problem = newPasswordProblem(values.newPassword, email);
      if (problem) errors.newPassword = problem;
      else if (values.newPassword === values.currentPassword) errors.newPassword = t('account.samePassword');
      return errors;
    },
    async submit(values) {
      setChanged(false);
      const { data } = await change({ variables: { input: values } });
      const payload = data?.changePassword;
      if (!payload?.ok) return payload?.errors ?? [];
      form.reset({ currentPassword: '', newPassword: '' });
      setChanged(true);
    },
  });

  return (
    <Panel
      headingId="password-heading"
      title={
        <>
          <LockIcon />
          {t('account.passwordTitle')}
        </>
      }
      className="account-section"
      testId="password-section"
      headingClassName="icon-heading"
    >
      <p className="account-section__lead">{t('account.passwordLead')}</p>
      <LiveNotice testId="password-changed">{changed && t('account.passwordChanged')}</LiveNotice>
      <form className="form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary
          form={form}
          labels={{ currentPassword: t('field.currentPassword'), newPassword: t('field.newPassword') }}
        />
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <PasswordField
          form={form}
          name="currentPassword"
          label={t('field.currentPassword')}
          autoComplete="current-password"
        />
        <PasswordField
          form={form}
          name="newPassword"
          label={t('field.newPassword')}
          autoComplete="new-password"
          policy
          email={email}
        />
        <div className="form-actions">
          <SubmitButton sending={form.sending} testId="change-password">
            {t('account.changePassword')}
          </SubmitButton>
        </div>
      </form>
    </Panel>
  );
}

function SessionsSection({ sessions }: { sessions: readonly SessionFieldsFragment[] }) {
  const [revoke] = useMutation(RevokeSessionDocument, {
    // Signed out, the session leaves the list (the cache drops the reference to it); refused, the list
    // may have changed elsewhere: ask the server for it again.
    update(cache, { data }, { variables }) {
      if (data?.revokeSession.ok && variables) {
        cache.evict({ id: cache.identify({ __typename: 'SessionInfo', id: variables.input.id }) });
        cache.gc();
      }
    },
    refetchQueries: ({ data }) => (data?.revokeSession.ok ? [] : [AccountSettingsDocument]),
  });
  const { busy: pending, message, run } = useRowAction();
  // This browser first, then the most recently active.
  const ordered = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

  const signOut = (session: SessionFieldsFragment) =>
    run(session.id, async () => {
      const { data } = await revoke({ variables: { input: { id: session.id } } });
      const payload = data?.revokeSession;
      if (!payload?.ok) return payload?.errors;
      return t('sessions.signedOut', { browser: describeUserAgent(session.userAgent) });
    });

  return (
    <Panel
      headingId="sessions-heading"
      title={
        <>
          <DeviceIcon />
          {t('sessions.title')}
        </>
      }
      className="account-section account-section--wide"
      testId="sessions-section"
      headingClassName="icon-heading"
    >
      <p className="account-section__lead">{t('sessions.lead')}</p>
      <LiveNotice tone={message?.tone}>{message?.text}</LiveNotice>
      <ul className="session-list">
        {ordered.map((session) => (
          <li key={session.id} className="session" data-testid="session-row">
            <span className="emblem session__icon" aria-hidden="true">
              <DeviceIcon />
            </span>
            <div className="session__body">
              <p className="session__title">
                <span>{describeUserAgent(session.userAgent)}</span>
                {session.current && (
                  <span className="badge badge--primary" data-testid="this-browser">
                    {t('sessions.thisBrowser')}
                  </span>
                )}
              </p>
              <p className="session__meta">
                {session.ip && <span>{t('sessions.ip', { ip: session.ip })}</span>}
                <span>{t('sessions.lastSeen', { when: formatDateTime(session.lastSeenAt) })}</span>
                <span>{t('sessions.signedIn', { when: formatDateTime(session.createdAt) })}</span>
              </p>
              {session.userAgent && (
                <p className="session__agent" title={session.userAgent}>
                  {session.userAgent}
                </p>
              )}
            </div>
            {!session.current && (
              <RowButton
                rowName={describeUserAgent(session.userAgent)}
                disabled={pending === session.id}
                onClick={() => void signOut(session)}
                testId="revoke-session"
              >
                {pending === session.id ? t('form.sending') : t('sessions.signOut')}
              </RowButton>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

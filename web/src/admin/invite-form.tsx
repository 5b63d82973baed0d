import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { type UserRole } from '../generated/graphql';
import { type InstituteOptionsQuery, InvitationsDocument, InviteUserDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { PlatformManagerPicker } from '../services/platform-manager-picker';
import { useViewer } from '../session/use-viewer';
import {
  EmailField,
  ErrorSummary,
  emailProblem,
  type FieldErrors,
  fieldsOf,
  SelectField,
  SubmitButton,
  useForm,
} from '../ui/form';
import { SendIcon } from '../ui/icons';
import { LiveNotice } from '../ui/live-notice';
import './admin.css';

type Field = 'email' | 'role' | 'institutionId';
type Institute = InstituteOptionsQuery['institutions'][number];

export const INSTITUTE_ROLES: readonly UserRole[] = ['RESEARCHER', 'TT_OFFICER', 'PLATFORM_MANAGER'];

/**
 * Invites someone by e-mail. With several `roles` the inviter chooses one; with `institutes`
 * (administrators) the institute of a researcher or officer is chosen too. Without, the API puts
 * the invitee in the inviter's own institute or company.
 */
export function InviteForm({
  roles,
  institutes,
  organisationName,
  testId = 'invite-form',
}: {
  roles: readonly UserRole[];
  institutes?: readonly Institute[];
  /** The organisation the invitee joins, when it is always the inviter's own */
  organisationName?: string;
  testId?: string;
}) {
  const [invite] = useMutation(InviteUserDocument, { refetchQueries: [InvitationsDocument] });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [platformIds, setPlatformIds] = useState<string[]>([]);
  const { viewer } = useViewer();
  const firstRole = roles[0] ?? 'COMPANY_MEMBER';

  const needsInstitute = (role: string) => Boolean(institutes) && INSTITUTE_ROLES.includes(role as UserRole);

  const form = useForm<Field>({
    initial: { email: '', role: firstRole, institutionId: '' },
    validate(values) {
      const errors: FieldErrors<Field> = {};
      const email = emailProblem(values.email);
      if (email) errors.email = email;
      if (!values.role) errors.role = t('invite.roleRequired');
      if (needsInstitute(values.role) && !values.institutionId) errors.institutionId = t('invite.instituteRequired');
      return errors;
    },
    async submit(values) {
      setSentTo(null);
      const email = values.email.trim();
      const { data } = await invite({
        variables: {
          input: {
            email,
            role: values.role as UserRole,
            institutionId: needsInstitute(values.role) ? values.institutionId : null,
            platformIds: values.role === 'PLATFORM_MANAGER' ? platformIds : null,
          },
        },
      });
      const payload = data?.inviteUser;
      if (!payload?.invitation) return payload?.errors ?? [];
      setSentTo(payload.invitation.email);
      form.reset({ email: '', role: values.role, institutionId: values.institutionId });
    },
  });

  const labels: Record<Field, string> = {
    email: t('field.email'),
    role: t('field.role'),
    institutionId: t('field.institute'),
  };

  const field = fieldsOf(form, labels);
  return (
    <form className="form invite-form" noValidate onSubmit={form.onSubmit} data-testid={testId}>
      <ErrorSummary form={form} labels={labels} />
      <LiveNotice testId="invitation-sent">{sentTo && t('invite.sent', { email: sentTo })}</LiveNotice>
      <EmailField
        {...field('email')}
        autoComplete="off"
        hint={organisationName ? t('invite.joins', { organisation: organisationName }) : undefined}
        data-testid="invite-email"
        onInput={() => setSentTo(null)}
      />
      {roles.length > 1 && (
        <SelectField {...field('role')} options={roles.map((role) => ({ value: role, label: roleLabel(role) }))} />
      )}
      {form.values.role === 'PLATFORM_MANAGER' &&
        (institutes ? form.values.institutionId : viewer?.institution?.id) && (
          <PlatformManagerPicker
            institutionId={(institutes ? form.values.institutionId : viewer?.institution?.id) ?? ''}
            value={platformIds}
            onChange={setPlatformIds}
          />
        )}
      {institutes && needsInstitute(form.values.role) && (
        <SelectField
          {...field('institutionId')}
          placeholder={t('invite.chooseInstitute')}
          options={institutes.map((institute) => ({
            value: institute.id,
            label: `${institute.shortName} – ${institute.name}`,
          }))}
        />
      )}
      <div className="form-actions">
        <SubmitButton sending={form.sending} testId="invite-submit">
          <SendIcon />
          {t('invite.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

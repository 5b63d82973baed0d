import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { type UserRole } from '../generated/graphql';
import {
  type InstituteOptionsQuery,
  PeopleDocument,
  type PersonFieldsFragment,
  SetUserRoleDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { PlatformManagerPicker } from '../services/platform-manager-picker';
import { ErrorSummary, type FieldErrors, fieldsOf, SelectField, SubmitButton, useForm } from '../ui/form';
import { INSTITUTE_ROLES } from './invite-form';

type Field = 'role' | 'institutionId';
type Institute = InstituteOptionsQuery['institutions'][number];

const ROLES: UserRole[] = ['RESEARCHER', 'TT_OFFICER', 'PLATFORM_MANAGER', 'COMPANY_MEMBER', 'ADMIN'];

/**
 * An administrator changes a user's role and organisation together: researchers and officers
 * belong to an institute, company members to their company, administrators to neither.
 */
export function RoleEditor({
  person,
  institutes,
  onDone,
}: {
  person: PersonFieldsFragment;
  institutes: readonly Institute[];
  onDone: (savedName: string | null) => void;
}) {
  // A new role can move the user out of (or into) the list on screen when it is filtered by role.
  const [setRole] = useMutation(SetUserRoleDocument, { refetchQueries: [PeopleDocument] });
  // A company can only be kept: there is no list of every company to choose another from.
  const company = person.company;
  const roles = ROLES.filter((role) => role !== 'COMPANY_MEMBER' || company);
  // A platform manager's platforms are chosen anew (the API replaces them; none for any other role).
  const [platformIds, setPlatformIds] = useState<string[]>([]);

  const form = useForm<Field>({
    initial: { role: person.role, institutionId: person.institution?.id ?? '' },
    validate(values) {
      const errors: FieldErrors<Field> = {};
      if (INSTITUTE_ROLES.includes(values.role as UserRole) && !values.institutionId)
        errors.institutionId = t('invite.instituteRequired');
      return errors;
    },
    async submit(values) {
      const role = values.role as UserRole;
      const { data } = await setRole({
        variables: {
          input: {
            userId: person.id,
            role,
            institutionId: INSTITUTE_ROLES.includes(role) ? values.institutionId : null,
            companyId: role === 'COMPANY_MEMBER' ? (company?.id ?? null) : null,
            platformIds: role === 'PLATFORM_MANAGER' ? platformIds : null,
          },
        },
      });
      const payload = data?.setUserRole;
      if (!payload?.user) return payload?.errors ?? [];
      onDone(payload.user.name);
    },
  });

  const labels: Record<Field, string> = { role: t('field.role'), institutionId: t('field.institute') };
  const instituteRole = INSTITUTE_ROLES.includes(form.values.role as UserRole);
  const field = fieldsOf(form, labels);
  return (
    <form className="form role-editor" noValidate onSubmit={form.onSubmit} data-testid="role-editor">
      <p className="role-editor__title">{t('roleEditor.title', { name: person.name })}</p>
      <ErrorSummary form={form} labels={labels} />
      <div className="form-row">
        <SelectField {...field('role')} options={roles.map((role) => ({ value: role, label: roleLabel(role) }))} />
        {instituteRole && (
          <SelectField
            {...field('institutionId')}
            placeholder={t('invite.chooseInstitute')}
            options={institutes.map((institute) => ({ value: institute.id, label: institute.shortName }))}
          />
        )}
      </div>
      {form.values.role === 'COMPANY_MEMBER' && company && (
        <p className="form-note">{t('roleEditor.keepsCompany', { company: company.name })}</p>
      )}
      {form.values.role === 'ADMIN' && <p className="form-note">{t('roleEditor.adminNote')}</p>}
      {form.values.role === 'PLATFORM_MANAGER' && form.values.institutionId && (
        <PlatformManagerPicker
          institutionId={form.values.institutionId}
          value={platformIds}
          onChange={setPlatformIds}
        />
      )}
      <div className="form-actions">
        <SubmitButton sending={form.sending} className="button button--primary button--small" testId="save-role">
          {t('roleEditor.save')}
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { CompanySize } from '@tt/shared/company-enums';
import { type FormEvent, useId, useState } from 'react';
import {
  type AdminCompanyFieldsFragment,
  AdminUpdateCompanyDocument,
  MergeCompaniesDocument,
  MoveCompanyMemberDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { failureMessage } from '../ui/form';
import { CompanyChoice } from './company-choice';

type Outcome = { ok: boolean; text: string } | null;

/** One company, for the administrator: its details to edit, its members to move, and merging it as a duplicate. */
export function CompanyAdminPanel({
  company,
  onChanged,
}: {
  company: AdminCompanyFieldsFragment;
  onChanged: () => void;
}) {
  return (
    <div className="company-admin" data-testid="company-admin-panel">
      <CompanyEditForm company={company} />
      <CompanyMembers company={company} onChanged={onChanged} />
      <CompanyMerge company={company} onChanged={onChanged} />
    </div>
  );
}

function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  return (
    <p role="status" className={outcome?.ok === false ? 'form-field__error' : 'muted'} data-testid={testId}>
      {outcome?.text}
    </p>
  );
}

function CompanyEditForm({ company }: { company: AdminCompanyFieldsFragment }) {
  const id = useId();
  const [draft, setDraft] = useState({
    name: company.name,
    country: company.country,
    city: company.city ?? '',
    size: company.size,
    website: company.website ?? '',
    listed: company.listed,
  });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [save, { loading }] = useMutation(AdminUpdateCompanyDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    try {
      const { data } = await save({
        variables: {
          input: {
            companyId: company.id,
            name: draft.name,
            country: draft.country,
            city: draft.city.trim() || null,
            size: draft.size,
            website: draft.website.trim() || null,
            listed: draft.listed,
          },
        },
      });
      const payload = data?.updateCompanyProfile;
      setOutcome(
        payload?.company
          ? { ok: true, text: t('adminCompanies.saved') }
          : { ok: false, text: payload ? errorMessages(payload.errors) : t('adminCompanies.failed') },
      );
    } catch (caught) {
      setOutcome({ ok: false, text: failureMessage(caught) });
    }
  }

  const text = (name: 'name' | 'country' | 'city' | 'website', max: number, extra: object = {}) => (
    <div className="form-field">
      <label className="form-field__label" htmlFor={`${id}-${name}`}>
        {t(`adminCompanies.field.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        className="input"
        maxLength={max}
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        data-testid={`company-edit-${name}`}
        {...extra}
      />
    </div>
  );

  return (
    <form className="company-admin__section" onSubmit={(event) => void submit(event)} data-testid="company-edit-form">
      <h4 className="company-admin__title">{t('adminCompanies.editTitle')}</h4>
      <div className="company-admin__grid">
        {text('name', 200)}
        {text('country', 2, { autoCapitalize: 'characters' })}
        {text('city', 80)}
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-size`}>
            {t('adminCompanies.field.size')}
          </label>
          <select
            id={`${id}-size`}
            className="input"
            value={draft.size}
            onChange={(event) => setDraft({ ...draft, size: event.target.value as typeof draft.size })}
            data-testid="company-edit-size"
          >
            {Object.values(CompanySize).map((size) => (
              <option key={size} value={size}>
                {companySizeLabel(size)}
              </option>
            ))}
          </select>
        </div>
        {text('website', 200, { type: 'url', inputMode: 'url' })}
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.listed}
          onChange={(event) => setDraft({ ...draft, listed: event.target.checked })}
          data-testid="company-edit-listed"
        />
        <span>{t('adminCompanies.field.listed')}</span>
      </label>
      <div className="company-admin__actions">
        <button type="submit" className="button button--primary" disabled={loading} data-testid="company-edit-save">
          {loading ? t('form.sending') : t('adminCompanies.save')}
        </button>
        <OutcomeLine outcome={outcome} testId="company-edit-outcome" />
      </div>
    </form>
  );
}

function CompanyMembers({ company, onChanged }: { company: AdminCompanyFieldsFragment; onChanged: () => void }) {
  const [moving, setMoving] = useState<string | null>(null);
  const [targetId, setTargetId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [move, { loading }] = useMutation(MoveCompanyMemberDocument);
  const members = company.members ?? [];

  async function submit(userId: string, name: string) {
    if (!targetId) return setOutcome({ ok: false, text: t('adminCompanies.chooseTarget') });
    setOutcome(null);
    try {
      const { data } = await move({ variables: { input: { userId, companyId: targetId } } });
      const payload = data?.moveCompanyMember;
      if (payload?.user) {
        setOutcome({ ok: true, text: t('adminCompanies.moved', { name }) });
        setMoving(null);
        onChanged();
      } else setOutcome({ ok: false, text: payload ? errorMessages(payload.errors) : t('adminCompanies.failed') });
    } catch (caught) {
      setOutcome({ ok: false, text: failureMessage(caught) });
    }
  }

  return (
    <section className="company-admin__section" data-testid="company-members">
      <h4 className="company-admin__title">{t('adminCompanies.membersTitle', { count: members.length })}</h4>
      <p className="muted">{t('adminCompanies.moveLead')}</p>
      {members.length === 0 && <p className="muted">{t('adminCompanies.noMembers')}</p>}
      <ul className="company-admin__members">
        {members.map((member) => (
          <li key={member.id} data-testid="company-member">
            <div className="company-admin__member">
              <span>
                <strong>{member.name}</strong> <span className="muted">{member.email}</span>
              </span>
              {members.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setMoving(moving === member.id ? null : member.id);
                    setTargetId('');
                  }}
                  aria-expanded={moving === member.id}
                  data-testid="company-member-move"
                >
                  {t('adminCompanies.move')}
                </button>
              )}
            </div>
            {moving === member.id && (
              <div className="company-admin__move">
                <CompanyChoice
                  label={t('adminCompanies.moveTo', { name: member.name })}
                  exceptId={company.id}
                  value={targetId}
                  onChange={(id) => setTargetId(id)}
                  testId="move-target"
                />
                <button
                  type="button"
                  className="button button--primary"
                  disabled={loading}
                  onClick={() => void submit(member.id, member.name)}
                  data-testid="company-member-move-confirm"
                >
                  {t('adminCompanies.moveConfirm')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {members.length === 1 && <p className="muted">{t('adminCompanies.lastMember')}</p>}
      <OutcomeLine outcome={outcome} testId="company-move-outcome" />
    </section>
  );
}

function CompanyMerge({ company, onChanged }: { company: AdminCompanyFieldsFragment; onChanged: () => void }) {
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [merge, { loading }] = useMutation(MergeCompaniesDocument);

  async function submit() {
    if (!target) return setOutcome({ ok: false, text: t('adminCompanies.chooseTarget') });
    if (!window.confirm(t('adminCompanies.mergeConfirm', { source: company.name, target: target.name }))) return;
    setOutcome(null);
    try {
      const { data } = await merge({ variables: { input: { sourceId: company.id, targetId: target.id } } });
      const payload = data?.mergeCompanies;
      if (payload?.company) {
        setOutcome({ ok: true, text: t('adminCompanies.merged', { source: company.name, target: target.name }) });
        onChanged();
      } else setOutcome({ ok: false, text: payload ? errorMessages(payload.errors) : t('adminCompanies.failed') });
    } catch (caught) {
      setOutcome({ ok: false, text: failureMessage(caught) });
    }
  }

  return (
    <section className="company-admin__section" data-testid="company-merge">
      <h4 className="company-admin__title">{t('adminCompanies.mergeTitle')}</h4>
      <p className="muted">{t('adminCompanies.mergeLead', { name: company.name })}</p>
      <CompanyChoice
        label={t('adminCompanies.mergeInto')}
        exceptId={company.id}
        value={target?.id ?? ''}
        onChange={(id, name) => setTarget({ id, name })}
        testId="merge-target"
      />
      <div className="company-admin__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void submit()}
          data-testid="company-merge-confirm"
        >
          {t('adminCompanies.merge')}
        </button>
        <OutcomeLine outcome={outcome} testId="company-merge-outcome" />
      </div>
    </section>
  );
}

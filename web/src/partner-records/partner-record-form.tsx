import { useMutation, useQuery } from '@apollo/client/react';
import { PARTNER_LIMITS, PARTNER_STATUSES } from '@tt/shared/partner-rules';
import { type FormEvent, useId, useState } from 'react';
import type { PartnerStatus } from '../generated/graphql';
import {
  PartnerOwnerOptionsDocument,
  type PartnerRecordFieldsFragment,
  UpdatePartnerRecordDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { partnerStatusLabel } from '../i18n/labels';
import { failureMessage } from '../ui/form';

/** Where the office stands with the company, who owns the relationship, and the office's notes. */
export function PartnerRecordForm({ record }: { record: PartnerRecordFieldsFragment }) {
  const id = useId();
  const [status, setStatus] = useState<PartnerStatus>(record.status);
  const [ownerId, setOwnerId] = useState(record.owner?.id ?? '');
  const [notes, setNotes] = useState(record.notes);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const owners = (useQuery(PartnerOwnerOptionsDocument).data?.users.edges.map((edge) => edge.node) ?? []).filter(
    (owner) => owner.institution?.id === record.institution.id,
  );
  const [save, { loading }] = useMutation(UpdatePartnerRecordDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    try {
      const { data } = await save({ variables: { input: { id: record.id, status, ownerId: ownerId || null, notes } } });
      const payload = data?.updatePartnerRelationship;
      setOutcome(
        payload?.partnerRelationship
          ? { ok: true, text: t('partnerRecord.saved') }
          : { ok: false, text: payload ? errorMessages(payload.errors) : t('partnerRecords.saveFailed') },
      );
    } catch (caught) {
      setOutcome({ ok: false, text: failureMessage(caught) });
    }
  }

  return (
    <form className="partner-record-form" onSubmit={(event) => void submit(event)} data-testid="partner-record-form">
      <div className="partner-record-form__row">
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-status`}>
            {t('partnerRecords.status')}
          </label>
          <select
            id={`${id}-status`}
            className="input"
            value={status}
            onChange={(event) => setStatus(event.target.value as PartnerStatus)}
            data-testid="partner-record-status"
          >
            {PARTNER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {partnerStatusLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-owner`}>
            {t('partnerRecords.owner')}
          </label>
          <select
            id={`${id}-owner`}
            className="input"
            value={ownerId}
            onChange={(event) => setOwnerId(event.target.value)}
            data-testid="partner-record-owner"
          >
            <option value="">{t('partnerRecords.noOwner')}</option>
            {record.owner && !owners.some((owner) => owner.id === record.owner?.id) && (
              <option value={record.owner.id}>{record.owner.name}</option>
            )}
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-notes`}>
          {t('partnerRecord.notes')}
        </label>
        <p className="form-field__hint" id={`${id}-notes-hint`}>
          {t('partnerRecord.notesHint')}
        </p>
        <textarea
          id={`${id}-notes`}
          className="input"
          rows={6}
          maxLength={PARTNER_LIMITS.notesMax}
          value={notes}
          aria-describedby={`${id}-notes-hint`}
          onChange={(event) => setNotes(event.target.value)}
          data-testid="partner-record-notes"
        />
      </div>
      <div className="partner-record-form__actions">
        <button type="submit" className="button button--primary" disabled={loading} data-testid="partner-record-save">
          {loading ? t('form.sending') : t('partnerRecord.save')}
        </button>
        <span
          role="status"
          className={outcome?.ok === false ? 'form-field__error' : 'muted'}
          data-testid="partner-record-outcome"
        >
          {outcome?.text}
        </span>
      </div>
    </form>
  );
}

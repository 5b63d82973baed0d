import { useMutation } from '@apollo/client/react';
import {
  capacityDay,
  SERVICE_CAPACITY_LIMITS,
  SERVICE_CAPACITY_STATUSES,
  type ServiceCapacityStatus,
  validateServiceCapacity,
} from '@tt/shared/service-capacity';
import { type FormEvent, useId, useState } from 'react';
import type { ServiceCapacityFieldsFragment as ServiceCapacity } from '../generated/graphql';
import { SetServiceCapacityDocument } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from '../ui/form';
import './capacity.css';

interface CapacityForm {
  status: ServiceCapacityStatus;
  fullyBookedUntil: string;
  nextSlotOn: string;
  turnaroundWeeksMin: string;
  turnaroundWeeksMax: string;
}

function formOf(capacity: ServiceCapacity | null): CapacityForm {
  return {
    status: capacity?.status ?? 'NOT_STATED',
    fullyBookedUntil: capacity?.fullyBookedUntil ?? '',
    nextSlotOn: capacity?.nextSlotOn ?? '',
    turnaroundWeeksMin: capacity?.turnaroundWeeksMin?.toString() ?? '',
    turnaroundWeeksMax: capacity?.turnaroundWeeksMax?.toString() ?? '',
  };
}

const weeks = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** What the form sends: the dates that belong to the status only (a date left from another status is dropped). */
function capacityOf(form: CapacityForm) {
  return {
    status: form.status,
    fullyBookedUntil: form.status === 'FULLY_BOOKED' ? form.fullyBookedUntil || null : null,
    nextSlotOn: form.status === 'ACCEPTING_REQUESTS' ? form.nextSlotOn || null : null,
    turnaroundWeeksMin: weeks(form.turnaroundWeeksMin),
    turnaroundWeeksMax: weeks(form.turnaroundWeeksMax),
  };
}

/**
 * The office's editor of a service listing's capacity, in the listing editor: whether it accepts requests, until
 * when it is fully booked, its next free slot and its typical turnaround. Saved on its own (not with the texts).
 */
export function CapacityEditor({
  assetId,
  capacity,
  onSaved,
}: {
  assetId: string;
  capacity: ServiceCapacity | null;
  onSaved?: (capacity: ServiceCapacity | null) => void;
}) {
  const id = useId();
  const [form, setForm] = useState(() => formOf(capacity));
  const [problems, setProblems] = useState<{ field: string | null; text: string }[]>([]);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetServiceCapacityDocument);
  const today = capacityDay();
  const change = (changes: Partial<CapacityForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setSaved(false);
  };
  const problemOf = (field: string) => problems.filter((problem) => problem.field === field).map((p) => p.text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const value = capacityOf(form);
    const invalid = validateServiceCapacity('SERVICE', value, today);
    if (invalid.length > 0) {
      setProblems(invalid.map((problem) => ({ field: problem.field, text: errorMessage(problem) })));
      return;
    }
    setProblems([]);
    try {
      const payload = (await save({ variables: { input: { id: assetId, ...value } } })).data?.setServiceCapacity;
      if (payload && payload.errors.length > 0) {
        setProblems(payload.errors.map((error) => ({ field: error.field ?? null, text: errorMessage(error) })));
        return;
      }
      const stored = payload?.asset?.capacity ?? null;
      setForm(formOf(stored));
      setSaved(true);
      onSaved?.(stored);
    } catch (failure) {
      setProblems([{ field: null, text: failureMessage(failure) }]);
    }
  }

  const general = problems.filter((problem) => !['fullyBookedUntil', 'nextSlotOn'].includes(problem.field ?? ''));
  const dateField = (field: 'fullyBookedUntil' | 'nextSlotOn', label: string, min: string) => {
    const errors = problemOf(field);
    return (
      <div className={`form-field${errors.length ? ' form-field--invalid' : ''}`}>
        <label htmlFor={`${id}-${field}`} className="form-field__label">
          {label}
        </label>
        <input
          id={`${id}-${field}`}
          type="date"
          className="input"
          min={min}
          value={form[field]}
          onChange={(event) => change({ [field]: event.target.value })}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={errors.length ? `${id}-${field}-error` : undefined}
          data-testid={`capacity-${field}`}
        />
        {errors.length > 0 && (
          <p className="form-field__error" id={`${id}-${field}-error`}>
            {errors.join(' ')}
          </p>
        )}
      </div>
    );
  };
  const weeksField = (field: 'turnaroundWeeksMin' | 'turnaroundWeeksMax', label: string) => (
    <div className="form-field">
      <label htmlFor={`${id}-${field}`} className="form-field__label">
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        type="number"
        inputMode="numeric"
        className="input"
        min={SERVICE_CAPACITY_LIMITS.turnaroundWeeksMin}
        max={SERVICE_CAPACITY_LIMITS.turnaroundWeeksMax}
        step={1}
        value={form[field]}
        onChange={(event) => change({ [field]: event.target.value })}
        data-testid={`capacity-${field}`}
      />
    </div>
  );

  return (
    <section className="panel capacity-editor" aria-labelledby={`${id}-title`} data-testid="capacity-editor">
      <h2 id={`${id}-title`} className="panel__title">
        {t('capacity.editor.title')}
      </h2>
      <p className="publication__note">{t('capacity.editor.intro')}</p>
      <form className="action-form" onSubmit={submit} noValidate>
        <fieldset className="form-fieldset">
          <legend className="form-field__label">{t('capacity.editor.status')}</legend>
          {SERVICE_CAPACITY_STATUSES.map((status) => (
            <div className="checkbox-field" key={status}>
              <input
                id={`${id}-status-${status}`}
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={form.status === status}
                onChange={() => change({ status })}
                data-testid={`capacity-status-${status}`}
              />
              <label htmlFor={`${id}-status-${status}`}>{t(`capacity.editor.statusOption.${status}`)}</label>
            </div>
          ))}
        </fieldset>
        {form.status === 'FULLY_BOOKED' && dateField('fullyBookedUntil', t('capacity.editor.until'), today)}
        {form.status === 'ACCEPTING_REQUESTS' && dateField('nextSlotOn', t('capacity.editor.nextSlot'), today)}
        <div className="capacity-editor__weeks">
          {weeksField('turnaroundWeeksMin', t('capacity.editor.turnaroundMin'))}
          {weeksField('turnaroundWeeksMax', t('capacity.editor.turnaroundMax'))}
        </div>
        {general.length > 0 && (
          <p className="form-field__error" role="alert" data-testid="capacity-errors">
            {general.map((problem) => problem.text).join(' ')}
          </p>
        )}
        <LiveRegion>
          {saved && (
            <p className="office-message office-message--success" data-testid="capacity-saved">
              {t('capacity.editor.saved')}
            </p>
          )}
        </LiveRegion>
        <div className="action-form__buttons">
          <button type="submit" className="button button--primary" disabled={loading} data-testid="capacity-save">
            {loading && <span className="spinner spinner--small" aria-hidden="true" />}
            {t('capacity.editor.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

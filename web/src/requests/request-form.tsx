import {
  isoDay,
  latestDeadline,
  REQUEST_LIMITS,
  type TechnologyRequestData,
  validateTechnologyRequest,
} from '@tt/shared/technology-request-rules';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { BudgetBand, PartneringModel, RequestVisibility, UserErrorFieldsFragment } from '../generated/graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { partneringModelLabel, trlDescription } from '../i18n/labels';
import { CheckboxGroup, FieldError, FieldGroup, SelectInput, TextInput } from '../listings/editor-fields';
import { fieldDomId, type SectorOption } from '../listings/listing-draft';
import { SectorPicker } from '../listings/sector-picker';
import { FieldLink, failureMessage, ProblemSummary, SubmitButton } from '../ui/form';
import { BUDGET_BANDS, budgetBandLabel } from './request-labels';
import { ALL_REQUEST_MODELS } from './request-search-state';
import type { RequestView } from './request-view';

/** What the form holds: the request as it is to be. */
export interface RequestDraft {
  title: string;
  description: string;
  motivation: string;
  sectorIds: string[];
  trlMin: number;
  trlMax: number;
  partneringModels: PartneringModel[];
  budgetBand: BudgetBand | '';
  deadline: string;
  visibility: RequestVisibility;
}

/** A new request: open for three months, public, across the middle of the TRL scale. */
export function emptyDraft(now: Date = new Date()): RequestDraft {
  return {
    title: '',
    description: '',
    motivation: '',
    sectorIds: [],
    trlMin: 3,
    trlMax: 6,
    partneringModels: [],
    budgetBand: '',
    deadline: isoDay(new Date(now.getTime() + 90 * 86_400_000)),
    visibility: 'PUBLIC',
  };
}

export function draftOf(request: RequestView): RequestDraft {
  return {
    title: request.title,
    description: request.description,
    motivation: request.motivation,
    sectorIds: request.sectors.map((sector) => sector.id),
    trlMin: request.trlMin,
    trlMax: request.trlMax,
    partneringModels: [...request.partneringModels],
    budgetBand: request.budgetBand ?? '',
    deadline: request.deadline,
    visibility: request.visibility,
  };
}

const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const LABELS: Record<string, () => string> = {
  title: () => t('requests.form.title'),
  description: () => t('requests.form.description'),
  motivation: () => t('requests.form.motivation'),
  sectorIds: () => t('listing.field.sectors'),
  trlMin: () => t('requests.form.trlMin'),
  trlMax: () => t('requests.form.trlMax'),
  partneringModels: () => t('requests.form.partneringModels'),
  budgetBand: () => t('requests.form.budget'),
  deadline: () => t('requests.form.deadline'),
  visibility: () => t('requests.form.visibility'),
};

/**
 * The form a company member publishes a request with, or edits it: the shared rules checked as they type (once
 * they tried to send it), the server's answers under the fields they name.
 */
export function RequestForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  sectors,
}: {
  initial: RequestDraft;
  submitLabel: string;
  /** Sends the draft; answers the server's errors (none: done). */
  onSubmit: (draft: RequestDraft) => Promise<readonly UserErrorFieldsFragment[]>;
  onCancel: () => void;
  sectors: readonly SectorOption[];
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  const today = isoDay(new Date());
  const data: TechnologyRequestData = { ...draft, sectorCount: draft.sectorIds.length };
  const problems = [...(tried ? validateTechnologyRequest(data, today) : []), ...serverErrors];
  const errorOf = (field: string) => {
    const found = problems.find((problem) => problem.field === field || problem.field?.startsWith(`${field}.`));
    return found ? errorMessage(found) : undefined;
  };
  const update = (changes: Partial<RequestDraft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    // A server error is about the value it was given.
    setServerErrors((current) => current.filter((error) => !error.field || !(error.field.split('.')[0]! in changes)));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setTried(true);
    if (validateTechnologyRequest(data, today).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      const errors = await onSubmit(draft);
      setServerErrors(errors);
      if (errors.length > 0) setRefusals((count) => count + 1);
    } catch (error) {
      setFailure(failureMessage(error));
      setRefusals((count) => count + 1);
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="request-form" onSubmit={(event) => void submit(event)} noValidate data-testid="request-form">
      {refusals > 0 && (problems.length > 0 || failure) && (
        <ProblemSummary
          ref={summary}
          headingId={`${id}-problems`}
          title={t('form.summaryTitle')}
          testId="error-summary"
        >
          <ul className="error-summary__list">
            {failure && <li data-testid="form-error">{failure}</li>}
            {problems.map((problem) => {
              const field = problem.field ?? '';
              const name = LABELS[field.split('.')[0] ?? '']?.();
              return (
                <li key={`${field}-${problem.code}`}>
                  {field ? (
                    <FieldLink id={fieldDomId(field.split('.')[0] ?? field)}>
                      {name ? `${name}: ` : ''}
                      {errorMessage(problem)}
                    </FieldLink>
                  ) : (
                    errorMessage(problem)
                  )}
                </li>
              );
            })}
          </ul>
        </ProblemSummary>
      )}

      <section className="panel request-form__section" aria-labelledby={`${id}-what`}>
        <h2 id={`${id}-what`} className="panel__title">
          {t('requests.form.whatSection')}
        </h2>
        <TextInput
          field="title"
          label={LABELS.title!()}
          hint={t('requests.form.titleHint')}
          value={draft.title}
          onChange={(title) => update({ title })}
          error={errorOf('title')}
          max={REQUEST_LIMITS.titleMax}
        />
        <TextInput
          field="description"
          label={LABELS.description!()}
          hint={t('requests.form.descriptionHint')}
          value={draft.description}
          onChange={(description) => update({ description })}
          error={errorOf('description')}
          rows={7}
          max={REQUEST_LIMITS.textMax}
        />
        <TextInput
          field="motivation"
          label={LABELS.motivation!()}
          hint={t('requests.form.motivationHint')}
          value={draft.motivation}
          onChange={(motivation) => update({ motivation })}
          error={errorOf('motivation')}
          rows={4}
          max={REQUEST_LIMITS.textMax}
          optional
        />
      </section>

      <section className="panel request-form__section" aria-labelledby={`${id}-fit`}>
        <h2 id={`${id}-fit`} className="panel__title">
          {t('requests.form.fitSection')}
        </h2>
        <SectorPicker
          sectors={sectors}
          chosen={draft.sectorIds}
          onChange={(sectorIds) => update({ sectorIds })}
          error={errorOf('sectorIds')}
          max={REQUEST_LIMITS.maxSectors}
          hint={t('requests.form.sectorsHint', { max: REQUEST_LIMITS.maxSectors })}
        />
        <FieldGroup field="trl" legend={t('catalogue.facet.trl')} hint={t('requests.form.trlHint')} error={undefined}>
          <div className="request-form__pair">
            <SelectInput
              field="trlMin"
              label={LABELS.trlMin!()}
              value={String(draft.trlMin)}
              onChange={(value) => update({ trlMin: Number(value) })}
              options={TRLS.map((level) => ({ value: String(level), label: `${level} · ${trlDescription(level)}` }))}
              error={errorOf('trlMin')}
            />
            <SelectInput
              field="trlMax"
              label={LABELS.trlMax!()}
              value={String(draft.trlMax)}
              onChange={(value) => update({ trlMax: Number(value) })}
              options={TRLS.map((level) => ({ value: String(level), label: `${level} · ${trlDescription(level)}` }))}
              error={errorOf('trlMax')}
            />
          </div>
        </FieldGroup>
        <CheckboxGroup
          field="partneringModels"
          legend={LABELS.partneringModels!()}
          hint={t('requests.form.partneringModelsHint')}
          values={draft.partneringModels}
          options={ALL_REQUEST_MODELS.map((value) => ({ value, label: partneringModelLabel(value) }))}
          onChange={(partneringModels) => update({ partneringModels })}
          error={errorOf('partneringModels')}
        />
        <SelectInput
          field="budgetBand"
          label={LABELS.budgetBand!()}
          hint={t('requests.form.budgetHint')}
          value={draft.budgetBand}
          onChange={(value) => update({ budgetBand: value as BudgetBand | '' })}
          options={BUDGET_BANDS.map((value) => ({ value, label: budgetBandLabel(value) }))}
          placeholder={t('requests.form.budgetNone')}
          error={errorOf('budgetBand')}
        />
      </section>

      <section className="panel request-form__section" aria-labelledby={`${id}-when`}>
        <h2 id={`${id}-when`} className="panel__title">
          {t('requests.form.whenSection')}
        </h2>
        <div className={`form-field${errorOf('deadline') ? ' form-field--invalid' : ''}`}>
          <label className="form-field__label" htmlFor={fieldDomId('deadline')}>
            {LABELS.deadline!()}
          </label>
          <div className="form-field__hint" id={`${fieldDomId('deadline')}-hint`}>
            {t('requests.form.deadlineHint', { months: REQUEST_LIMITS.deadlineMaxMonths })}
          </div>
          <input
            id={fieldDomId('deadline')}
            type="date"
            className="input request-form__date"
            value={draft.deadline}
            min={isoDay(new Date(Date.now() + 86_400_000))}
            max={latestDeadline(today)}
            onChange={(event) => update({ deadline: event.target.value })}
            aria-describedby={`${fieldDomId('deadline')}-hint`}
            aria-invalid={errorOf('deadline') ? true : undefined}
            data-testid="deadline"
          />
          <FieldError field="deadline" message={errorOf('deadline')} />
        </div>
        <fieldset className="form-field request-form__visibility" id={fieldDomId('visibility')} tabIndex={-1}>
          <legend className="form-field__label">{LABELS.visibility!()}</legend>
          {(['PUBLIC', 'OFFICES'] as const).map((value) => (
            <div className="request-form__choice" key={value}>
              <div className="checkbox-field">
                <input
                  id={`${id}-visibility-${value}`}
                  type="radio"
                  name={`${id}-visibility`}
                  checked={draft.visibility === value}
                  onChange={() => update({ visibility: value })}
                  aria-describedby={`${id}-visibility-${value}-hint`}
                  data-testid={`visibility-${value.toLowerCase()}`}
                />
                <label htmlFor={`${id}-visibility-${value}`}>
                  {value === 'PUBLIC' ? t('requests.form.public') : t('requests.form.offices')}
                </label>
              </div>
              <p className="form-field__hint" id={`${id}-visibility-${value}-hint`}>
                {value === 'PUBLIC' ? t('requests.form.publicHint') : t('requests.form.officesHint')}
              </p>
            </div>
          ))}
        </fieldset>
      </section>

      <div className="request-form__actions">
        <SubmitButton sending={sending} className="button button--accent" testId="save-request">
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

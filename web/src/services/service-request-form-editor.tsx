import { useMutation, useQuery } from '@apollo/client/react';
import {
  FormFieldKind,
  SERVICE_FORM_LABEL_MAX_LENGTH,
  SERVICE_FORM_MAX_FIELDS,
} from '@tt/shared/service-request-forms';
import { useEffect, useId, useState } from 'react';
import type { FormFieldInput, FormFieldKind as FormFieldKindValue } from '../generated/graphql';
import {
  ResetServiceRequestFormDocument,
  SaveServiceRequestFormDocument,
  type ServiceFormFieldsFragment,
  ServiceRequestFormOfAssetDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { type MessageKey, t } from '../i18n/i18n';
import { Notice } from '../ui/form';
import './services.css';

/** A field as the editor holds it: a CHOICE's options as lines "English | Italian". */
interface EditedField {
  id: string;
  key: string;
  kind: FormFieldKindValue;
  labelEn: string;
  labelIt: string;
  required: boolean;
  min: string;
  max: string;
  options: string;
}

let nextId = 0;
const newId = () => `field-${++nextId}`;

function edited(form: ServiceFormFieldsFragment): EditedField[] {
  return form.fields.map((field) => ({
    id: newId(),
    key: field.key,
    kind: field.kind,
    labelEn: field.labelEn,
    labelIt: field.labelIt,
    required: field.required,
    min: field.min === null ? '' : String(field.min),
    max: field.max === null ? '' : String(field.max),
    options: field.kind === 'CHOICE' ? field.options.map((o) => `${o.labelEn} | ${o.labelIt}`).join('\n') : '',
  }));
}

/** An option's key from its English label: stable while the label stays. */
const optionKey = (label: string, index: number) =>
  label
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40) || `OPTION_${index + 1}`;

function toInput(field: EditedField): FormFieldInput {
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    key: field.key.trim(),
    kind: field.kind,
    labelEn: field.labelEn,
    labelIt: field.labelIt,
    required: field.required,
    min: field.kind === 'INTEGER' ? number(field.min) : null,
    max: field.kind === 'INTEGER' ? number(field.max) : null,
    options:
      field.kind === 'CHOICE'
        ? field.options
            .split('\n')
            .filter((line) => line.trim())
            .map((line, index) => {
              const [en = '', it = ''] = line.split('|').map((part) => part.trim());
              return { key: optionKey(en, index), labelEn: en, labelIt: it || en };
            })
        : null,
  };
}

/** A key for a new field: unique in the form. */
function freshKey(fields: readonly EditedField[]): string {
  for (let n = fields.length + 1; ; n++) if (!fields.some((field) => field.key === `field_${n}`)) return `field_${n}`;
}

/**
 * The request form of a service listing, in its office's editor: fields added, removed and reordered, each with its
 * kind, labels in English and Italian, and whether it is required. Saved on its own (the form is not the listing's
 * text); the default of the platform's kind applies until it is saved.
 */
export function ServiceRequestFormEditor({ assetId }: { assetId: string }) {
  const headingId = useId();
  const { data, loading, error } = useQuery(ServiceRequestFormOfAssetDocument, { variables: { id: assetId } });
  const node = data?.node;
  const form = node?.__typename === 'Asset' ? node.serviceRequestForm : null;
  const [fields, setFields] = useState<EditedField[] | null>(null);
  const [problems, setProblems] = useState<{ field: string | null; text: string }[]>([]);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const [save, saving] = useMutation(SaveServiceRequestFormDocument);
  const [reset, resetting] = useMutation(ResetServiceRequestFormDocument);

  useEffect(() => {
    if (form && fields === null) setFields(edited(form));
  }, [form, fields]);

  if (loading && !data) return <span className="spinner" role="status" aria-label={t('common.loading')} />;
  if (error || !form || !fields)
    return error ? (
      <Notice tone="warning">
        <p>{t('services.editor.loadFailed')}</p>
      </Notice>
    ) : null;

  const change = (id: string, patch: Partial<EditedField>) =>
    setFields((current) => current!.map((field) => (field.id === id ? { ...field, ...patch } : field)));
  const move = (index: number, by: -1 | 1) =>
    setFields((current) => {
      const next = [...current!];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });

  async function onSave() {
    setNotice(null);
    const result = await save({ variables: { input: { assetId, fields: fields!.map(toInput) } } });
    const payload = result.data?.saveServiceRequestForm;
    const errors = payload?.errors ?? [];
    setProblems(errors.map((e) => ({ field: e.field, text: errorMessage(e) })));
    if (!errors.length && payload?.asset?.serviceRequestForm) {
      setFields(edited(payload.asset.serviceRequestForm));
      setNotice('services.editor.saved');
    }
  }

  async function onReset() {
    setNotice(null);
    const result = await reset({ variables: { input: { assetId } } });
    const saved = result.data?.resetServiceRequestForm.asset?.serviceRequestForm;
    if (saved) {
      setFields(edited(saved));
      setProblems([]);
      setNotice('services.editor.resetDone');
    }
  }

  const problemOf = (index: number) =>
    problems.filter((p) => p.field?.startsWith(`fields.${index}.`)).map((p) => p.text);
  const general = problems.filter((p) => !p.field?.match(/^fields\.\d+\./)).map((p) => p.text);

  return (
    <section className="service-form-editor panel" aria-labelledby={headingId} data-testid="service-form-editor">
      <h2 id={headingId} className="service-form-editor__title">
        {t('services.editor.title')}
      </h2>
      <p className="muted">{t('services.editor.lead')}</p>
      <p className="service-form-editor__state" data-testid="service-form-state">
        {form.isDefault ? t('services.editor.default') : t('services.editor.own')}
      </p>
      {notice && (
        <Notice tone="success" testId="service-form-notice">
          <p>{t(notice)}</p>
        </Notice>
      )}
      {general.length > 0 && (
        <Notice tone="warning" testId="service-form-problems">
          {general.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </Notice>
      )}
      <ol className="service-form-editor__fields">
        {fields.map((field, index) => {
          const prefix = `${headingId}-${field.id}`;
          const fieldProblems = problemOf(index);
          return (
            <li key={field.id} className="service-form-editor__field" data-testid="service-form-field">
              <fieldset>
                <legend>{t('services.editor.field', { number: index + 1 })}</legend>
                <div className="service-form-editor__row">
                  <label htmlFor={`${prefix}-en`}>
                    {t('services.editor.labelEn')}
                    <input
                      id={`${prefix}-en`}
                      className="input"
                      lang="en"
                      value={field.labelEn}
                      maxLength={SERVICE_FORM_LABEL_MAX_LENGTH}
                      onChange={(event) => change(field.id, { labelEn: event.target.value })}
                    />
                  </label>
                  <label htmlFor={`${prefix}-it`}>
                    {t('services.editor.labelIt')}
                    <input
                      id={`${prefix}-it`}
                      className="input"
                      lang="it"
                      value={field.labelIt}
                      maxLength={SERVICE_FORM_LABEL_MAX_LENGTH}
                      onChange={(event) => change(field.id, { labelIt: event.target.value })}
                    />
                  </label>
                </div>
                <div className="service-form-editor__row">
                  <label htmlFor={`${prefix}-kind`}>
                    {t('services.editor.kind')}
                    <select
                      id={`${prefix}-kind`}
                      className="input select"
                      value={field.kind}
                      onChange={(event) => change(field.id, { kind: event.target.value as FormFieldKindValue })}
                    >
                      {Object.values(FormFieldKind).map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`enum.FormFieldKind.${kind}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label htmlFor={`${prefix}-key`}>
                    {t('services.editor.key')}
                    <input
                      id={`${prefix}-key`}
                      className="input"
                      value={field.key}
                      spellCheck={false}
                      autoCapitalize="none"
                      maxLength={40}
                      onChange={(event) => change(field.id, { key: event.target.value })}
                    />
                  </label>
                  <label className="checkbox-field service-form-editor__required" htmlFor={`${prefix}-required`}>
                    <input
                      id={`${prefix}-required`}
                      type="checkbox"
                      checked={field.required}
                      onChange={(event) => change(field.id, { required: event.target.checked })}
                    />
                    {t('services.editor.required')}
                  </label>
                </div>
                {field.kind === 'INTEGER' && (
                  <div className="service-form-editor__row">
                    <label htmlFor={`${prefix}-min`}>
                      {t('services.editor.min')}
                      <input
                        id={`${prefix}-min`}
                        className="input"
                        type="number"
                        inputMode="numeric"
                        value={field.min}
                        onChange={(event) => change(field.id, { min: event.target.value })}
                      />
                    </label>
                    <label htmlFor={`${prefix}-max`}>
                      {t('services.editor.max')}
                      <input
                        id={`${prefix}-max`}
                        className="input"
                        type="number"
                        inputMode="numeric"
                        value={field.max}
                        onChange={(event) => change(field.id, { max: event.target.value })}
                      />
                    </label>
                  </div>
                )}
                {field.kind === 'CHOICE' && (
                  <label htmlFor={`${prefix}-options`} className="service-form-editor__options">
                    {t('services.editor.options')}
                    <textarea
                      id={`${prefix}-options`}
                      className="input textarea"
                      rows={4}
                      value={field.options}
                      onChange={(event) => change(field.id, { options: event.target.value })}
                    />
                  </label>
                )}
                {fieldProblems.length > 0 && (
                  <p className="form-field__error" data-testid="service-form-field-error">
                    {fieldProblems.join(' ')}
                  </p>
                )}
                <div className="service-form-editor__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('services.editor.up')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('services.editor.down')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setFields((current) => current!.filter((f) => f.id !== field.id))}
                  >
                    {t('services.editor.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="service-form-editor__footer">
        <button
          type="button"
          className="button button--secondary"
          disabled={fields.length >= SERVICE_FORM_MAX_FIELDS}
          onClick={() =>
            setFields((current) => [
              ...current!,
              {
                id: newId(),
                key: freshKey(current!),
                kind: 'TEXT',
                labelEn: '',
                labelIt: '',
                required: false,
                min: '',
                max: '',
                options: '',
              },
            ])
          }
          data-testid="service-form-add"
        >
          {t('services.editor.add')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={saving.loading}
          onClick={() => void onSave()}
          data-testid="service-form-save"
        >
          {saving.loading ? t('services.editor.saving') : t('services.editor.save')}
        </button>
        {!form.isDefault && (
          <button
            type="button"
            className="button button--secondary"
            disabled={resetting.loading}
            onClick={() => void onReset()}
            data-testid="service-form-reset"
          >
            {t('services.editor.reset')}
          </button>
        )}
      </div>
    </section>
  );
}

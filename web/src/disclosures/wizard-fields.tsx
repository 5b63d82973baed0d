import type { ReactNode } from 'react';
import type { Language } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { langOfText } from '../i18n/written-language';
import { type DisclosureValues, fieldDomId, type TextFieldName } from './disclosure-form';

/** What every step of the form receives: the values, a way to change them and the messages to show now. */
export interface StepProps {
  values: DisclosureValues;
  update: (recipe: (current: DisclosureValues) => DisclosureValues) => void;
  /** The field's message to show now (validation of a step that was checked, or the server's). */
  error: (field: string) => string | undefined;
  /** The language the disclosure's texts were written in (marked on them, the page's may differ). */
  language?: Language;
}

/**
 * A labelled input of the wizard, identified by its field path (`inventors.0.name`): the id the
 * error summaries link to, its hint and its message tied to it through aria-describedby.
 */
export function WizardField({
  field,
  label,
  hint,
  error,
  optional,
  below,
  className,
  children,
}: {
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  below?: ReactNode;
  className?: string;
  children: (props: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const id = fieldDomId(field);
  const describedBy = [hint ? `${id}-hint` : '', below ? `${id}-below` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-field${error ? ' form-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="form-field__label">
        {label}
        {optional && <span className="form-field__optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <div className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {below && (
        <div className="form-field__below" id={`${id}-below`}>
          {below}
        </div>
      )}
      {error && (
        <p className="form-field__error" id={`${id}-error`} data-testid={`error-${field}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A one-line or multi-line text of the wizard. */
export function WizardText({
  field,
  label,
  hint,
  value,
  onChange,
  error,
  optional,
  rows,
  maxLength,
  minLength,
  placeholder,
  autoComplete,
  inputMode,
  className,
  suffix,
  lang,
}: {
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
  /** A text area of this many rows; a one-line input without. */
  rows?: number;
  maxLength: number;
  /** Shows how many characters are still needed while the text is shorter. */
  minLength?: number;
  placeholder?: string;
  autoComplete?: string;
  inputMode?: 'decimal' | 'text';
  className?: string;
  /** After a one-line input, e.g. "%". */
  suffix?: string;
  /** The language of the text it holds, when it is known. */
  lang?: string;
}) {
  const length = value.trim().length;
  const below =
    minLength && !error && length > 0 && length < minLength ? (
      <span data-testid={`more-${field}`}>{t('disclosures.field.moreNeeded', { count: minLength - length })}</span>
    ) : rows && length > maxLength * 0.9 ? (
      <span className={length > maxLength ? 'form-field__counter is-over' : 'form-field__counter'}>
        {t('form.charactersLeft', { count: maxLength - length })}
      </span>
    ) : undefined;
  return (
    <WizardField
      field={field}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      below={below}
      className={className}
    >
      {(props) =>
        rows ? (
          <textarea
            className="input textarea"
            rows={rows}
            value={value}
            maxLength={maxLength}
            placeholder={placeholder}
            lang={lang}
            onChange={(event) => onChange(event.target.value)}
            {...props}
          />
        ) : (
          <TextInput suffix={suffix}>
            <input
              className="input"
              value={value}
              maxLength={maxLength}
              placeholder={placeholder}
              autoComplete={autoComplete ?? 'off'}
              inputMode={inputMode}
              lang={lang}
              onChange={(event) => onChange(event.target.value)}
              {...props}
            />
          </TextInput>
        )
      }
    </WizardField>
  );
}

/** A one-line input, followed by its unit (e.g. "%") where it has one. */
function TextInput({ suffix, children }: { suffix?: string; children: ReactNode }) {
  if (!suffix) return children;
  return (
    <span className="input-suffix">
      {children}
      <span className="field-adornment input-suffix__text" aria-hidden="true">
        {suffix}
      </span>
    </span>
  );
}

/** What ties a WizardText to one text of the values: its field path, its value, its change and its message. */
export type BoundText = {
  field: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  lang?: string;
};

/** The wizard's texts by name (`priorArt`), bound to the values of a step. */
export function textsOf({ values, update, error, language }: StepProps) {
  return (name: TextFieldName): BoundText => ({
    field: name,
    value: values[name],
    lang: langOfText(values[name], language),
    onChange: (value) => update((current) => ({ ...current, [name]: value })),
    error: error(name),
  });
}

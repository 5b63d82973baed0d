// The listing editor's field components: labelled inputs tied to their hint and error, editable lists,
// chips and checkbox groups. Each input's id is the DOM id of its API field path (see fieldDomId), so
// that a problem anywhere (publication issues, the server's errors) links to its field.
import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { getLocale, t } from '../i18n/i18n';
import { SelectOptions } from '../ui/form';
import { CloseIcon } from '../ui/icons';
import { fieldDomId } from './listing-draft';

export type ErrorOf = (field: string) => string | undefined;

/**
 * What a remove button names: the item's own text when it is in the page's language, else its place ("Application 2"),
 * since a label cannot mark a part of itself as another language.
 */
const removedItem = (text: string, lang: string | undefined, place: string) =>
  (!lang || lang === getLocale()) && text.trim() ? text.trim() : place;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function FieldError({ field, message }: { field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="form-field__error" id={`${fieldDomId(field)}-error`} data-testid={`error-${field}`}>
      {message}
    </p>
  );
}

/** Where a text is written in one language: the language of its inputs, and a badge beside the label (a translation missing). */
export interface WrittenIn {
  /** The `lang` of what is typed (`en`, `it`): read aloud and spell-checked in that language */
  lang?: string;
  badge?: ReactNode;
}

/** The top of every field of the editor: its label ("optional" where it may stay empty), then its hint. */
function FieldHead({
  id,
  label,
  hint,
  optional,
  badge,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  badge?: ReactNode;
}) {
  return (
    <>
      <label htmlFor={id} className="form-field__label">
        {label}
        {optional && <span className="form-field__optional"> {t('form.optional')}</span>}
      </label>
      {badge}
      {hint !== undefined && (
        <div className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </>
  );
}

/** A one-line or multi-line text, with a hint and, when `max` is given, the characters left. */
export function TextInput({
  field,
  label,
  value,
  onChange,
  error,
  hint,
  max,
  rows,
  optional,
  lang,
  badge,
  type,
}: {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: ReactNode;
  max?: number;
  /** A text area of this many rows (an input without) */
  rows?: number;
  optional?: boolean;
  /** For a one-line input: `date` for a day (YYYY-MM-DD) */
  type?: 'text' | 'date';
} & WrittenIn) {
  const id = fieldDomId(field);
  const left = max === undefined ? null : max - value.length;
  const props = {
    id,
    lang,
    className: rows ? 'input textarea' : 'input',
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(
      hint !== undefined && `${id}-hint`,
      left !== null && `${id}-count`,
      error && `${id}-error`,
    ),
  };
  return (
    <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} optional={optional} badge={badge} />
      {rows ? <textarea rows={rows} {...props} /> : <input type={type} {...props} />}
      {left !== null && (
        <div className="form-field__below" id={`${id}-count`}>
          <span
            className={left < 0 ? 'form-field__counter is-over' : 'form-field__counter'}
            data-testid={`count-${field}`}
          >
            {t('form.charactersLeft', { count: left })}
          </span>
        </div>
      )}
      <FieldError field={field} message={error} />
    </div>
  );
}

/** A choice from a list. */
export function SelectInput({
  field,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  placeholder,
}: {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error: string | undefined;
  hint?: ReactNode;
  placeholder?: string;
}) {
  const id = fieldDomId(field);
  return (
    <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} />
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        <SelectOptions options={options} placeholder={placeholder} />
      </select>
      <FieldError field={field} message={error} />
    </div>
  );
}

/**
 * A group of related inputs under a legend (checkboxes, rows): the legend's container takes the
 * focus when a problem about the whole group is followed.
 */
export function FieldGroup({
  field,
  legend,
  hint,
  error,
  children,
  className,
  badge,
}: {
  field: string;
  legend: string;
  hint?: ReactNode;
  error: string | undefined;
  children: ReactNode;
  className?: string;
  badge?: ReactNode;
}) {
  const id = fieldDomId(field);
  return (
    <fieldset
      className={`form-field editor-group${error ? ' form-field--invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="form-field__label editor-group__legend" id={id} tabIndex={-1}>
        {legend}
      </legend>
      {badge}
      {hint !== undefined && (
        <div className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {children}
      <FieldError field={field} message={error} />
    </fieldset>
  );
}

/** Checkboxes for a set of values. */
export function CheckboxGroup<T extends string>({
  field,
  legend,
  hint,
  values,
  options,
  onChange,
  error,
}: {
  field: string;
  legend: string;
  hint?: ReactNode;
  values: readonly T[];
  options: readonly { value: T; label: string }[];
  onChange: (values: T[]) => void;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <FieldGroup field={field} legend={legend} hint={hint} error={error}>
      <div className="editor-checks">
        {options.map((option) => (
          <div className="checkbox-field" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? options.map((o) => o.value).filter((v) => v === option.value || values.includes(v))
                    : values.filter((value) => value !== option.value),
                )
              }
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </FieldGroup>
  );
}

/** A list of one-line texts (applications, patent numbers): a row each, added and removed one by one. */
export function ListInput({
  field,
  legend,
  hint,
  items,
  onChange,
  errorOf,
  itemLabel,
  addLabel,
  placeholder,
  max,
  lang,
  badge,
}: {
  field: string;
  legend: string;
  hint?: ReactNode;
  items: readonly string[];
  onChange: (items: string[]) => void;
  errorOf: ErrorOf;
  /** "Application 2", for the input's accessible name */
  itemLabel: (index: number) => string;
  addLabel: string;
  placeholder?: string;
  max: number;
} & WrittenIn) {
  const set = (index: number, value: string) => onChange(items.map((item, i) => (i === index ? value : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  return (
    <FieldGroup field={field} legend={legend} hint={hint} error={errorOf(field)} badge={badge}>
      {items.length > 0 && (
        <ol className="editor-rows">
          {items.map((item, index) => {
            const path = `${field}.${index}`;
            const error = errorOf(path);
            const id = fieldDomId(path);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
              <li key={index} className="editor-row">
                <div className="editor-row__fields">
                  <label htmlFor={id} className="visually-hidden">
                    {itemLabel(index)}
                  </label>
                  <input
                    id={id}
                    lang={lang}
                    className="input"
                    value={item}
                    placeholder={placeholder}
                    onChange={(event) => set(index, event.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />
                  <FieldError field={path} message={error} />
                </div>
                <RemoveButton
                  label={t('listing.remove', { item: removedItem(item, lang, itemLabel(index)) })}
                  onClick={() => remove(index)}
                />
              </li>
            );
          })}
        </ol>
      )}
      {items.length < max && (
        <button
          type="button"
          className="button button--secondary button--small editor-add"
          onClick={() => onChange([...items, ''])}
        >
          + {addLabel}
        </button>
      )}
    </FieldGroup>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="editor-remove" onClick={onClick} aria-label={label} title={label}>
      <CloseIcon />
    </button>
  );
}

/** Short words (keywords) as chips: typed and added with Enter or the button, removed with their ×. */
export function ChipsInput({
  field,
  label,
  hint,
  values,
  onChange,
  errorOf,
  max,
  maxLength,
  lang,
  badge,
}: {
  field: string;
  label: string;
  hint?: ReactNode;
  values: readonly string[];
  onChange: (values: string[]) => void;
  errorOf: ErrorOf;
  max: number;
  maxLength: number;
} & WrittenIn) {
  const [text, setText] = useState('');
  const id = fieldDomId(field);
  const error = errorOf(field) ?? values.map((_, index) => errorOf(`${field}.${index}`)).find(Boolean);

  function add() {
    const words = text
      .split(',')
      .map((word) => word.trim())
      .filter((word) => word && !values.some((value) => value.toLowerCase() === word.toLowerCase()));
    if (words.length > 0) onChange([...values, ...words].slice(0, max));
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && !text && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  return (
    <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} badge={badge} />
      {values.length > 0 && (
        <ul className="editor-chips" aria-label={label} lang={lang}>
          {values.map((value, index) => (
            <li key={value} className="chip editor-chip">
              {value}
              <button
                type="button"
                className="editor-chip__remove"
                onClick={() => onChange(values.filter((other) => other !== value))}
                aria-label={t('listing.remove', { item: removedItem(value, lang, `${label} ${index + 1}`) })}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      {values.length < max && (
        <div className="editor-chips__add">
          <input
            id={id}
            lang={lang}
            className="input"
            value={text}
            maxLength={maxLength}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
          />
          <button type="button" className="button button--secondary" onClick={add} disabled={!text.trim()}>
            {t('listing.add')}
          </button>
        </div>
      )}
      <FieldError field={field} message={error} />
    </div>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { EMAIL_MAX_LENGTH } from '@tt/shared/limits';
import { isEmail, normalizeEmail } from '@tt/shared/password-policy';
import {
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { UserErrorFieldsFragment } from '../generated/graphql';
import { type CodedError, errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import './form.css';

// Forms that validate as the user types (once a field has been left, or after a first submit),
// show the server's field errors under the fields they name, and list every problem in a summary
// that takes the focus when a submit fails.

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
type Values<K extends string> = Record<K, string>;

/** What a submit handler answers: the server's errors (none: it worked). */
type SubmitOutcome = readonly UserErrorFieldsFragment[] | undefined;

export interface FormState<K extends string> {
  values: Values<K>;
  set: (name: K, value: string) => void;
  /** Replaces the values (after a save, the saved ones) and forgets errors and touched fields. */
  reset: (values: Values<K>) => void;
  /** The error to show under a field now, if any. */
  error: (name: K) => string | undefined;
  /** Errors that belong to no field (wrong password, too many attempts, a failed request). */
  generalErrors: string[];
  /** Every error shown now, field by field, for the summary. */
  shownErrors: { name: K; message: string }[];
  sending: boolean;
  /** Counts failed submits: the summary takes the focus each time it changes. */
  failedSubmits: number;
  id: (name: K) => string;
  inputProps: (name: K) => {
    id: string;
    name: string;
    value: string;
    'aria-invalid': boolean | undefined;
    'aria-describedby': string | undefined;
    onChange: (event: { target: { value: string } }) => void;
    onBlur: () => void;
  };
  /** Registers the descriptions of a field (hint above it, feedback under it): their ids join aria-describedby. */
  hintId: (name: K) => string;
  belowId: (name: K) => string;
  setDescriptions: (name: K, ids: readonly string[]) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  setGeneralErrors: (errors: string[]) => void;
}

const toDomId = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '-');

// The kinds of GraphQL error a person can act on: signed out, not allowed, input to correct, a limit reached.
const ACTIONABLE = ['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS'];

/**
 * The message of a failure: an authorization, input or rate-limit error ("…; try again in 10 minutes.") worded
 * from its code in the active language, else a generic one.
 */
export function failureMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const known = error.errors.find((item) =>
      ACTIONABLE.includes(String(item.extensions?.category ?? item.extensions?.code ?? '')),
    );
    if (!known) return t('form.unexpected');
    const { category, code, params } = known.extensions ?? {};
    if (category === 'UNAUTHENTICATED' || code === 'UNAUTHENTICATED') return t('form.signedOut');
    // The API's own errors carry a category; graphql-js's (a malformed variable) are worded generically.
    if (typeof category !== 'string' || typeof code !== 'string') return t('form.unexpected');
    return errorMessage({ code, params: params as CodedError['params'] });
  }
  return t('form.network');
}

/**
 * A form's state. `validate` gives the client-side errors of the current values; `submit` runs
 * when they have none, and answers the server's UserErrors (mapped to the field of the same name,
 * or listed at the top).
 */
export function useForm<K extends string>({
  initial,
  validate,
  submit,
}: {
  initial: Values<K>;
  validate: (values: Values<K>) => FieldErrors<K>;
  submit: (values: Values<K>) => Promise<SubmitOutcome>;
}): FormState<K> {
  const prefix = useId();
  const [values, setValues] = useState<Values<K>>(initial);
  const [touched, setTouched] = useState<ReadonlySet<K>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors<K>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [descriptions, setDescriptionIds] = useState<Partial<Record<K, string>>>({});
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const clientErrors = validate(values);
  const fieldNames = Object.keys(values) as K[];
  const error = (name: K): string | undefined =>
    serverErrors[name] ?? (submitted || touched.has(name) ? clientErrors[name] : undefined);
  const id = (name: K) => `${prefix}-${toDomId(name)}`;
  const hintId = (name: K) => `${id(name)}-hint`;
  const belowId = (name: K) => `${id(name)}-below`;
  const errorId = (name: K) => `${id(name)}-error`;

  const set = (name: K, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    // A server error is about the value it was given: a new value is checked here again.
    setServerErrors((current) => {
      if (!(name in current)) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  };

  const setDescriptions = useCallback((name: K, ids: readonly string[]) => {
    const joined = ids.join(' ');
    setDescriptionIds((current) => (current[name] === joined ? current : { ...current, [name]: joined }));
  }, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSubmitted(true);
    setGeneralErrors([]);
    const found = validate(values);
    if (Object.keys(found).length > 0) {
      setFailedSubmits((count) => count + 1);
      return;
    }
    setSending(true);
    try {
      const errors = (await submit(values)) ?? [];
      if (!mounted.current) return;
      if (errors.length > 0) {
        const fields: FieldErrors<K> = {};
        const general: string[] = [];
        for (const item of errors) {
          if (item.field && fieldNames.includes(item.field as K) && !fields[item.field as K]) {
            fields[item.field as K] = errorMessage(item);
          } else general.push(errorMessage(item));
        }
        setServerErrors(fields);
        setGeneralErrors(general);
        setFailedSubmits((count) => count + 1);
      }
    } catch (failure) {
      if (!mounted.current) return;
      setGeneralErrors([failureMessage(failure)]);
      setFailedSubmits((count) => count + 1);
    } finally {
      if (mounted.current) setSending(false);
    }
  }

  const shownErrors = fieldNames.flatMap((name) => {
    const message = error(name);
    return message ? [{ name, message }] : [];
  });

  return {
    values,
    set,
    reset: (next) => {
      setValues(next);
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
      setGeneralErrors([]);
    },
    error,
    generalErrors,
    shownErrors,
    sending,
    failedSubmits,
    id,
    hintId,
    belowId,
    setDescriptions,
    inputProps: (name) => {
      const message = error(name);
      const describedBy = [descriptions[name] || null, message ? errorId(name) : null].filter(Boolean).join(' ');
      return {
        id: id(name),
        name,
        value: values[name],
        'aria-invalid': message ? true : undefined,
        'aria-describedby': describedBy || undefined,
        onChange: (event) => set(name, event.target.value),
        onBlur: () =>
          setTouched((current) => {
            if (current.has(name)) return current;
            const next = new Set(current);
            next.add(name);
            return next;
          }),
      };
    },
    onSubmit: (event) => void handleSubmit(event),
    setGeneralErrors,
  };
}

/**
 * The problems of the last submit, at the top of the form: general errors as text, field errors as
 * links to their field. Takes the focus after every failed submit.
 */
export function ErrorSummary<K extends string>({ form, labels }: { form: FormState<K>; labels: Record<K, string> }) {
  const ref = useRef<HTMLElement>(null);
  const { failedSubmits, generalErrors, shownErrors } = form;
  useEffect(() => {
    if (failedSubmits > 0) ref.current?.focus();
  }, [failedSubmits]);
  if (failedSubmits === 0 || (generalErrors.length === 0 && shownErrors.length === 0)) return null;
  return (
    <ProblemSummary
      ref={ref}
      headingId={`${form.id('summary' as K)}-heading`}
      title={generalErrors.length > 0 && shownErrors.length === 0 ? t('form.couldNotDo') : t('form.summaryTitle')}
      testId="error-summary"
    >
      <ul className="error-summary__list">
        {generalErrors.map((message) => (
          <li key={message} data-testid="form-error">
            {message}
          </li>
        ))}
        {shownErrors.map(({ name, message }) => (
          <li key={name}>
            <FieldLink id={form.id(name)}>
              {labels[name]}: {message}
            </FieldLink>
          </li>
        ))}
      </ul>
    </ProblemSummary>
  );
}

/**
 * The box that lists what stops a form or a step, focusable so that it can take the focus when it
 * appears (screen readers then start there); its heading names it.
 */
export function ProblemSummary({
  ref,
  className,
  headingId,
  title,
  testId,
  children,
}: {
  ref: Ref<HTMLElement>;
  /** Classes beside `error-summary`. */
  className?: string;
  headingId: string;
  title: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `error-summary ${className}` : 'error-summary'}
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <h2 className="error-summary__title" id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A link to a field on the page: it moves the focus there, without a jump in the address. */
export function FieldLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a
      href={`#${id}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(id)?.focus();
      }}
    >
      {children}
    </a>
  );
}

/** A labelled field: its hint and its error under it, tied to the input through aria-describedby. */
export function Field<K extends string>({
  form,
  name,
  label,
  hint,
  optional,
  children,
  className,
  labelAside,
  below,
}: {
  form: FormState<K>;
  name: K;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  children: ReactNode;
  className?: string;
  /** Beside the label, e.g. a "Forgot your password?" link (after the input for the keyboard) */
  labelAside?: ReactNode;
  /** Under the input, e.g. live feedback or a character count */
  below?: ReactNode;
}) {
  const message = form.error(name);
  const { setDescriptions } = form;
  const withHint = hint !== undefined && hint !== null && hint !== false;
  const withBelow = below !== undefined && below !== null && below !== false;
  const hintId = form.hintId(name);
  const belowId = form.belowId(name);
  useEffect(() => {
    setDescriptions(name, [withHint ? hintId : '', withBelow ? belowId : ''].filter(Boolean));
  }, [setDescriptions, name, withHint, withBelow, hintId, belowId]);
  return (
    <div
      className={`form-field${labelAside ? ' form-field--aside' : ''}${message ? ' form-field--invalid' : ''}${className ? ` ${className}` : ''}`}
    >
      <div className="form-field__label-row">
        <label htmlFor={form.id(name)} className="form-field__label">
          {label}
          {optional && <span className="form-field__optional"> {t('form.optional')}</span>}
        </label>
      </div>
      {withHint && (
        <div className="form-field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {children}
      {withBelow && (
        <div className="form-field__below" id={belowId}>
          {below}
        </div>
      )}
      {message && (
        <p className="form-field__error" id={`${form.id(name)}-error`} data-testid={`error-${name}`}>
          {message}
        </p>
      )}
      {/* Shown beside the label, but after the input in the page's order: Tab reaches the input first. */}
      {labelAside && <div className="form-field__aside">{labelAside}</div>}
    </div>
  );
}

/** A one-line input in a Field. */
export function TextField<K extends string>({
  form,
  name,
  label,
  hint,
  optional,
  className,
  below,
  ...input
}: {
  form: FormState<K>;
  name: K;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  /** A hint under the input rather than above it (keeps inputs side by side aligned) */
  below?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value' | 'onChange' | 'onBlur' | 'id'>) {
  return (
    <Field form={form} name={name} label={label} hint={hint} optional={optional} className={className} below={below}>
      <input className="input" {...input} {...form.inputProps(name)} />
    </Field>
  );
}

/** What every field of a form is given: the form, the field's name, and its label from the form's labels. */
export function fieldsOf<K extends string>(form: FormState<K>, labels: Record<K, string>) {
  return (name: K) => ({ form, name, label: labels[name] });
}

/** A TextField for an e-mail address: the keyboard, the length and the spelling an address wants. */
export function EmailField<K extends string>(props: Parameters<typeof TextField<K>>[0]) {
  return (
    <TextField
      type="email"
      maxLength={EMAIL_MAX_LENGTH}
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      {...props}
    />
  );
}

/** A text area in a Field, with the characters left when it has a maximum. */
export function TextAreaField<K extends string>({
  form,
  name,
  label,
  hint,
  optional,
  rows = 4,
  maxLength,
  lang,
}: {
  form: FormState<K>;
  name: K;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  rows?: number;
  maxLength?: number;
  /** The language the text is written in (`en`, `it`), where a form takes a text in each */
  lang?: string;
}) {
  const length = form.values[name].length;
  const counter = maxLength ? (
    <span className={length > maxLength ? 'form-field__counter is-over' : 'form-field__counter'}>
      {t('form.charactersLeft', { count: maxLength - length })}
    </span>
  ) : null;
  return (
    <Field form={form} name={name} label={label} optional={optional} hint={hint} below={counter}>
      <textarea className="input textarea" rows={rows} lang={lang} {...form.inputProps(name)} />
    </Field>
  );
}

/** A select in a Field; `placeholder` adds a first, empty choice. */
export function SelectField<K extends string>({
  form,
  name,
  label,
  hint,
  options,
  placeholder,
  optional,
}: {
  form: FormState<K>;
  name: K;
  label: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  optional?: boolean;
}) {
  return (
    <Field form={form} name={name} label={label} hint={hint} optional={optional}>
      <select className="input select" {...form.inputProps(name)}>
        <SelectOptions options={options} placeholder={placeholder} />
      </select>
    </Field>
  );
}

/** A select's options: the placeholder's empty choice when there is one, then one option a value. */
export function SelectOptions({
  options,
  placeholder,
}: {
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** The submit button: disabled while the form is being sent, saying so. */
export function SubmitButton({
  sending,
  children,
  sendingLabel,
  className = 'button button--primary',
  testId,
}: {
  sending: boolean;
  children: ReactNode;
  sendingLabel?: string;
  className?: string;
  testId?: string;
}) {
  return (
    <button type="submit" className={className} disabled={sending} aria-disabled={sending} data-testid={testId}>
      {sending && <span className="spinner spinner--small" aria-hidden="true" />}
      {sending ? (sendingLabel ?? t('form.sending')) : children}
    </button>
  );
}

/** A form's buttons: its submit (none without a `submitLabel`: the form cannot be sent yet) and cancel. */
export function FormActions({
  sending,
  submitLabel,
  testId,
  onCancel,
}: {
  sending: boolean;
  submitLabel: ReactNode;
  testId: string;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      {submitLabel && (
        <SubmitButton sending={sending} testId={testId}>
          {submitLabel}
        </SubmitButton>
      )}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** A short message: a confirmation after an action (saved, sent), or information about the page. */
export function Notice({
  tone = 'success',
  children,
  testId,
}: {
  tone?: 'success' | 'info' | 'warning';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={`notice notice--${tone}`} data-testid={testId}>
      {children}
    </div>
  );
}

/**
 * Where the result of an action appears: always in the page (empty until then), so that screen
 * readers announce what is put in it.
 */
export function LiveRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="live-region">
      {children}
    </div>
  );
}

/** A ref that moves the focus to what just appeared (the result that replaces a form). */
export const focusOnMount = (node: HTMLElement | null) => {
  node?.focus();
};

/** E-mail addresses: required and well-formed (the API's own check). */
export function emailProblem(value: string): string | undefined {
  if (!value.trim()) return t('form.emailRequired');
  if (!isEmail(normalizeEmail(value))) return t('form.emailInvalid');
  return undefined;
}

/** A web address, when given: http(s) only, as the API accepts it. */
export function websiteProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^https?:\/\/[^\s]{3,190}$/.test(trimmed) ? undefined : t('form.websiteInvalid');
}

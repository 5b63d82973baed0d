import { waitUnit } from '@tt/shared/error-messages';
import { getLocale, type MessageKey, t } from './i18n';

// The one place the web words an error: the API's (a UserError's code, a GraphQL error's `extensions.code`,
// an upload's `error.code`) and the shared rules' (listing and disclosure problems), each a stable code with the
// values its message names, turned into a sentence in the active language (`error.<CODE>` messages). A code
// this version does not know says the generic sentence (form.unexpected).

/** An error as the API and the shared rules give it: a code, and the values its message names. */
export interface CodedError {
  code: string;
  params?: Readonly<Record<string, string | number>> | null;
}

/** An error about one field (a path such as `inventors.1.name`), or about none. */
export interface FieldError extends CodedError {
  field?: string | null;
}

/** A wait in words of the active language, rounded up to its unit: "10 minutes", "10 minuti". */
export function waitInWords(seconds: number): string {
  const { value, unit } = waitUnit(seconds);
  return new Intl.NumberFormat(getLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** The sentence of an error in the active language. */
export function errorMessage(error: CodedError): string {
  const params: Record<string, string | number> = { ...error.params };
  if (typeof params.retryAfter === 'number') params.wait = waitInWords(params.retryAfter);
  const key = `error.${error.code}` as MessageKey;
  const text = t(key, params);
  return text === key ? t('form.unexpected') : text;
}

/** The sentences of several errors, as one text (a notice under a form or an action). */
export function errorMessages(errors: readonly CodedError[]): string {
  return errors.map(errorMessage).join(' ');
}

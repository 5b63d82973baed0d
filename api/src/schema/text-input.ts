import type { CodedError } from '@tt/shared/error-messages';
import { EMAIL_MAX_LENGTH } from '@tt/shared/limits';
import { CONTROL_CHARACTER, LONE_SURROGATE } from '@tt/shared/text-rules';
import {
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { Extensions, type ResolverData } from 'type-graphql';
import { badInput } from '../errors/domain-error.js';

// Every string that arrives as an argument or inside an input object is checked here, once, before any
// resolver sees it: no control characters (PostgreSQL refuses NUL outright, no keyboard types the others, and
// the web cleans what a paste brings), no lone UTF-16 surrogates (not Unicode; PostgreSQL refuses them in JSON), and a maximum length.
// The maximum is TEXT_MAX_DEFAULT unless the field declares its own with @TextLimit, which it must when it is
// stored in a shorter column and nothing downstream checks the length. Fields whose service already reports
// a TOO_LONG user error (names, titles, summaries…; at most their column) keep the default here, so that the
// service's message, which the web shows next to the field, stays the one users see.

/** The longest text any argument or input field takes unless it declares less. */
export const TEXT_MAX_DEFAULT = 10_000;

export interface TextRule {
  /** In UTF-16 code units, never fewer than the characters PostgreSQL counts in a varchar(n). */
  max: number;
  /** No line breaks: what a one-line form field sends (an e-mail). */
  singleLine?: boolean;
}

const DEFAULT_RULE: TextRule = { max: TEXT_MAX_DEFAULT };
const EXTENSION = 'textRule';

/** An input field's own maximum length (and whether it is one line), next to its @Field. */
export function TextLimit(rule: TextRule): PropertyDecorator {
  return Extensions({ [EXTENSION]: rule });
}

/** Every e-mail address a client sends: stored (or throttled on) in varchar(200) columns. */
export const EMAIL_TEXT: TextRule = { max: EMAIL_MAX_LENGTH, singleLine: true };

const LINE_BREAK = /[\n\r]/;

/** What is wrong with a text, or null. Also for text that arrives by other ways than arguments. */
export function textProblem(value: string, rule: TextRule = DEFAULT_RULE): CodedError | null {
  if (value.length > rule.max) return { code: 'TEXT_TOO_LONG', params: { max: rule.max } };
  const control = CONTROL_CHARACTER.exec(value);
  if (control) {
    const character = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { code: 'TEXT_CONTROL_CHARACTER', params: { character } };
  }
  if (LONE_SURROGATE.test(value)) return { code: 'TEXT_NOT_UNICODE' };
  if (rule.singleLine && LINE_BREAK.test(value)) return { code: 'TEXT_NOT_SINGLE_LINE' };
  return null;
}

function ruleOf(extensions: { readonly [key: string]: unknown } | null | undefined): TextRule {
  return (extensions?.[EXTENSION] as TextRule | undefined) ?? DEFAULT_RULE;
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, rule: TextRule): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkValue(value, type.ofType, path, rule);
    return;
  }
  if (isListType(type)) {
    if (Array.isArray(value)) for (const item of value) checkValue(item, type.ofType, path, rule);
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const object = value as Record<string, unknown>;
    for (const name in fields) {
      const field = fields[name]!;
      checkValue(object[name], field.type, `${path}.${name}`, ruleOf(field.extensions));
    }
    return;
  }
  // String and ID; custom scalars (DateTime) and enums come out of coercion as other values.
  if (isScalarType(type) && isSpecifiedScalarType(type) && typeof value === 'string') {
    const problem = textProblem(value, rule);
    if (problem) throw badInput(problem.code, path, problem.params);
  }
}

const checked = new WeakSet<object>();

/**
 * type-graphql's validateFn: called for each argument of a resolver, after coercion; the first call of a
 * field's execution checks all of that field's arguments, with their GraphQL types and declared rules.
 */
export function checkArgumentText(_value: unknown, _type: unknown, { args, info }: ResolverData): void {
  if (checked.has(args)) return;
  checked.add(args);
  const field = info.parentType.getFields()[info.fieldName];
  for (const arg of field?.args ?? []) checkValue(args[arg.name], arg.type, arg.name, ruleOf(arg.extensions));
}

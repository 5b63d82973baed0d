// The interface's messages, on Lingui: ICU MessageFormat ({count, plural, one {# result} other
// {# results}}, `{name}` placeholders), PO catalogues that translators' tools read, compiled into the
// bundles by @lingui/vite-plugin (lingui.config.ts). Components call `t(key, params)` with a keyed ID
// (`MessageKey`, generated from the English catalogue into ./message-keys.ts); no macros, so no Babel
// step and the IDs stay a typed contract. Each language's messages come in three parts, so that the
// first page load carries only what it can show:
// - ./locales/<code>.po: everything the main bundle and the public pages use (layout, header and
//   user menu, footer, catalogue, assets, partners, institutes, sign-in, sign-up, password and
//   e-mail pages, errors, shared UI, and labels any of these show). English's is bundled with the
//   app; another language's is fetched before the first render (`activateLocale`);
// - ./locales/members/<code>.po, fetched by `loadMemberMessages()`: what only the signed-in pages
//   that load lazily use (disclosures, pipeline, listings, triage, interests, administration,
//   account, company). app-routes.tsx loads each of those pages together with this part, so none
//   renders before its messages are there;
// - ./locales/errors/<code>.po, fetched by `loadErrorMessages()` right after the first render: the
//   sentences of the API's and the shared rules' error codes (error-message.ts).
// An ID lives in exactly one part; one that the main bundle or a public page uses, even once, belongs
// in the first (catalogue-parts.test.ts checks both, following the imports from main.tsx). A message
// not yet translated is compiled in English; one missing at run time shows its key (with a warning in
// development). The language is chosen once per page load (locale-choice.ts): switching reloads.
import { type Messages, setupI18n } from '@lingui/core';
import { messages as englishCore } from './locales/en.po';
import type { MessageKey } from './message-keys';

export type { CoreMessageKey, MemberMessageKey, MessageKey } from './message-keys';
export type MessageParams = Record<string, string | number>;

export const DEFAULT_LOCALE = 'en';

const localeOf = (file: string): string => file.replace(/^.*\/([a-z]{2,3})\.po$/, '$1');

const coreLoaders = new Map(
  Object.entries(import.meta.glob<Messages>(['./locales/*.po', '!./locales/en.po'], { import: 'messages' })).map(
    ([file, load]) => [localeOf(file), load],
  ),
);
const memberLoaders = new Map(
  Object.entries(import.meta.glob<Messages>('./locales/members/*.po', { import: 'messages' })).map(([file, load]) => [
    localeOf(file),
    load,
  ]),
);
const errorLoaders = new Map(
  Object.entries(import.meta.glob<Messages>('./locales/errors/*.po', { import: 'messages' })).map(([file, load]) => [
    localeOf(file),
    load,
  ]),
);

const missingReported = new Set<string>();

const i18n = setupI18n({
  locale: DEFAULT_LOCALE,
  messages: { [DEFAULT_LOCALE]: englishCore },
  missing: (_locale, id) => {
    // A page that rendered before its part of the catalogue was fetched (see the top of this file).
    if (import.meta.env.DEV && !missingReported.has(id)) {
      missingReported.add(id);
      console.warn(`i18n: no message for "${id}"; is its page loaded with loadMemberMessages()?`);
    }
    return id;
  },
});

/** The fetches of a part, by language: started once, forgotten when they fail so the next call tries again. */
const coreLoads = new Map<string, Promise<void>>();
const memberLoads = new Map<string, Promise<void>>();
const errorLoads = new Map<string, Promise<void>>();
let membersWanted = false;
let errorsWanted = false;

function loadPart(
  loads: Map<string, Promise<void>>,
  loaders: Map<string, () => Promise<Messages>>,
  code: string,
): Promise<void> {
  let load = loads.get(code);
  if (!load) {
    const fetchPart = loaders.get(code);
    if (!fetchPart) return Promise.reject(new Error(`No messages for "${code}"`));
    load = fetchPart().then(
      (messages) => i18n.load(code, messages),
      (error: unknown) => {
        loads.delete(code);
        throw error;
      },
    );
    loads.set(code, load);
  }
  return load;
}

/** The languages the app has messages for. */
export function availableLocales(): string[] {
  return [DEFAULT_LOCALE, ...coreLoaders.keys()].sort();
}

export function getLocale(): string {
  return i18n.locale;
}

/**
 * Makes `next` (English when the app has no messages for it) the language of what renders from now
 * on, once its messages are there: the first part, and the signed-in pages' if they were loaded.
 */
export async function activateLocale(next: string): Promise<void> {
  const code = availableLocales().includes(next) ? next : DEFAULT_LOCALE;
  if (code !== DEFAULT_LOCALE) await loadPart(coreLoads, coreLoaders, code);
  if (membersWanted) await loadPart(memberLoads, memberLoaders, code);
  if (errorsWanted) await loadPart(errorLoads, errorLoaders, code);
  i18n.activate(code);
  if (typeof document !== 'undefined') document.documentElement.lang = code;
}

/**
 * Fetches the sentences of the error codes in the current language, once (main.tsx asks right after the
 * first render); until they are there, an error says the generic sentence (error-message.ts).
 */
export function loadErrorMessages(): Promise<void> {
  errorsWanted = true;
  return loadPart(errorLoads, errorLoaders, i18n.locale);
}

/**
 * Fetches the signed-in pages' messages of the current language, once; resolves when `t` has them.
 * A failed fetch is tried again on the next call.
 */
export function loadMemberMessages(): Promise<void> {
  membersWanted = true;
  return loadPart(memberLoads, memberLoaders, i18n.locale);
}

/** The arguments an ICU message formats itself (plural, select, number…), in its compiled tokens. */
const formattedByMessage = new WeakMap<object, Set<string>>();
function formattedArguments(message: unknown): Set<string> {
  if (!Array.isArray(message)) return new Set();
  let names = formattedByMessage.get(message);
  if (!names) {
    const found = new Set<string>();
    const visit = (tokens: unknown) => {
      if (!Array.isArray(tokens)) return;
      for (const token of tokens) {
        if (!Array.isArray(token)) continue;
        const [name, type, forms] = token as [unknown, unknown, unknown];
        if (typeof name === 'string' && type) found.add(name);
        if (forms && typeof forms === 'object') for (const form of Object.values(forms)) visit(form);
      }
    };
    visit(message);
    names = found;
    formattedByMessage.set(message, names);
  }
  return names;
}

/**
 * The message `key` in the current language, its placeholders filled from `params`. Numbers show in
 * the locale's format; a plural's count stays a number, from which ICU picks the form (`#` shows it).
 */
export function t(key: MessageKey, params?: MessageParams): string {
  if (!params) return i18n._(key);
  const formatted = formattedArguments(i18n.messages[key]);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = typeof value === 'number' && !formatted.has(name) ? formatNumber(value) : value;
  }
  return i18n._(key, values);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(i18n.locale).format(value);
}

/** A date (ISO 8601) as "21 Aug 2023" in English. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO 8601) as "21 Aug 2023, 14:05" in English, in the visitor's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** For sorting names as the language of the page sorts them ("Österreich" among the O's in German). */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, i18n.locale);
}

/** A country's name from its ISO 3166-1 alpha-2 code. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Taxonomy terms carry their label in each supported language. */
export function sectorLabel(sector: { labelEn: string; labelIt: string }): string {
  return i18n.locale === 'it' ? sector.labelIt : sector.labelEn;
}

// A deliberately small i18n layer: typed message catalogues in ./locales, per language in two parts,
// so that the first page load carries only the messages it can show:
// - ./locales/<code>.ts, bundled with the app: everything the main bundle and the public pages use
//   (layout, header and user menu, footer, catalogue, assets, partners, institutes, sign-in, sign-up,
//   password and e-mail pages, errors, shared UI, and labels any of these show);
// - ./locales/members/<code>.ts, fetched by `loadMemberMessages()`: what only the signed-in pages that
//   load lazily use (disclosures, pipeline, listings, triage, interests, administration, account,
//   company). app-routes.tsx loads each of those pages together with this part, so none renders
//   before its messages are there.
// A key lives in exactly one part; one that the main bundle or a public page uses, even once, belongs
// in the first (catalogue-parts.test.ts checks both, following the imports from main.tsx). English is the reference: the keys of its two parts define
// `MessageKey`, and every other language must provide the same keys in the same parts. Adding a
// language = adding ./locales/<code>.ts with `export default { ... } satisfies CoreMessages` and
// ./locales/members/<code>.ts with `export default { ... } satisfies MemberMessages`; both are picked
// up automatically. A message missing at run time shows its key (with a warning in development).
import en from './locales/en';
import type enMembers from './locales/members/en';

/** Plural forms of one message, chosen with Intl.PluralRules; `other` is required. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
type MessagesOf<Reference> = { [K in keyof Reference]: Reference[K] extends string ? string : PluralMessage };
/** The part of a language's messages bundled with the app. */
export type CoreMessages = MessagesOf<typeof en>;
/** The part of a language's messages fetched with the signed-in pages. */
export type MemberMessages = MessagesOf<typeof enMembers>;
export type Messages = CoreMessages & MemberMessages;
export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;

export const DEFAULT_LOCALE = 'en';
const LOCALE_STORAGE_KEY = 'tt-locale';

const localeOf = (file: string): string => file.replace(/^.*\/([a-z]{2,3}(?:-[A-Za-z]+)?)\.ts$/, '$1').toLowerCase();

// Not the parts waiting to be folded into a language (`it-errors.ts`): only `<code>.ts` is a language.
const coreModules = import.meta.glob<{ default: CoreMessages }>(['./locales/*.ts', '!./locales/*-*.ts'], {
  eager: true,
});
const memberModules = import.meta.glob<{ default: MemberMessages }>('./locales/members/*.ts');
const memberLoaders = new Map(Object.entries(memberModules).map(([file, load]) => [localeOf(file), load]));

/** Per language, the messages present so far: the first part from the start, the members' once fetched. */
const catalogues: Record<string, Partial<Messages>> = {};
for (const [file, module] of Object.entries(coreModules)) catalogues[localeOf(file)] = { ...module.default };
catalogues[DEFAULT_LOCALE] ??= { ...en };
const english: Partial<Messages> = catalogues[DEFAULT_LOCALE];
/** The members' part being fetched or fetched, by language. */
const memberLoads = new Map<string, Promise<void>>();

export function availableLocales(): string[] {
  return Object.keys(catalogues).sort();
}

function storedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The first of the stored choice and the browser's languages that has a catalogue; else English. */
export function negotiateLocale(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const exact = candidate.toLowerCase();
    if (catalogues[exact]) return exact;
    const base = exact.split('-')[0] ?? '';
    if (catalogues[base]) return base;
  }
  return DEFAULT_LOCALE;
}

let locale = negotiateLocale([
  storedLocale(),
  ...(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])),
]);
let messages: Partial<Messages> = catalogues[locale] ?? english;

export function getLocale(): string {
  return locale;
}

/** Switches language for what renders next (a page reload applies it everywhere). */
export function setLocale(next: string): void {
  locale = negotiateLocale([next]);
  messages = catalogues[locale] ?? english;
  if (memberLoads.size > 0) loadMemberMessages().catch(() => {});
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * Fetches the signed-in pages' messages of the current language (English if it has none), once;
 * resolves when `t` has them. A failed fetch is tried again on the next call.
 */
export function loadMemberMessages(): Promise<void> {
  const code = memberLoaders.has(locale) ? locale : DEFAULT_LOCALE;
  let load = memberLoads.get(code);
  if (!load) {
    const fetchPart = memberLoaders.get(code);
    if (!fetchPart) return Promise.reject(new Error(`No messages of the signed-in pages for "${code}"`));
    load = fetchPart().then(
      (module) => {
        // Into the object `messages` may point to, so what renders next has them.
        catalogues[code] = Object.assign(catalogues[code] ?? {}, module.default);
      },
      (error: unknown) => {
        memberLoads.delete(code);
        throw error;
      },
    );
    memberLoads.set(code, load);
  }
  return load;
}

const missingReported = new Set<string>();

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The message for `key` in the current language, with `{name}` placeholders filled from `params`.
 * Plural messages pick their form from `params.count`; numbers are formatted for the locale.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const message: Message | undefined = messages[key] ?? english[key];
  if (message === undefined) {
    // A page that rendered before its part of the catalogue was fetched (see the top of this file).
    if (import.meta.env.DEV && !missingReported.has(key)) {
      missingReported.add(key);
      console.warn(`i18n: no message for "${key}"; is its page loaded with loadMemberMessages()?`);
    }
    return key;
  }
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params?.count ?? 0);
    text = message[pluralCategory(count)] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A date (ISO 8601) as "21 Aug 2023" in English. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO 8601) as "21 Aug 2023, 14:05" in English, in the visitor's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A country's name from its ISO 3166-1 alpha-2 code. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Taxonomy terms carry their label in each supported language. */
export function sectorLabel(sector: { labelEn: string; labelIt: string }): string {
  return locale === 'it' ? sector.labelIt : sector.labelEn;
}

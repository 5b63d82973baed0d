// A deliberately small i18n layer: typed message catalogues in ./locales, one file per language.
// English (en.ts) is the reference: its keys define `MessageKey`, and every other catalogue must
// provide the same keys (`Messages`). Adding a language = adding ./locales/<code>.ts with
// `export default { ... } satisfies Messages`; it is picked up automatically.
import en from './locales/en';

/** Plural forms of one message, chosen with Intl.PluralRules; `other` is required. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type MessageKey = keyof typeof en;
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
export type MessageParams = Record<string, string | number>;

export const DEFAULT_LOCALE = 'en';
const LOCALE_STORAGE_KEY = 'tt-locale';

const modules = import.meta.glob<{ default: Messages }>('./locales/*.ts', { eager: true });
const catalogues: Record<string, Messages> = {};
for (const [file, module] of Object.entries(modules)) {
  const code = file.replace(/^.*\/([a-z]{2,3}(?:-[A-Za-z]+)?)\.ts$/, '$1');
  catalogues[code.toLowerCase()] = module.default;
}
catalogues[DEFAULT_LOCALE] ??= en;

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
let messages: Messages = catalogues[locale] ?? en;

export function getLocale(): string {
  return locale;
}

/** Switches language for what renders next (a page reload applies it everywhere). */
export function setLocale(next: string): void {
  locale = negotiateLocale([next]);
  messages = catalogues[locale] ?? en;
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

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
  const message: Message = messages[key] ?? en[key];
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

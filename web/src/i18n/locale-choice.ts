// Which language a page load speaks: the one its URL names (`/it/…`); on an unprefixed URL, the
// visitor's stored choice, else the browser's languages (navigator.languages follows the browser's
// Accept-Language), and an Italian one goes to the `/it/` address. The switch in the header stores
// the choice and tells whoever listens (to keep it on the account, say) before going to the page in
// the other language.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@tt/shared/languages';
import { localeOfPath, pathInLocale } from './locale-path';

const LOCALE_STORAGE_KEY = 'tt-locale';
/** How long the switch waits for the listeners before it goes to the other language anyway. */
const LISTENERS_TIMEOUT_MS = 3000;

export function storedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The first candidate (a stored choice, a browser language such as "it-IT") the marketplace speaks; else English. */
export function negotiateLocale(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The language of this page load, and the address to show instead (replacing the current entry)
 * when an unprefixed URL is visited by someone who chose, or whose browser prefers, another language.
 */
export function startingLocale(location: { pathname: string; search: string; hash: string }): {
  locale: Language;
  redirect: string | null;
} {
  const fromPath = localeOfPath(location.pathname);
  if (fromPath) return { locale: fromPath, redirect: null };
  const wanted = negotiateLocale([storedLocale(), ...browserLanguages()]);
  if (wanted === DEFAULT_LANGUAGE) return { locale: wanted, redirect: null };
  return { locale: wanted, redirect: `${pathInLocale(wanted, location.pathname)}${location.search}${location.hash}` };
}

type LocaleListener = (locale: Language) => void | Promise<void>;
const listeners = new Set<LocaleListener>();

/**
 * Calls `listener` when the visitor chooses a language, before the page changes language; the switch
 * waits for a returned promise (a few seconds at most). Returns the way to stop listening.
 */
export function onLocaleChosen(listener: LocaleListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Remembers the visitor's choice in this browser and tells the listeners. */
export async function chooseLocale(locale: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the URL still carries the language.
  }
  const told = Promise.allSettled([...listeners].map(async (listener) => listener(locale)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, LISTENERS_TIMEOUT_MS);
  });
  await Promise.race([told, timeout]);
  clearTimeout(timer);
}

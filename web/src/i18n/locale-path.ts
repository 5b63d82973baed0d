// Public pages have one URL per language: English at `/…` (also the address for any other browser
// language: hreflang x-default), Italian under `/it/…`. The router runs with the language's prefix
// as its basename (main.tsx), so every internal link stays in the language of the page.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@tt/shared/languages';

const PREFIXED = /^\/([a-z]{2})(?=\/|$)/;

/** The language a URL path names by its prefix (`/it/assets/x` → "it"); null for an unprefixed path. */
export function localeOfPath(pathname: string): Language | null {
  const code = PREFIXED.exec(pathname)?.[1];
  return isLanguage(code) && code !== DEFAULT_LANGUAGE ? code : null;
}

/** The router's basename in a language: "" for English, "/it" for Italian. */
export function basenameOf(locale: string): string {
  return isLanguage(locale) && locale !== DEFAULT_LANGUAGE ? `/${locale}` : '';
}

/**
 * A path of the app (as the router sees it, without prefix) in a language: `/assets/x` → `/it/assets/x`,
 * and `/` → `/it`, as the router writes its links.
 */
export function pathInLocale(locale: string, path: string): string {
  const base = basenameOf(locale);
  return base && path === '/' ? base : `${base}${path}`;
}

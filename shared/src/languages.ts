// The languages the marketplace speaks: its interface, listings, search and e-mails. English is the
// reference (and what a listing must have to be published); Italian is the institutes' own language.
export const Language = {
  EN: 'en',
  IT: 'it',
} as const;
export type Language = (typeof Language)[keyof typeof Language];

export const LANGUAGES: readonly Language[] = [Language.EN, Language.IT];
export const DEFAULT_LANGUAGE: Language = Language.EN;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The other language: the one a text falls back to when the viewer's is missing. */
export function otherLanguage(language: Language): Language {
  return language === Language.IT ? Language.EN : Language.IT;
}

/**
 * The language a text is shown in: the viewer's when it is Italian and the Italian text is there (complete enough
 * to stand on its own), else English, the reference every published text has. Read with the text, so a page can
 * set `lang` and say "in English".
 */
export function shownTextLanguage(wanted: Language, hasItalianText: boolean): Language {
  return wanted === Language.IT && hasItalianText ? Language.IT : Language.EN;
}

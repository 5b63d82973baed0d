import type { Language } from '../generated/graphql';

/**
 * The `lang` of an element showing what someone wrote (a message, a disclosure, a title), from the language the
 * API recorded it was written in: shown as written, it may be in the other language than the page's, which
 * screen readers must pronounce as such.
 */
export function langOf(language: Language): Lowercase<Language> {
  return language === 'IT' ? 'it' : 'en';
}

/**
 * The `lang` of an element showing `text` if there is one: none when it is empty (the element then shows the
 * interface's placeholder, "Untitled", "Not given", in the page's language) or its language is unknown.
 */
export function langOfText(
  text: string | null | undefined,
  language: Language | null | undefined,
): Lowercase<Language> | undefined {
  return text?.trim() && language ? langOf(language) : undefined;
}

import { p } from '@mikro-orm/core';
import { DEFAULT_LANGUAGE, Language } from '@tt/shared/languages';

/**
 * The language a text people typed was written in: the language of the page they wrote it on, recorded
 * with the text, so pages can mark it (`lang`) wherever it is shown in the other language. Rows from
 * before it was recorded are English, as the demo data are.
 */
export function writtenLanguage() {
  return p
    .enum(() => Language)
    .nativeEnumName('app_language')
    .default(DEFAULT_LANGUAGE);
}

/** The same for a text that may be absent: null while there is none. */
export function optionalWrittenLanguage() {
  return p
    .enum(() => Language)
    .nativeEnumName('app_language')
    .nullable();
}

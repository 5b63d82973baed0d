import { getLocale } from '../i18n/i18n';

/** A label in the reader's language: the Italian one for Italian readers (when it has one), else the English. */
export function inReaderLanguage(labels: { en: string | null; it: string | null }): string {
  return (getLocale() === 'it' && labels.it?.trim() ? labels.it : labels.en) ?? '';
}

/** The language the label shown is written in, for the `lang` attribute. */
export function readerLabelLang(labels: { en: string | null; it: string | null }): string {
  return getLocale() === 'it' && labels.it?.trim() ? 'it' : 'en';
}

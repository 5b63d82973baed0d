// Texts shown in the other language than the page's (a listing, an institute, a partner not yet translated):
// their elements carry that `lang`, and a quiet marker says which language they are in.
import type { Language } from '../generated/graphql';
import { getLocale, t } from '../i18n/i18n';
import { langOf } from '../i18n/written-language';

/** The `lang` of texts written in `language`: only when it is not the page's (the page's `<html lang>` covers it). */
export function foreignLang(language: Language): Lowercase<Language> | undefined {
  const lang = langOf(language);
  return lang === getLocale() ? undefined : lang;
}

/** "In English" on an Italian page showing English texts (and the reverse); nothing when they are in the page's. */
export function TextLanguageMarker({ language, className }: { language: Language; className?: string }) {
  if (!foreignLang(language)) return null;
  return (
    <span className={`text-language-marker${className ? ` ${className}` : ''}`} data-testid="text-language-marker">
      {language === 'IT' ? t('text.inItalian') : t('text.inEnglish')}
    </span>
  );
}

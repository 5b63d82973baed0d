import { Language } from './languages.js';

/**
 * A place (an institute's city or region) as `language` names it: the Italian name where one is stored (Milano,
 * Lombardia), else the English one, which is also the Italian where the two agree (Meldola, Emilia-Romagna).
 */
export function placeName(english: string, italian: string, language: Language): string {
  return language === Language.IT && italian ? italian : english;
}

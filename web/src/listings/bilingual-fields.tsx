// The listing editor's texts in English and Italian side by side: two columns on a desktop (each input with
// its `lang`), one above the other on a phone, and which Italian texts are still missing.
import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';

/** The heads of the two columns: English, required to publish; Italian, recommended. */
export function LanguageHeads() {
  return (
    <div className="editor-bilingual editor-bilingual__heads" aria-hidden="true">
      <p className="editor-bilingual__head">{t('listing.column.english')}</p>
      <p className="editor-bilingual__head">{t('listing.column.italian')}</p>
    </div>
  );
}

/** One text in both languages: English first (the reference), then its Italian translation. */
export function BilingualPair({ english, italian }: { english: ReactNode; italian: ReactNode }) {
  return (
    <div className="editor-bilingual" data-testid="bilingual-pair">
      <div className="editor-bilingual__column">{english}</div>
      <div className="editor-bilingual__column editor-bilingual__column--italian">{italian}</div>
    </div>
  );
}

/** Beside an Italian field whose English text has no translation yet. */
export function TranslationBadge({ field, missing }: { field: string; missing: boolean }) {
  if (!missing) return null;
  return (
    <span className="badge translation-badge" data-testid={`translation-missing-${field}`}>
      {t('listing.translationMissing')}
    </span>
  );
}

/** How many Italian texts are missing, at the top of the form: the same count as the publication panel's warnings. */
export function TranslationSummary({ missing }: { missing: number }) {
  return (
    <p
      className={`editor-translation-summary${missing > 0 ? ' is-missing' : ''}`}
      data-testid="translation-summary"
      role="status"
    >
      {missing > 0 ? t('listing.translationsMissing', { count: missing }) : t('listing.translationsComplete')}
    </p>
  );
}

import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';

/**
 * The results of a directory search (catalogue, partners): a heading for assistive technology, the
 * count announced as it changes, the toolbar's other controls, then the results.
 */
export function ResultsSection({
  headingId,
  busy,
  countText,
  tools,
  children,
}: {
  headingId: string;
  busy: boolean;
  countText: string;
  /** Controls beside the count (the catalogue's sort). */
  tools?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="catalogue__results" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId} className="visually-hidden">
        {t('catalogue.resultsHeading')}
      </h2>
      <div className="results-toolbar">
        <p className="result-count" data-testid="result-count" role="status" aria-live="polite">
          {countText}
        </p>
        {tools}
      </div>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { LockIcon } from '../ui/icons';
import '../ui/office-records.css';

/**
 * A panel of what the office keeps to itself (notes, financial terms, documents), marked apart as the disclosures'
 * assessment is: never shown to the company or the inventors.
 */
export function OfficeOnlyPanel({
  headingId,
  title,
  testId,
  children,
}: {
  headingId: string;
  title: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className="panel office-only" aria-labelledby={headingId} data-testid={testId}>
      <div className="office-only__head">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        <span className="office-only__tag" title={t('agreement.officeOnlyHint')} data-testid="office-only">
          <LockIcon />
          {t('office.only')}
        </span>
      </div>
      {children}
    </section>
  );
}

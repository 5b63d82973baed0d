import { type ReactNode, useState } from 'react';
import { formatNumber, t } from '../i18n/i18n';
import { FilterIcon } from './icons';

/**
 * The filters of a search page: a sidebar on wide screens; on phones a "Filters" button opens it and
 * "Show N results" closes it again.
 */
export function FilterPanel({
  id,
  heading,
  filterCount,
  onClear,
  resultCount,
  children,
}: {
  id: string;
  heading: string;
  filterCount: number;
  onClear: () => void;
  /** Shown on the closing button once known. */
  resultCount: number | null;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const headingId = `${id}-heading`;
  return (
    <>
      <div className="catalogue__mobile-bar">
        <button
          type="button"
          className="button button--secondary filters-toggle"
          data-testid="filters-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <FilterIcon />
          {filterCount > 0 ? `${t('common.filters')} (${formatNumber(filterCount)})` : t('common.filters')}
        </button>
      </div>

      <aside id={id} className={`catalogue__filters${open ? ' is-open' : ''}`} aria-labelledby={headingId}>
        <div className="filters-header">
          <h2 id={headingId} className="filters-header__title">
            {heading}
          </h2>
          {filterCount > 0 && (
            <button type="button" className="link-button" data-testid="clear-filters" onClick={onClear}>
              {t('common.clearFilters')}
            </button>
          )}
        </div>
        {children}
        <button
          type="button"
          className="button button--primary button--block filters-done"
          onClick={() => setOpen(false)}
        >
          {resultCount !== null ? t('common.showResults', { count: resultCount }) : t('common.filters')}
        </button>
      </aside>
    </>
  );
}

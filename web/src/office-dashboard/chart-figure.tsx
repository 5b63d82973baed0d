import { type ReactNode, useState } from 'react';
import { t } from '../i18n/i18n';
import { ScrollTable } from '../ui/scroll-table';

/**
 * A chart with its figures as a table: the table is always there for assistive technology (visually hidden), and
 * "Show as a table" puts it on screen in the chart's place.
 */
export function ChartFigure({
  id,
  title,
  lead,
  chart,
  table,
  actions,
  testId,
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** Beside the title, before the table switch (e.g. what the chart is split by). */
  actions?: ReactNode;
  testId?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="dashboard-card" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="dashboard-card__head">
        <h2 id={`${id}-title`} className="dashboard-card__title">
          {title}
        </h2>
        <div className="dashboard-card__actions">
          {actions}
          <button
            type="button"
            className="button button--secondary button--small"
            aria-pressed={asTable}
            aria-controls={`${id}-table`}
            onClick={() => setAsTable(!asTable)}
            data-testid="table-toggle"
          >
            {t('dashboard.showTable')}
          </button>
        </div>
      </div>
      {lead && <p className="dashboard-card__lead">{lead}</p>}
      {!asTable && chart}
      {asTable ? (
        // Shown, a wide table scrolls sideways on a phone, with a hint (ui/scroll-table.tsx).
        <ScrollTable
          id={`${id}-table`}
          className="dashboard-table-wrap"
          labelledBy={`${id}-title`}
          testId="figure-table"
        >
          {table}
        </ScrollTable>
      ) : (
        <div id={`${id}-table`} className="visually-hidden" data-testid="figure-table">
          {table}
        </div>
      )}
    </section>
  );
}

/** A plain table of a chart's figures: a caption, column headings, and one row per category. */
export function FigureTable({
  caption,
  headings,
  rows,
}: {
  caption: string;
  headings: readonly string[];
  rows: readonly (readonly [string, ...(string | number)[]])[];
}) {
  return (
    <table className="dashboard-table">
      {/* The card's heading says it on screen. */}
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading, index) => (
            <th key={heading} scope="col" className={index === 0 ? undefined : 'is-number'}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, ...values]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {values.map((value, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed by the headings
              <td key={index} className="is-number">
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

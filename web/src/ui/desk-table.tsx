import type { ReactNode } from 'react';

/**
 * A desk's table of records (the pipeline, the listings, the EoI triage): the frame and lines of
 * `.desk-table`, one column heading each (`false` leaves a column out), the rows as children.
 */
export function DeskTable({
  wrapClassName,
  className,
  testId,
  headings,
  children,
}: {
  /** Classes beside `desk-table-wrap`. */
  wrapClassName: string;
  /** Classes beside `desk-table`. */
  className: string;
  testId: string;
  headings: readonly (string | false)[];
  children: ReactNode;
}) {
  return (
    <div className={`desk-table-wrap ${wrapClassName}`}>
      <table className={`desk-table ${className}`} data-testid={testId}>
        <thead>
          <tr>
            {headings.map(
              (heading) =>
                heading !== false && (
                  <th key={heading} scope="col">
                    {heading}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

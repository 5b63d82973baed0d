import type { ReactNode } from 'react';

/** One row of a record's facts (`<dl className="facts">`): what it is, then its value. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

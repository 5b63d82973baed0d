import type { ReactNode } from 'react';

/**
 * One row of a record's facts (`<dl className="facts">`): what it is, then its value; `lang` when the value is
 * something written in a language of its own.
 */
export function Fact({ label, lang, children }: { label: ReactNode; lang?: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}

import type { ReactNode } from 'react';

/** A titled panel of a page, named for assistive technology by its heading. */
export function Panel({
  headingId,
  title,
  className,
  testId,
  children,
}: {
  headingId: string;
  title: ReactNode;
  /** Classes beside `panel`. */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

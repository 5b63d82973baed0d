import type { ReactNode } from 'react';

/** A titled panel of a page, named for assistive technology by its heading. */
export function Panel({
  headingId,
  title,
  className,
  testId,
  headingClassName = 'panel__title',
  children,
}: {
  headingId: string;
  title: ReactNode;
  /** Classes beside `panel`. */
  className?: string;
  testId?: string;
  /** `icon-heading` for the account's and the company's sections (an icon, a count beside the title). */
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}

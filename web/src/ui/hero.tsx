import type { ReactNode } from 'react';

/** The banner that opens a directory page (catalogue, partners, institutes): its title, its lead, and a search when it has one. */
export function Hero({
  title,
  lead,
  compact,
  children,
}: {
  title: string;
  lead: string;
  /** The shorter banner of the directories beside the catalogue. */
  compact?: boolean;
  children?: ReactNode;
}) {
  return (
    <section className={compact ? 'hero hero--compact' : 'hero'}>
      <div className="container hero__inner">
        <h1 className="hero__title">{title}</h1>
        <p className="hero__lead">{lead}</p>
        {children}
      </div>
    </section>
  );
}

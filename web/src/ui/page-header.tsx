import type { ReactNode } from 'react';
import { type MessageKey, t } from '../i18n/i18n';

/**
 * The head of a desk or list page: for whom (the eyebrow), its title and lead, then its actions or
 * tabs. With a `layout` (`office-header`) the intro is one block beside the actions.
 */
export function PageHeader({
  eyebrow,
  title,
  lead,
  titleTestId,
  layout,
  introClassName,
  tabs = false,
  children,
}: {
  eyebrow: ReactNode;
  title: ReactNode;
  lead: ReactNode;
  titleTestId?: string;
  /** The container's layout class. */
  layout?: string;
  introClassName?: string;
  /** Tabs close the header (`page-header--tabs`). */
  tabs?: boolean;
  children?: ReactNode;
}) {
  const intro = (
    <>
      <p className="eyebrow">{eyebrow}</p>
      <h1 className="page-header__title" data-testid={titleTestId}>
        {title}
      </h1>
      <p className="page-header__sub">{lead}</p>
    </>
  );
  return (
    <div className={tabs ? 'page-header page-header--tabs' : 'page-header'}>
      <div className={layout ? `container split-row ${layout}` : 'container'}>
        {layout ? <div className={introClassName}>{intro}</div> : intro}
        {children}
      </div>
    </div>
  );
}

/** The desks whose messages follow `<desk>.eyebrow`, `.heading`, `.lead` (with the institute) and `.leadAll`. */
type Desk = {
  [K in MessageKey]: K extends `${infer Desk}.leadAll`
    ? `${Desk}.eyebrow` | `${Desk}.heading` | `${Desk}.lead` extends MessageKey
      ? Desk
      : never
    : never;
}[MessageKey];

/** The head of an office desk: the viewer's institute (none: an administrator's, every institute's), its name and lead. */
export function DeskHeader({ desk, institute, children }: { desk: Desk; institute?: string; children: ReactNode }) {
  return (
    <PageHeader
      eyebrow={institute ?? t(`${desk}.eyebrow`)}
      title={t(`${desk}.heading`)}
      lead={institute ? t(`${desk}.lead`, { institute }) : t(`${desk}.leadAll`)}
      layout="office-header"
    >
      {children}
    </PageHeader>
  );
}

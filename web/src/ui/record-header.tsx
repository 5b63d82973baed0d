import type { ReactNode } from 'react';
import { BackLink, type BackTo } from './back-link';

/**
 * The head of a page about one record: the way back to its list, what the record is (the eyebrow), its
 * title, and below them its status and facts (the children).
 */
export function RecordHeader({
  className,
  back,
  eyebrow,
  title,
  titleLang,
  testIds,
  titleClassName,
  factsClassName = 'detail-header__badges',
  children,
}: {
  /** Classes beside `page-header`. */
  className?: string;
  back: BackTo;
  eyebrow: ReactNode;
  title: ReactNode;
  /** The title's `lang` when it is something written in a language of its own (written-language.ts). */
  titleLang?: string;
  testIds: { eyebrow?: string; title: string };
  titleClassName?: string;
  factsClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `page-header ${className}` : 'page-header'}>
      <div className="container">
        <BackLink back={back} />
        <p className="eyebrow" data-testid={testIds.eyebrow}>
          {eyebrow}
        </p>
        <h1
          className={titleClassName ? `page-header__title ${titleClassName}` : 'page-header__title'}
          data-testid={testIds.title}
          lang={titleLang}
        >
          {title}
        </h1>
        <div className={factsClassName}>{children}</div>
      </div>
    </div>
  );
}

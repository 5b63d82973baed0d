import { type ReactNode, useEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import './scroll-table.css';

/**
 * A table that scrolls sideways when it is wider than the page (a phone), with a visible hint while part of it
 * is out of sight. The tables of the office's and companies' lists turn into cards instead (.office-table,
 * ui/office-records.css); this is for the tables whose columns must stay side by side (figures, shares).
 * The region takes the focus, so the keyboard can scroll it (axe's scrollable-region-focusable).
 */
export function ScrollTable({
  id,
  label,
  labelledBy,
  className,
  testId,
  children,
}: {
  id?: string;
  /** The region's name, unless `labelledBy` names it. */
  label?: string;
  labelledBy?: string;
  /** Classes beside `scroll-table__region` (the element that scrolls). */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<'none' | 'end' | 'start'>('none');

  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    const measure = () => setHidden(hiddenSide(region.scrollWidth, region.clientWidth, region.scrollLeft));
    measure();
    region.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(region);
    return () => {
      region.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  return (
    <div className="scroll-table" data-overflow={hidden}>
      <section
        ref={ref}
        id={id}
        className={`scroll-table__region${className ? ` ${className}` : ''}`}
        aria-label={labelledBy ? undefined : label}
        aria-labelledby={labelledBy}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region takes the focus to be scrolled by keyboard
        tabIndex={0}
        data-testid={testId}
      >
        {children}
      </section>
      {hidden !== 'none' && (
        <p className="scroll-table__hint" data-testid="scroll-hint" aria-hidden="true">
          {hidden === 'end' ? t('table.scrollForMore') : t('table.scrollBack')}
        </p>
      )}
    </div>
  );
}

/** Which side of a scrolled table is out of sight: the end first (more to see), else the start. */
export function hiddenSide(scrollWidth: number, clientWidth: number, scrollLeft: number): 'none' | 'end' | 'start' {
  // A pixel of rounding is not more to see.
  if (scrollWidth - clientWidth <= 1) return 'none';
  if (scrollLeft + clientWidth < scrollWidth - 1) return 'end';
  return 'start';
}

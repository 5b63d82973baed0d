import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { ExternalIcon } from './icons';

/** The address when it is a web address (http or https), else null: never a `javascript:` link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A link to another site, opening in a new tab, and saying so to screen-reader users. Anything
 * but a web address is shown as plain text.
 */
export function ExternalLink({
  href,
  children,
  className,
  testId,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className={className} data-testid={testId}>
      {children}
      <ExternalIcon className="icon icon--external" />
      <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
    </a>
  );
}

/** A website address without the scheme, for display. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

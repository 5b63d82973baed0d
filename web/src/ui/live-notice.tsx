import type { ReactNode } from 'react';
import { LiveRegion, Notice } from './form';

/** A one-paragraph notice, said by the live region when it appears; nothing while there is nothing to say. */
export function LiveNotice({
  tone,
  testId,
  children,
}: {
  tone?: 'success' | 'info' | 'warning';
  testId?: string;
  /** The text; empty (false, null, '') shows nothing. */
  children: ReactNode;
}) {
  return (
    <LiveRegion>
      {children ? (
        <Notice tone={tone} testId={testId}>
          <p>{children}</p>
        </Notice>
      ) : null}
    </LiveRegion>
  );
}

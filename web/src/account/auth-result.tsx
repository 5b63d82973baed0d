import type { ReactNode } from 'react';
import { focusOnMount } from '../ui/form';

/**
 * What an account page says once its form is done, or when its link cannot be used: an icon, a title
 * (the page's own heading, or one under it that takes the focus) and what to do next.
 */
export function AuthResult({
  failed = false,
  role,
  testId,
  icon,
  title,
  heading = 'result',
  children,
}: {
  failed?: boolean;
  role?: 'status' | 'alert';
  testId: string;
  icon: ReactNode;
  title: ReactNode;
  /** `page`: the page's h1; `result`: an h2 that takes the focus; `plain`: an h2 that does not. */
  heading?: 'page' | 'result' | 'plain';
  children: ReactNode;
}) {
  return (
    <div className={failed ? 'auth-result auth-result--error' : 'auth-result'} role={role} data-testid={testId}>
      <span className="auth-result__icon" aria-hidden="true">
        {icon}
      </span>
      {heading === 'page' ? (
        <h1 className="auth-card__title">{title}</h1>
      ) : (
        <h2
          className="auth-result__title"
          ref={heading === 'result' ? focusOnMount : undefined}
          tabIndex={heading === 'result' ? -1 : undefined}
        >
          {title}
        </h2>
      )}
      {children}
    </div>
  );
}

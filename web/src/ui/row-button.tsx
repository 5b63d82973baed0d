import type { ReactNode } from 'react';

const TONES = {
  primary: 'button button--primary button--small',
  secondary: 'button button--secondary button--small',
  'quiet-danger': 'button button--secondary button--small button--quiet-danger',
};

/** A small button acting on one row of a list; screen readers hear the row's name after the label. */
export function RowButton({
  tone = 'secondary',
  rowName,
  disabled,
  expanded,
  onClick,
  testId,
  children,
}: {
  tone?: keyof typeof TONES;
  /** Whose row it is ("Resend (ann@example.org)"). */
  rowName: string;
  disabled?: boolean;
  /** For a button that opens an editor below the row. */
  expanded?: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={TONES[tone]}
      disabled={disabled}
      aria-expanded={expanded}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
      <span className="visually-hidden"> ({rowName})</span>
    </button>
  );
}

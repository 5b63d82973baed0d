import type { ReactNode } from 'react';

export type FilterOption = { value: string; label: string };

/**
 * One labelled dropdown of a filter bar: the label above, any fixed choices ("any", "me") first as
 * children, then one option a value.
 */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  testId: string;
  children?: ReactNode;
}) {
  return (
    <label className="triage-filter">
      <span className="office-filter__label">{label}</span>
      <select
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      >
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

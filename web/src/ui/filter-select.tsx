import { type ReactNode, useId } from 'react';
import { SelectOptions } from './form';

export type FilterOption = { value: string; label: string };

/**
 * One labelled dropdown of a filter bar: any fixed choices ("any", "me") first as children, then one
 * option a value. `stacked` (the office desks): the label above; `inline` (the admin lists): beside.
 */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  testId,
  layout = 'stacked',
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  testId: string;
  layout?: 'stacked' | 'inline';
  children?: ReactNode;
}) {
  const id = useId();
  const select = (className?: string) => (
    <select
      id={id}
      className={className}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      data-testid={testId}
    >
      {children}
      <SelectOptions options={options} />
    </select>
  );
  if (layout === 'inline') {
    return (
      <div className="field field--inline">
        <label htmlFor={id}>{label}</label>
        {select()}
      </div>
    );
  }
  return (
    <label className="triage-filter" htmlFor={id}>
      <span className="office-filter__label">{label}</span>
      {select('input select')}
    </label>
  );
}

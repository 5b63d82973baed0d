import { useEffect, useId, useState } from 'react';
import { SearchIcon } from './icons';

/**
 * A desk's search box (the listings, the EoI triage): typed freely, searched on submit, and reset to
 * the search in the address when that changes (back, a cleared filter).
 */
export function DeskSearch({
  className,
  value,
  onSearch,
  label,
  placeholder,
  testId,
}: {
  className: string;
  /** The search in force. */
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder: string;
  testId: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className="input"
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        data-testid={testId}
      />
      <button type="submit" className="button button--primary" aria-label={label}>
        <SearchIcon />
      </button>
    </form>
  );
}

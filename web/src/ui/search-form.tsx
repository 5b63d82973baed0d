import { type FormEvent, useEffect, useId, useState } from 'react';
import { t } from '../i18n/i18n';
import { SearchIcon } from './icons';

/**
 * A search box that submits on Enter or with its button. `value` comes from the URL: when it
 * changes (back/forward, a shared link, "clear"), the box follows.
 */
export function SearchForm({
  value,
  label,
  placeholder,
  hint,
  maxLength,
  onSearch,
}: {
  value: string;
  label: string;
  placeholder?: string;
  hint?: string;
  maxLength?: number;
  onSearch: (query: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  useEffect(() => setDraft(value), [value]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft.trim());
  }

  return (
    <search className="search-form">
      <form onSubmit={submit}>
        <label className="visually-hidden" htmlFor={`${id}-input`}>
          {label}
        </label>
        <div className="search-form__field">
          <SearchIcon className="icon field-adornment search-form__icon" />
          <input
            id={`${id}-input`}
            data-testid="search-input"
            className="search-form__input"
            type="search"
            name="q"
            value={draft}
            placeholder={placeholder}
            maxLength={maxLength}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--primary search-form__submit" data-testid="search-submit">
            {t('common.search')}
          </button>
        </div>
        {hint && (
          <p id={`${id}-hint`} className="search-form__hint">
            {hint}
          </p>
        )}
      </form>
    </search>
  );
}

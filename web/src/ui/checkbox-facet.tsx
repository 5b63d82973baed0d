import { useId, useState } from 'react';
import { formatNumber, t } from '../i18n/i18n';

export interface FacetOption {
  value: string;
  label: string;
  /** Results this value gives (left out where the API has no counts) */
  count?: number;
  /** Indentation level in a hierarchy (0: top level) */
  depth?: number;
}

export interface FacetGroup {
  key: string;
  title?: string;
  options: FacetOption[];
}

/**
 * One filter as a group of checkboxes with the number of results each value would give. Every
 * input carries `data-value` for tests and tools. With `collapseAfter`, long lists show their first
 * options (and any selected one) until "Show all".
 */
export function CheckboxFacet({
  name,
  legend,
  groups,
  selected,
  onToggle,
  collapseAfter,
}: {
  name: string;
  legend: string;
  groups: FacetGroup[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  collapseAfter?: number;
}) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const total = groups.reduce((sum, group) => sum + group.options.length, 0);
  const collapsible = collapseAfter !== undefined && total > collapseAfter + 2;
  let index = 0;

  return (
    <fieldset className="facet" data-testid={`facet-${name}`}>
      <legend className="facet__legend">{legend}</legend>
      {total === 0 && <p className="facet__empty">{t('catalogue.facet.none')}</p>}
      {groups.map((group) => {
        const visible = group.options.filter((option) => {
          const position = index++;
          return !collapsible || expanded || position < (collapseAfter ?? 0) || selected.includes(option.value);
        });
        if (visible.length === 0) return null;
        const titleId = `${id}-${group.key}`;
        return (
          <div className="facet__group" key={group.key}>
            {group.title && (
              <p className="facet__group-title" id={titleId}>
                {group.title}
              </p>
            )}
            <ul className="facet__options" aria-labelledby={group.title ? titleId : undefined}>
              {visible.map((option) => {
                const inputId = `${id}-${option.value}`;
                const checked = selected.includes(option.value);
                return (
                  <li
                    key={option.value}
                    className={`facet__option${option.depth ? ' facet__option--child' : ''}${
                      option.count === 0 && !checked ? ' facet__option--empty' : ''
                    }`}
                  >
                    <input
                      id={inputId}
                      type="checkbox"
                      name={name}
                      value={option.value}
                      data-value={option.value}
                      checked={checked}
                      aria-describedby={option.count === undefined ? undefined : `${inputId}-count`}
                      onChange={() => onToggle(option.value)}
                    />
                    <label htmlFor={inputId}>{option.label}</label>
                    {option.count !== undefined && (
                      <span className="facet__count" id={`${inputId}-count`} aria-hidden="true">
                        {formatNumber(option.count)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {collapsible && (
        <button type="button" className="link-button facet__more" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('common.showFewer') : t('common.showAll', { count: total })}
        </button>
      )}
    </fieldset>
  );
}

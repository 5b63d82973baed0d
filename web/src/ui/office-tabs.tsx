/** One tab of a desk's status tabs: a status (or a group of them) and how many items it holds. */
export interface StatusTab<Value extends string> {
  value: Value;
  label: string;
  count: number;
}

/**
 * The status tabs of an office desk (triage, pipeline, listings), each with its count; the selected
 * one pressed. An empty value ("any status") is named `all` for tests.
 */
export function OfficeStatusTabs<Value extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly StatusTab<Value>[];
  selected: Value;
  onSelect: (value: Value) => void;
}) {
  return (
    <ul className="office-tabs" aria-label={label}>
      {tabs.map((tab) => (
        <li key={tab.value || 'all'}>
          <button
            type="button"
            className={`office-tabs__tab${selected === tab.value ? ' is-selected' : ''}`}
            aria-pressed={selected === tab.value}
            onClick={() => onSelect(tab.value)}
            data-testid="status-tab"
            data-status={tab.value || 'all'}
          >
            {tab.label}
            <span className="office-tabs__count" data-testid="status-tab-count">
              {tab.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

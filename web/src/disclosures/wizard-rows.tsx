import type { ReactNode } from 'react';
import { type DisclosureValues, rowKey } from './disclosure-form';
import type { BoundText, StepProps } from './wizard-fields';

/** The lists of the values whose rows the wizard edits one by one. */
type ListName = 'inventors' | 'publicDisclosures' | 'fundingSources';
type RowOf<Name extends ListName> = DisclosureValues[Name][number];

/** Changes one list of the values: a row's fields, a row less, a row more (with a fresh React key). */
export function listOf<Name extends ListName>(update: StepProps['update'], name: Name) {
  type Row = RowOf<Name>;
  const change = (recipe: (rows: Row[]) => Row[]) =>
    update((current) => ({ ...current, [name]: recipe(current[name] as Row[]) }));
  return {
    set: (index: number, patch: Partial<Row>) =>
      change((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row))),
    remove: (index: number) => change((rows) => rows.filter((_, at) => at !== index)),
    add: (row: Omit<Row, 'key'>) => change((rows) => [...rows, { ...row, key: rowKey() } as Row]),
  };
}

/**
 * The texts of one row (`fundingSources.0.funder`) bound to the row: by the row's name for the value,
 * and by the server's name for the field where the two differ (`share`, `contributionShare`).
 */
export function rowTextsOf<Row>(error: StepProps['error'], at: string, row: Row, set: (patch: Partial<Row>) => void) {
  return (name: keyof Row & string, field: string = name): BoundText => ({
    field: `${at}.${field}`,
    value: String(row[name]),
    onChange: (value) => set({ [name]: value } as Partial<Row>),
    error: error(`${at}.${field}`),
  });
}

/** The button that takes a row out; screen readers hear which row after the label. */
export function RemoveRowButton({
  onClick,
  testId,
  rowName,
  children,
}: {
  onClick: () => void;
  testId: string;
  rowName: ReactNode;
  children: ReactNode;
}) {
  return (
    <button type="button" className="link-button wizard-row__remove" onClick={onClick} data-testid={testId}>
      {children}
      <span className="visually-hidden"> {rowName}</span>
    </button>
  );
}

/** The message about a whole list (too many rows, shares that do not add up). */
export function ListError({ field, error }: { field: ListName; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="form-field__error" data-testid={`error-${field}`}>
      {error}
    </p>
  );
}

import type { ExportCell } from './office-export.js';

// What a spreadsheet would take for a formula: a cell starting with =, +, -, @, a tab or a carriage return
// (OWASP's "CSV injection"). Such text is written with a leading single quote, which spreadsheets show as text
// and never evaluate. Commas, quotes and line breaks are the CSV library's to quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as it is safe to open in a spreadsheet. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as written to the file: dates as ISO 8601 (UTC), booleans as true/false, nothing as an empty cell. */
export function csvCell(value: ExportCell): string | number {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return value;
  return neutraliseFormula(value);
}

import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from './csv-cells.js';

describe('csv cells', () => {
  it('neutralise what a spreadsheet would evaluate, and only that', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}SUM(A1:A9)`)).toBe(`'${start}SUM(A1:A9)`);
    }
    for (const safe of ['SUM(A1)', 'a=b', " '=already quoted", '', '1-2', '\n=next line']) {
      expect(neutraliseFormula(safe)).toBe(safe);
    }
  });

  it('write dates as ISO 8601, booleans as words, numbers as numbers, nothing as empty', () => {
    expect(csvCell(new Date(Date.UTC(2026, 11, 2, 9, 30)))).toBe('2026-12-02T09:30:00.000Z');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell(null)).toBe('');
    expect(csvCell('-3')).toBe("'-3");
  });
});

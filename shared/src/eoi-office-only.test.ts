import { describe, expect, it } from 'vitest';
import { mayReadEoiItem, seesOfficeOnly } from './eoi-office-only.js';

describe('office-only EoI data', () => {
  it('is seen by the office side only', () => {
    expect(seesOfficeOnly('OFFICE')).toBe(true);
    expect(seesOfficeOnly('COMPANY')).toBe(false);
    expect(seesOfficeOnly(null)).toBe(false);
  });

  it('keeps internal items from everyone but the office, and shares the rest', () => {
    expect(mayReadEoiItem('OFFICE', { internal: true })).toBe(true);
    expect(mayReadEoiItem('COMPANY', { internal: true })).toBe(false);
    expect(mayReadEoiItem(null, { internal: true })).toBe(false);
    expect(mayReadEoiItem('COMPANY', { internal: false })).toBe(true);
    expect(mayReadEoiItem('OFFICE', { internal: false })).toBe(true);
  });
});

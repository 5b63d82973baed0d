import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, loadErrorMessages, loadMemberMessages } from '../i18n/i18n';
import { plannedDisclosureWarningText } from './planned-disclosure-warning';

const now = new Date('2026-12-02T10:00:00Z');

describe('a near planned public disclosure, in words for its reader', () => {
  afterEach(() => activateLocale('en'));

  it('asks the researcher to tell the office, and tells the office what must be done', async () => {
    await Promise.all([loadErrorMessages(), loadMemberMessages()]);
    expect(plannedDisclosureWarningText('2026-12-12', 'RESEARCHER', now)).toBe(
      'This public disclosure is in 10 days: tell the office now, a patent application must be filed before it.',
    );
    expect(plannedDisclosureWarningText('2026-12-12', 'OFFICE', now)).toBe(
      'This public disclosure is in 10 days: a patent application must be filed before it.',
    );
    expect(plannedDisclosureWarningText('2026-12-02', 'OFFICE', now)).toBe(
      'This public disclosure is today: a patent application must be filed before it.',
    );
    expect(plannedDisclosureWarningText('2026-12-03', 'OFFICE', now)).toMatch(/^This public disclosure is tomorrow:/);
    // Far off, or past: nothing to say.
    expect(plannedDisclosureWarningText('2027-06-01', 'OFFICE', now)).toBeNull();
    expect(plannedDisclosureWarningText('2026-11-01', 'RESEARCHER', now)).toBeNull();
  });

  it('in Italian too', async () => {
    await activateLocale('it');
    await Promise.all([loadErrorMessages(), loadMemberMessages()]);
    expect(plannedDisclosureWarningText('2026-12-12', 'OFFICE', now)).toBe(
      'Questa divulgazione pubblica è prevista tra 10 giorni: la domanda di brevetto va depositata prima.',
    );
    expect(plannedDisclosureWarningText('2026-12-03', 'OFFICE', now)).toMatch(/prevista per domani/);
  });
});

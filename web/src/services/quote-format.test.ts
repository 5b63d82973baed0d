import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { editableNumber, formatQuantity, formatQuoteEuros, formatVatRate, quoteStatusLabel } from './quote-format';

describe('the numbers of a quote in the reader’s language', () => {
  afterEach(() => activateLocale('en'));

  it('writes English amounts with cents, grouped', () => {
    expect(formatQuoteEuros(123_450)).toBe('€1,234.50');
    expect(formatQuoteEuros(5_000)).toBe('€50.00');
    expect(formatQuantity(150)).toBe('1.5');
    expect(formatVatRate(2200)).toBe('22%');
    expect(editableNumber(150)).toBe('1.5');
    expect(editableNumber(45_000)).toBe('450');
  });

  it('writes Italian amounts as an invoice does: 1.234,50 €', async () => {
    await activateLocale('it');
    expect(formatQuoteEuros(123_450)).toBe('1.234,50\u00a0€');
    expect(formatQuantity(150)).toBe('1,5');
    expect(editableNumber(150)).toBe('1,5');
    expect(quoteStatusLabel('SENT')).toBe('In attesa di risposta');
  });
});

import { describe, expect, it } from 'vitest';
import {
  allowedQuoteMoves,
  divideRoundHalfAwayFromZero,
  eoiStatusAfterQuoteAccepted,
  eoiStepsAfterQuoteAccepted,
  lineFigures,
  lineNetCents,
  lineVatCents,
  maySendQuote,
  parseEuros,
  parseQuantity,
  parseVatPercent,
  QUOTE_LIMITS,
  type QuoteData,
  type QuoteLineData,
  quoteAccepted,
  quoteStatusOn,
  quoteTotals,
  validateQuote,
  validateQuoteDecline,
} from './quote-rules.js';

const line = (overrides: Partial<QuoteLineData> = {}): QuoteLineData => ({
  description: 'Whole-exome sequencing',
  quantityHundredths: 9600,
  unit: 'sample',
  unitPriceCents: 45_000,
  vatBasisPoints: 2200,
  ...overrides,
});

const quote = (overrides: Partial<QuoteData> = {}): QuoteData => ({
  lines: [line()],
  validUntil: '2027-02-01',
  conditions: '50 % on acceptance',
  deliveryEstimate: '',
  deliveryWeeks: 8,
  ...overrides,
});
const TODAY = '2027-01-01';

describe('quote arithmetic', () => {
  it('rounds halves away from zero, exactly', () => {
    expect(divideRoundHalfAwayFromZero(5n, 10n)).toBe(1n);
    expect(divideRoundHalfAwayFromZero(4n, 10n)).toBe(0n);
    expect(divideRoundHalfAwayFromZero(-5n, 10n)).toBe(-1n);
    expect(divideRoundHalfAwayFromZero(-4n, 10n)).toBe(0n);
    expect(divideRoundHalfAwayFromZero(15n, 10n)).toBe(2n);
    expect(divideRoundHalfAwayFromZero(25n, 10n)).toBe(3n);
  });

  it('computes a line net as quantity × unit price, rounded to the cent', () => {
    expect(lineNetCents({ quantityHundredths: 9600, unitPriceCents: 45_000 })).toBe(4_320_000);
    // 1.5 × 0.33 € = 0.495 € → 0.50 €
    expect(lineNetCents({ quantityHundredths: 150, unitPriceCents: 33 })).toBe(50);
    // 0.25 × 0.01 € = 0.0025 € → 0.00 €
    expect(lineNetCents({ quantityHundredths: 25, unitPriceCents: 1 })).toBe(0);
    // A discount: 1.5 × −0.33 € = −0.495 € → −0.50 €
    expect(lineNetCents({ quantityHundredths: 150, unitPriceCents: -33 })).toBe(-50);
  });

  it('computes VAT on the rounded net, rounded to the cent', () => {
    expect(lineVatCents(4_320_000, 2200)).toBe(950_400);
    // 0.25 € × 22 % = 0.055 € → 0.06 €
    expect(lineVatCents(25, 2200)).toBe(6);
    // 0.02 € × 22 % = 0.0044 € → 0.00 €
    expect(lineVatCents(2, 2200)).toBe(0);
    expect(lineVatCents(10_000, 0)).toBe(0);
    expect(lineVatCents(-25, 2200)).toBe(-6);
  });

  it('sums the rounded line figures for the totals', () => {
    const lines = [
      line({ quantityHundredths: 100, unitPriceCents: 25, vatBasisPoints: 2200 }),
      line({ quantityHundredths: 100, unitPriceCents: 25, vatBasisPoints: 2200 }),
    ];
    // Each line: net 0.25, VAT 0.055 → 0.06; the sum is 0.12, not 22 % of 0.50 (0.11).
    expect(quoteTotals(lines)).toEqual({ netCents: 50, vatCents: 12, grossCents: 62 });
    expect(lineFigures(lines[0]!)).toEqual({ netCents: 25, vatCents: 6, grossCents: 31 });
    expect(quoteTotals([])).toEqual({ netCents: 0, vatCents: 0, grossCents: 0 });
  });

  it('mixes rates per line', () => {
    const totals = quoteTotals([
      line({ quantityHundredths: 200, unitPriceCents: 10_000, vatBasisPoints: 2200 }),
      line({ quantityHundredths: 100, unitPriceCents: 5_000, vatBasisPoints: 1000 }),
      line({ quantityHundredths: 100, unitPriceCents: 3_000, vatBasisPoints: 0 }),
    ]);
    expect(totals).toEqual({ netCents: 28_000, vatCents: 4_900, grossCents: 32_900 });
  });

  it('stays exact beyond floating point for the largest lines', () => {
    const net = lineNetCents({
      quantityHundredths: QUOTE_LIMITS.quantityHundredthsMax,
      unitPriceCents: QUOTE_LIMITS.unitPriceCentsMax,
    });
    expect(net).toBe(1_000_000 * 1_000_000_000);
  });

  it('reads quantities, euros and VAT percentages as people type them', () => {
    expect(parseQuantity('3')).toBe(300);
    expect(parseQuantity('1.5')).toBe(150);
    expect(parseQuantity('1,25')).toBe(125);
    expect(parseQuantity('1.255')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(parseQuantity('abc')).toBeNull();
    expect(parseEuros('1200')).toBe(120_000);
    expect(parseEuros('1200,5')).toBe(120_050);
    expect(parseEuros('-50.25')).toBe(-5_025);
    expect(parseEuros('1.200,50')).toBeNull();
    expect(parseVatPercent('22')).toBe(2200);
    expect(parseVatPercent('4,5')).toBe(450);
    expect(parseVatPercent('101')).toBeNull();
  });
});

describe('quote validation', () => {
  it('accepts a complete quote', () => {
    expect(validateQuote(quote(), TODAY)).toEqual([]);
  });

  it('needs 1 to 50 lines', () => {
    expect(validateQuote(quote({ lines: [] }), TODAY).map((p) => p.code)).toEqual(['QUOTE_LINES_REQUIRED']);
    const many = Array.from({ length: 51 }, () => line());
    expect(validateQuote(quote({ lines: many }), TODAY).map((p) => p.code)).toContain('QUOTE_TOO_MANY_LINES');
  });

  it('names the field of each bad line', () => {
    const problems = validateQuote(
      quote({
        lines: [
          line(),
          line({ description: ' ', unit: '', quantityHundredths: 0, unitPriceCents: 1.5, vatBasisPoints: 10_001 }),
        ],
      }),
      TODAY,
    );
    expect(problems).toEqual([
      { field: 'lines.1.description', code: 'QUOTE_LINE_DESCRIPTION_REQUIRED' },
      { field: 'lines.1.unit', code: 'QUOTE_LINE_UNIT_REQUIRED' },
      { field: 'lines.1.quantity', code: 'QUOTE_QUANTITY_INVALID' },
      { field: 'lines.1.unitPrice', code: 'QUOTE_PRICE_INVALID' },
      { field: 'lines.1.vatRate', code: 'QUOTE_VAT_RATE_INVALID' },
    ]);
  });

  it('refuses a negative total and texts over their limits', () => {
    expect(validateQuote(quote({ lines: [line({ unitPriceCents: -1 })] }), TODAY).map((p) => p.code)).toEqual([
      'QUOTE_TOTAL_INVALID',
    ]);
    const long = validateQuote(
      quote({ conditions: 'x'.repeat(5001), deliveryEstimate: 'x'.repeat(201), deliveryWeeks: 0 }),
      TODAY,
    );
    expect(long.map((p) => p.field)).toEqual(['conditions', 'deliveryEstimate', 'deliveryWeeks']);
  });

  it('must be valid until a day after today, and not beyond two years', () => {
    expect(validateQuote(quote({ validUntil: TODAY }), TODAY).map((p) => p.code)).toEqual(['QUOTE_VALIDITY_IN_PAST']);
    expect(validateQuote(quote({ validUntil: '2026-12-31' }), TODAY).map((p) => p.code)).toEqual([
      'QUOTE_VALIDITY_IN_PAST',
    ]);
    expect(validateQuote(quote({ validUntil: '2027-01-02' }), TODAY)).toEqual([]);
    expect(validateQuote(quote({ validUntil: '2029-02-01' }), TODAY).map((p) => p.code)).toEqual([
      'QUOTE_VALIDITY_TOO_FAR',
    ]);
    expect(validateQuote(quote({ validUntil: '2027-02-30' }), TODAY).map((p) => p.code)).toEqual(['DATE_INVALID']);
  });

  it('needs a decline reason from the list', () => {
    expect(validateQuoteDecline('PRICE', '')).toEqual([]);
    expect(validateQuoteDecline(null, '').map((p) => p.code)).toEqual(['QUOTE_DECLINE_REASON_REQUIRED']);
    expect(validateQuoteDecline('CHEAPER', '').map((p) => p.code)).toEqual(['QUOTE_DECLINE_REASON_REQUIRED']);
    expect(validateQuoteDecline('OTHER', 'x'.repeat(2001)).map((p) => p.code)).toEqual(['TEXT_TOO_LONG']);
  });
});

describe('quote statuses and moves', () => {
  it('reads a sent quote past its last valid day as expired', () => {
    expect(quoteStatusOn('SENT', '2027-01-01', '2027-01-01')).toBe('SENT');
    expect(quoteStatusOn('SENT', '2026-12-31', '2027-01-01')).toBe('EXPIRED');
    expect(quoteStatusOn('ACCEPTED', '2026-12-31', '2027-01-01')).toBe('ACCEPTED');
  });

  it('lets the company accept or decline only the latest open version of an open request', () => {
    const open = { status: 'SENT', latest: true, eoiStatus: 'IN_REVIEW' } as const;
    expect(allowedQuoteMoves('COMPANY', open)).toEqual(['ACCEPT', 'DECLINE']);
    expect(allowedQuoteMoves('OFFICE', open)).toEqual(['REVISE']);
    expect(allowedQuoteMoves(null, open)).toEqual([]);
    for (const status of ['SUPERSEDED', 'EXPIRED', 'DECLINED', 'ACCEPTED'] as const)
      expect(allowedQuoteMoves('COMPANY', { ...open, status })).toEqual([]);
    expect(allowedQuoteMoves('COMPANY', { ...open, latest: false })).toEqual([]);
    expect(allowedQuoteMoves('COMPANY', { ...open, eoiStatus: 'WITHDRAWN' })).toEqual([]);
    expect(allowedQuoteMoves('OFFICE', { ...open, eoiStatus: 'AGREED' })).toEqual([]);
  });

  it('lets the office revise an expired quote but not a decided one', () => {
    const base = { latest: true, eoiStatus: 'NEGOTIATION' } as const;
    expect(allowedQuoteMoves('OFFICE', { ...base, status: 'EXPIRED' })).toEqual(['REVISE']);
    expect(allowedQuoteMoves('OFFICE', { ...base, status: 'ACCEPTED' })).toEqual([]);
    expect(allowedQuoteMoves('OFFICE', { ...base, status: 'DECLINED' })).toEqual([]);
  });

  it('sends a new version only when no quote is open or accepted', () => {
    expect(maySendQuote('SUBMITTED', null)).toBe(true);
    expect(maySendQuote('IN_DISCUSSION', 'DECLINED')).toBe(true);
    expect(maySendQuote('IN_DISCUSSION', 'EXPIRED')).toBe(true);
    expect(maySendQuote('IN_DISCUSSION', 'SENT')).toBe(false);
    expect(maySendQuote('IN_DISCUSSION', 'ACCEPTED')).toBe(false);
    expect(maySendQuote('DECLINED', null)).toBe(false);
    expect(maySendQuote('AGREED', null)).toBe(false);
  });

  it('moves the request to negotiation on acceptance', () => {
    expect(eoiStatusAfterQuoteAccepted('SUBMITTED')).toBe('NEGOTIATION');
    expect(eoiStatusAfterQuoteAccepted('IN_DISCUSSION')).toBe('NEGOTIATION');
    expect(eoiStatusAfterQuoteAccepted('NEGOTIATION')).toBe('NEGOTIATION');
    // Step by step, as the office's workflow goes.
    expect(eoiStepsAfterQuoteAccepted('SUBMITTED')).toEqual(['IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION']);
    expect(eoiStepsAfterQuoteAccepted('IN_DISCUSSION')).toEqual(['NEGOTIATION']);
    expect(eoiStepsAfterQuoteAccepted('NEGOTIATION')).toEqual([]);
    expect(eoiStepsAfterQuoteAccepted('AGREED')).toEqual([]);
  });

  it('says whether a request has an accepted quote', () => {
    expect(quoteAccepted(['SUPERSEDED', 'ACCEPTED'])).toBe(true);
    expect(quoteAccepted(['SUPERSEDED', 'SENT'])).toBe(false);
  });
});

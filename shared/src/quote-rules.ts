// Quotes, defined once: the office's priced answer to a service request, its arithmetic, its limits, its statuses
// and who may move it. The API enforces these rules; the web computes its live totals with the same functions.
//
// Money is in integer euro cents (as agreements); VAT rates in basis points (2200 = 22 %). A quantity has at most
// two decimals and is kept as an integer of hundredths (1.5 hours = 150), so no figure is ever a binary fraction.
import { AGREEMENT_LIMITS, isIsoDay } from './agreement-rules.js';
import type { EoiStatus } from './eoi-transitions.js';
import { type FieldProblem, problem } from './error-messages.js';

export const QuoteStatus = {
  /** Sent: the company sees it and may accept or decline it while it is valid. */
  SENT: 'SENT',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  /** A revision (the next version) replaced it. */
  SUPERSEDED: 'SUPERSEDED',
  /** Its validity passed while it was open: computed from SENT and the date, never stored. */
  EXPIRED: 'EXPIRED',
} as const;
export type QuoteStatus = (typeof QuoteStatus)[keyof typeof QuoteStatus];

/** What a quote's status may be in the database (EXPIRED is read from the date, see quoteStatusOn). */
export type StoredQuoteStatus = Exclude<QuoteStatus, 'EXPIRED'>;
export const STORED_QUOTE_STATUSES = {
  SENT: 'SENT',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  SUPERSEDED: 'SUPERSEDED',
} as const satisfies Record<StoredQuoteStatus, StoredQuoteStatus>;

/** Why a company declines a quote. */
export const QuoteDeclineReason = {
  PRICE: 'PRICE',
  TIMELINE: 'TIMELINE',
  SCOPE: 'SCOPE',
  FOUND_ANOTHER_PROVIDER: 'FOUND_ANOTHER_PROVIDER',
  BUDGET_NOT_APPROVED: 'BUDGET_NOT_APPROVED',
  OTHER: 'OTHER',
} as const;
export type QuoteDeclineReason = (typeof QuoteDeclineReason)[keyof typeof QuoteDeclineReason];

/** The reasons' labels, for e-mails and any place without the web's catalogues. */
export const QUOTE_DECLINE_REASON_LABELS: Record<QuoteDeclineReason, { en: string; it: string }> = {
  PRICE: { en: 'Price too high', it: 'Prezzo troppo alto' },
  TIMELINE: { en: 'Timeline does not fit', it: 'Tempi non compatibili' },
  SCOPE: { en: 'Scope does not match the request', it: 'Ambito non corrispondente alla richiesta' },
  FOUND_ANOTHER_PROVIDER: { en: 'Found another provider', it: 'Scelto un altro fornitore' },
  BUDGET_NOT_APPROVED: { en: 'Budget not approved', it: 'Budget non approvato' },
  OTHER: { en: 'Other', it: 'Altro' },
};

export const QUOTE_LIMITS = {
  linesMin: 1,
  linesMax: 50,
  descriptionMin: 2,
  descriptionMax: 300,
  unitMax: 40,
  /** In hundredths: 0.01 to 1,000,000.00. */
  quantityHundredthsMin: 1,
  quantityHundredthsMax: 100_000_000,
  /** A unit price, in cents, either way (a negative one is a discount line): up to ten million euros. */
  unitPriceCentsMax: 1_000_000_000,
  /** A quote's net total and each line's, in cents: the agreements' maximum amount. */
  amountCentsMax: AGREEMENT_LIMITS.amountCentsMax,
  vatBasisPointsMax: 10_000,
  vatBasisPointsDefault: 2200,
  conditionsMax: 5000,
  deliveryEstimateMax: 200,
  deliveryWeeksMax: 520,
  declineCommentMax: 2000,
  /** How far ahead a quote may stay valid: two years. */
  validityDaysMax: 731,
} as const;

/** A line as the office writes it. */
export interface QuoteLineData {
  description: string;
  quantityHundredths: number;
  unit: string;
  unitPriceCents: number;
  vatBasisPoints: number;
}

export interface QuoteLineFigures {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface QuoteTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** `numerator / denominator` rounded to the nearest integer, halves away from zero (exact, in BigInt). */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** A line's net (quantity × unit price), rounded to the cent. */
export function lineNetCents(line: Pick<QuoteLineData, 'quantityHundredths' | 'unitPriceCents'>): number {
  return Number(divideRoundHalfAwayFromZero(BigInt(line.quantityHundredths) * BigInt(line.unitPriceCents), 100n));
}

/** A line's VAT (its rounded net × rate), rounded to the cent. */
export function lineVatCents(netCents: number, vatBasisPoints: number): number {
  return Number(divideRoundHalfAwayFromZero(BigInt(netCents) * BigInt(vatBasisPoints), 10_000n));
}

export function lineFigures(line: Pick<QuoteLineData, 'quantityHundredths' | 'unitPriceCents' | 'vatBasisPoints'>) {
  const netCents = lineNetCents(line);
  const vatCents = lineVatCents(netCents, line.vatBasisPoints);
  return { netCents, vatCents, grossCents: netCents + vatCents } satisfies QuoteLineFigures;
}

/** The quote's totals: the sums of its lines' rounded figures (never recomputed from the sums). */
export function quoteTotals(
  lines: readonly Pick<QuoteLineData, 'quantityHundredths' | 'unitPriceCents' | 'vatBasisPoints'>[],
) {
  const totals: QuoteTotals = { netCents: 0, vatCents: 0, grossCents: 0 };
  for (const line of lines) {
    const figures = lineFigures(line);
    totals.netCents += figures.netCents;
    totals.vatCents += figures.vatCents;
    totals.grossCents += figures.grossCents;
  }
  return totals;
}

/**
 * A quantity typed by a person ("3", "1.5", "1,25") as hundredths; null when it is not a number with at most
 * two decimals. Both decimal separators are accepted; thousands separators are not (ambiguous between languages).
 */
export function parseQuantity(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A price in euros typed by a person ("1200", "1200.50", "-50,5") as cents; null when not one. */
export function parseEuros(text: string): number | null {
  const match = /^\s*(-?)(\d{1,12})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** A VAT rate typed as a percentage ("22", "10", "4.5") as basis points; null when not one from 0 to 100. */
export function parseVatPercent(text: string): number | null {
  const hundredths = parseQuantity(text);
  return hundredths !== null && hundredths <= QUOTE_LIMITS.vatBasisPointsMax ? hundredths : null;
}

/** What a quote holds, as the office writes it. */
export interface QuoteData {
  lines: readonly QuoteLineData[];
  /** YYYY-MM-DD: the last day it may be accepted. */
  validUntil: string;
  conditions: string;
  deliveryEstimate: string;
  /** The delivery estimate in weeks, when the office gives a number. */
  deliveryWeeks: number | null;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function validateQuoteLine(line: QuoteLineData, index: number): FieldProblem[] {
  const at = (field: string) => `lines.${index}.${field}`;
  const problems: FieldProblem[] = [];
  const description = line.description.trim();
  if (description.length < QUOTE_LIMITS.descriptionMin)
    problems.push(problem(at('description'), 'QUOTE_LINE_DESCRIPTION_REQUIRED'));
  else if (description.length > QUOTE_LIMITS.descriptionMax)
    problems.push(problem(at('description'), 'TEXT_TOO_LONG', { max: QUOTE_LIMITS.descriptionMax }));
  const unit = line.unit.trim();
  if (unit === '') problems.push(problem(at('unit'), 'QUOTE_LINE_UNIT_REQUIRED'));
  else if (unit.length > QUOTE_LIMITS.unitMax)
    problems.push(problem(at('unit'), 'TEXT_TOO_LONG', { max: QUOTE_LIMITS.unitMax }));
  const q = line.quantityHundredths;
  if (!Number.isSafeInteger(q) || q < QUOTE_LIMITS.quantityHundredthsMin || q > QUOTE_LIMITS.quantityHundredthsMax)
    problems.push(problem(at('quantity'), 'QUOTE_QUANTITY_INVALID'));
  const price = line.unitPriceCents;
  if (!Number.isSafeInteger(price) || Math.abs(price) > QUOTE_LIMITS.unitPriceCentsMax)
    problems.push(problem(at('unitPrice'), 'QUOTE_PRICE_INVALID'));
  const vat = line.vatBasisPoints;
  if (!Number.isInteger(vat) || vat < 0 || vat > QUOTE_LIMITS.vatBasisPointsMax)
    problems.push(problem(at('vatRate'), 'QUOTE_VAT_RATE_INVALID'));
  return problems;
}

/** Every problem of a quote about to be sent on `today` (YYYY-MM-DD). */
export function validateQuote(data: QuoteData, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (data.lines.length < QUOTE_LIMITS.linesMin) problems.push(problem('lines', 'QUOTE_LINES_REQUIRED'));
  if (data.lines.length > QUOTE_LIMITS.linesMax)
    problems.push(problem('lines', 'QUOTE_TOO_MANY_LINES', { max: QUOTE_LIMITS.linesMax }));
  const lineProblems = data.lines.flatMap((line, index) => validateQuoteLine(line, index));
  problems.push(...lineProblems);
  if (lineProblems.length === 0 && data.lines.length > 0) {
    const totals = quoteTotals(data.lines);
    if (totals.netCents < 0 || totals.grossCents > QUOTE_LIMITS.amountCentsMax)
      problems.push(problem('lines', 'QUOTE_TOTAL_INVALID'));
  }
  if (!isIsoDay(data.validUntil)) problems.push(problem('validUntil', 'DATE_INVALID'));
  else if (data.validUntil <= today) problems.push(problem('validUntil', 'QUOTE_VALIDITY_IN_PAST'));
  else if (data.validUntil > addDays(today, QUOTE_LIMITS.validityDaysMax))
    problems.push(problem('validUntil', 'QUOTE_VALIDITY_TOO_FAR'));
  if (data.conditions.trim().length > QUOTE_LIMITS.conditionsMax)
    problems.push(problem('conditions', 'TEXT_TOO_LONG', { max: QUOTE_LIMITS.conditionsMax }));
  if (data.deliveryEstimate.trim().length > QUOTE_LIMITS.deliveryEstimateMax)
    problems.push(problem('deliveryEstimate', 'TEXT_TOO_LONG', { max: QUOTE_LIMITS.deliveryEstimateMax }));
  const weeks = data.deliveryWeeks;
  if (weeks !== null && (!Number.isInteger(weeks) || weeks < 1 || weeks > QUOTE_LIMITS.deliveryWeeksMax))
    problems.push(problem('deliveryWeeks', 'QUOTE_DELIVERY_WEEKS_INVALID', { max: QUOTE_LIMITS.deliveryWeeksMax }));
  return problems;
}

/** The status a reader sees on `today`: a sent quote whose last valid day has passed is EXPIRED. */
export function quoteStatusOn(stored: StoredQuoteStatus, validUntil: string, today: string): QuoteStatus {
  return stored === QuoteStatus.SENT && validUntil < today ? QuoteStatus.EXPIRED : stored;
}

/** Statuses a company may still act on, and the office may still revise. */
export function isOpenQuote(status: QuoteStatus): boolean {
  return status === QuoteStatus.SENT;
}

/** Quotes are the answer to service requests only. */
export function isQuotableInterest(interestType: string): boolean {
  return interestType === 'SERVICE_REQUEST';
}

/** The EoI statuses in which the office may send or revise a quote: open ones. */
export const EOI_STATUSES_FOR_QUOTES: readonly EoiStatus[] = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'];

/** What a quote is, for the moves: its status today, whether it is its request's latest version, the EoI's status. */
export interface QuoteSituation {
  status: QuoteStatus;
  latest: boolean;
  eoiStatus: EoiStatus;
}

export const QuoteMove = { REVISE: 'REVISE', ACCEPT: 'ACCEPT', DECLINE: 'DECLINE' } as const;
export type QuoteMove = (typeof QuoteMove)[keyof typeof QuoteMove];

/**
 * The moves a side may make on a quote. The office revises the latest version while it is sent or expired (a new
 * validity); the company accepts or declines the latest version while it is sent and valid. Nobody moves a quote
 * of a closed request.
 */
export function allowedQuoteMoves(side: 'OFFICE' | 'COMPANY' | null, quote: QuoteSituation): QuoteMove[] {
  if (!quote.latest || !EOI_STATUSES_FOR_QUOTES.includes(quote.eoiStatus)) return [];
  if (side === 'OFFICE')
    return quote.status === QuoteStatus.SENT || quote.status === QuoteStatus.EXPIRED ? ['REVISE'] : [];
  if (side === 'COMPANY') return quote.status === QuoteStatus.SENT ? ['ACCEPT', 'DECLINE'] : [];
  return [];
}

/**
 * Whether the office may send a new quote (version n+1 without revising one): on an open service request whose
 * latest quote, if any, is no longer open (declined or expired); an open one is revised instead, an accepted one
 * is final.
 */
export function maySendQuote(eoiStatus: EoiStatus, latest: QuoteStatus | null): boolean {
  if (!EOI_STATUSES_FOR_QUOTES.includes(eoiStatus)) return false;
  return latest === null || latest === QuoteStatus.DECLINED || latest === QuoteStatus.EXPIRED;
}

/**
 * Where an accepted quote takes its request: towards an agreement. The EoI moves on to NEGOTIATION from an earlier
 * open status, step by step along the office's workflow (each step is recorded as the acceptance's, with no actor);
 * one already in negotiation stays there. The steps, in order (none when it stays).
 */
export function eoiStepsAfterQuoteAccepted(status: EoiStatus): EoiStatus[] {
  const path: EoiStatus[] = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'];
  const at = path.indexOf(status);
  return at === -1 ? [] : path.slice(at + 1);
}

/** The status an accepted quote leaves its request in. */
export function eoiStatusAfterQuoteAccepted(status: EoiStatus): EoiStatus {
  return eoiStepsAfterQuoteAccepted(status).at(-1) ?? status;
}

/** Whether a request's quotes include an accepted one: what starts delivery (service-delivery-rules.ts). */
export function quoteAccepted(statuses: readonly QuoteStatus[]): boolean {
  return statuses.includes(QuoteStatus.ACCEPTED);
}

/** A company's decline: a reason from the list, and an optional comment. */
export function validateQuoteDecline(reason: string | null | undefined, comment: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!reason || !Object.hasOwn(QuoteDeclineReason, reason))
    problems.push(problem('reason', 'QUOTE_DECLINE_REASON_REQUIRED'));
  if (comment.trim().length > QUOTE_LIMITS.declineCommentMax)
    problems.push(problem('comment', 'TEXT_TOO_LONG', { max: QUOTE_LIMITS.declineCommentMax }));
  return problems;
}

// The numbers of quotes as the reader's language writes them: euro amounts always with cents and grouped
// ("1.234,50 €" in Italian, "€1,234.50" in English), quantities with up to two decimals, VAT rates as percentages.
import type { QuoteDeclineReason, QuoteStatus } from '../generated/graphql';
import { getLocale, t } from '../i18n/i18n';

export function formatQuoteEuros(cents: number): string {
  return new Intl.NumberFormat(getLocale(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    // Italian groups four-digit numbers too on an invoice: 1.234,50 €.
    useGrouping: 'always',
  }).format(cents / 100);
}

export function formatQuantity(hundredths: number): string {
  return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(hundredths / 100);
}

export function formatVatRate(basisPoints: number): string {
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

/** A figure as the editor's fields show it for editing: "1,5" in Italian, "1.5" in English; no grouping. */
export function editableNumber(hundredths: number): string {
  const text = (hundredths / 100).toFixed(2).replace(/\.?0+$/, '');
  return getLocale().startsWith('it') ? text.replace('.', ',') : text;
}

export const quoteStatusLabel = (status: QuoteStatus): string => t(`enum.QuoteStatus.${status}`);
export const quoteDeclineReasonLabel = (reason: QuoteDeclineReason): string => t(`enum.QuoteDeclineReason.${reason}`);

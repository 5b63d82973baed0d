// The words and numbers of agreements: their enumerations' labels, euro amounts and royalty rates in the page's
// language (1.234,56 € in Italian, €1,234.56 in English).
import type {
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  MilestoneKind,
  MilestoneStatus,
  RoyaltyReportingPeriod,
} from '../generated/graphql';
import { getLocale, t } from '../i18n/i18n';

export const agreementTypeLabel = (value: AgreementType): string => t(`enum.AgreementType.${value}`);
export const agreementStatusLabel = (value: AgreementStatus): string => t(`enum.AgreementStatus.${value}`);
export const exclusivityLabel = (value: LicenseExclusivity): string => t(`enum.LicenseExclusivity.${value}`);
export const milestoneKindLabel = (value: MilestoneKind): string => t(`enum.MilestoneKind.${value}`);
export const milestoneStatusLabel = (value: MilestoneStatus): string => t(`enum.MilestoneStatus.${value}`);
export const reportingPeriodLabel = (value: RoyaltyReportingPeriod): string =>
  t(`enum.RoyaltyReportingPeriod.${value}`);

/** An amount in euro cents as the language writes money: whole euros without decimals. */
export function formatEuros(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(getLocale(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** A royalty rate in basis points as a percentage: 350 → "3.5%" ("3,5%" in Italian). */
export function formatRate(basisPoints: number): string {
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

/**
 * What the office types for an amount ("12500", "12.500,50", "12,500.50", "€ 1 000") in euro cents; null when it
 * is not one. The last separator followed by one or two digits is the decimal one, whatever the language.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const whole = (decimal ? cleaned.slice(0, decimal.index) : cleaned).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return null;
  const cents = Number(whole) * 100 + (decimal ? Number(decimal[1]!.padEnd(2, '0')) : 0);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** An amount in cents as the form shows it back for editing: "12500" or "12500.5" (no grouping). */
export const eurosForInput = (cents: number | null | undefined): string => (cents == null ? '' : String(cents / 100));

/** What the office types for a royalty rate ("3.5", "3,5", "3.5 %") in basis points; null when it is not one. */
export function parseRate(text: string): number | null {
  const cleaned = text.replace(/[%\s]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

export const rateForInput = (basisPoints: number | null | undefined): string =>
  basisPoints == null ? '' : String(basisPoints / 100);

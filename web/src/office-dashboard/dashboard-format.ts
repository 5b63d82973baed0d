// How the dashboard writes its figures: months, quarters, shares and durations in the reader's language.
import { formatNumber, getLocale, t } from '../i18n/i18n';

/** `2026-05` → "May 2026" (UTC). */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(getLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}

/** `2026-Q2` → "Q2 2026". */
export function quarterLabel(quarter: string): string {
  const [year, number] = quarter.split('-Q');
  return t('dashboard.quarter', { quarter: number ?? '', year: year ?? '' });
}

/** 0.4567 → "46%"; nothing to divide by → "—". */
export function percentLabel(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Hours as the office reads them: "18 h" under two days, "3.5 days" beyond; "—" without a value. */
export function durationLabel(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '—';
  if (hours < 48) return t('dashboard.hours', { value: formatNumber(Math.round(hours * 10) / 10) });
  return t('dashboard.days', { value: formatNumber(Math.round((hours / 24) * 10) / 10) });
}

/** Days, one decimal: "4.5 days". */
export function daysLabel(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return t('dashboard.days', { value: formatNumber(Math.round(days * 10) / 10) });
}

/** Colours of the series, told apart by more than hue (each differs in lightness from its neighbours). */
export const SERIES_COLOURS = ['#0b5563', '#c26a2e', '#6b4c9a', '#7aa9b2', '#2f6d3a', '#b98f1c', '#53636a'] as const;

export const colour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

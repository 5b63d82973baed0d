import type { ServiceCapacityFieldsFragment as ServiceCapacity } from '../generated/graphql';
import { getLocale, t } from '../i18n/i18n';

/** A calendar day (YYYY-MM-DD) as "12 March 2027" / "12 marzo 2027" (day first in English too: Italian platforms). */
export function capacityDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const locale = getLocale() === 'en' ? 'en-GB' : getLocale();
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The day after (YYYY-MM-DD): when a service fully booked until `day` takes requests again. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** "Typically 4–6 weeks" / "Di norma 4–6 settimane", or null when no turnaround is stated. */
export function turnaroundText(capacity: Pick<ServiceCapacity, 'turnaroundWeeksMin' | 'turnaroundWeeksMax'>) {
  const { turnaroundWeeksMin: min, turnaroundWeeksMax: max } = capacity;
  if (min == null) return null;
  return max != null && max !== min
    ? t('capacity.turnaround.range', { min, max })
    : t('capacity.turnaround.single', { weeks: min });
}

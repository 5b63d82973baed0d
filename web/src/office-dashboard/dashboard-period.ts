import { type DashboardPeriodPreset, dashboardPeriod } from '@tt/shared/office-dashboard';

export const PERIOD_PRESETS: readonly DashboardPeriodPreset[] = [
  'LAST_3_MONTHS',
  'LAST_12_MONTHS',
  'THIS_YEAR',
  'LAST_YEAR',
];

export function isPeriodPreset(value: string | null): value is DashboardPeriodPreset {
  return value !== null && (PERIOD_PRESETS as readonly string[]).includes(value);
}

/**
 * The query's period for a preset: a period that runs to now leaves `to` out (the API's now), so the variables stay
 * the same from one render to the next and the answer is cached.
 */
export function periodVariables(preset: DashboardPeriodPreset, now = new Date()): { from: string; to: string | null } {
  const period = dashboardPeriod(preset, now);
  const endsNow = period.to.getTime() === now.getTime();
  return { from: period.from.toISOString(), to: endsNow ? null : period.to.toISOString() };
}

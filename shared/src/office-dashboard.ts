// The office's dashboard: its period and the stages it counts, defined once (the API checks and computes them,
// the web offers these periods and draws these stages).
import { AgreementStatus, AgreementType, hasFinancialTerms } from './agreement-rules.js';
import { DisclosureStatus } from './disclosure-transitions.js';
import { EoiStatus } from './eoi-transitions.js';
import type { ErrorCode } from './error-messages.js';

/** The longest period the dashboard covers, in months (its monthly series stays readable, its statements cheap). */
export const DASHBOARD_MAX_MONTHS = 36;

/** The funnel, in order: an EoI counts at every stage it reached; the last three are how it ended. */
export const EOI_FUNNEL_STAGES: readonly EoiStatus[] = [
  EoiStatus.SUBMITTED,
  EoiStatus.IN_REVIEW,
  EoiStatus.IN_DISCUSSION,
  EoiStatus.NEGOTIATION,
  EoiStatus.AGREED,
  EoiStatus.DECLINED,
  EoiStatus.WITHDRAWN,
];

/** The stages an EoI moves forward through (each one's conversion is from the stage before). */
export const EOI_PROGRESSION_STAGES: readonly EoiStatus[] = EOI_FUNNEL_STAGES.slice(0, 5);

/** The states of a disclosure the office measures its time in (the office's queue, not the researchers' draft). */
export const DISCLOSURE_TIMED_STATES: readonly DisclosureStatus[] = [
  DisclosureStatus.SUBMITTED,
  DisclosureStatus.UNDER_REVIEW,
  DisclosureStatus.INFO_REQUESTED,
  DisclosureStatus.ACCEPTED,
];

/** The periods the web offers: the last months up to now, or a calendar year. */
export const DashboardPeriodPreset = {
  LAST_3_MONTHS: 'LAST_3_MONTHS',
  LAST_12_MONTHS: 'LAST_12_MONTHS',
  THIS_YEAR: 'THIS_YEAR',
  LAST_YEAR: 'LAST_YEAR',
} as const;
export type DashboardPeriodPreset = (typeof DashboardPeriodPreset)[keyof typeof DashboardPeriodPreset];

export interface DashboardPeriod {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** A preset as instants (UTC months): the last months run from the first day of a month to now. */
export function dashboardPeriod(preset: DashboardPeriodPreset, now = new Date()): DashboardPeriod {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (preset) {
    case DashboardPeriodPreset.LAST_3_MONTHS:
      return { from: new Date(Date.UTC(year, month - 2, 1)), to: now };
    case DashboardPeriodPreset.LAST_12_MONTHS:
      return { from: new Date(Date.UTC(year, month - 11, 1)), to: now };
    case DashboardPeriodPreset.THIS_YEAR:
      return { from: new Date(Date.UTC(year, 0, 1)), to: now };
    case DashboardPeriodPreset.LAST_YEAR:
      return { from: new Date(Date.UTC(year - 1, 0, 1)), to: new Date(Date.UTC(year, 0, 1)) };
  }
}

/** The period when none is given: the last twelve months. */
export function defaultDashboardPeriod(now = new Date()): DashboardPeriod {
  return dashboardPeriod(DashboardPeriodPreset.LAST_12_MONTHS, now);
}

/** Why a period cannot be shown, or null: it must start before it ends and span at most DASHBOARD_MAX_MONTHS. */
export function dashboardPeriodProblem(period: DashboardPeriod): ErrorCode | null {
  if (Number.isNaN(period.from.getTime()) || Number.isNaN(period.to.getTime())) return 'DASHBOARD_PERIOD_INVALID';
  if (period.from.getTime() >= period.to.getTime()) return 'DASHBOARD_PERIOD_INVALID';
  const months =
    (period.to.getUTCFullYear() - period.from.getUTCFullYear()) * 12 +
    (period.to.getUTCMonth() - period.from.getUTCMonth());
  return months > DASHBOARD_MAX_MONTHS ? 'DASHBOARD_PERIOD_TOO_LONG' : null;
}

/**
 * The agreements whose payments the dashboard expects: those signed (in force, or over since). A draft's or an
 * abandoned negotiation's schedule is only a proposal; money received counts whatever the agreement's status.
 */
export const AGREEMENT_STATUSES_WITH_PAYMENTS_DUE: readonly AgreementStatus[] = [
  AgreementStatus.SIGNED,
  AgreementStatus.ACTIVE,
  AgreementStatus.EXPIRED,
  AgreementStatus.TERMINATED,
];

/** The agreement types the dashboard counts money for: those with financial terms (shared/agreement-rules.ts). */
export const AGREEMENT_TYPES_WITH_PAYMENTS: readonly AgreementType[] =
  Object.values(AgreementType).filter(hasFinancialTerms);

import type { AgreementType } from '@tt/shared/agreement-rules';
import type { AssetKind } from '@tt/shared/asset-enums';
import type { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import type { DeclineReason, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import type { OfficeScope } from '../../auth/policies.js';

/** What every figure of the dashboard is counted over: whose, which period (from inclusive, to exclusive). */
export interface DashboardFilter {
  scope: OfficeScope;
  from: Date;
  to: Date;
  /** The viewer's language, for the listings' titles. */
  language: Language;
}

/** One month (UTC) of EoIs received, as a total and split by listing kind and by interest type (zeros left out). */
export interface EoiMonthRecord {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  byKind: { kind: AssetKind; count: number }[];
  byInterestType: { interestType: InterestType; count: number }[];
}

/** A stage of the funnel: the EoIs received in the period that reached it, and how that compares. */
export interface FunnelStageRecord {
  status: EoiStatus;
  count: number;
  /** Of the EoIs received (null when none were). */
  shareOfReceived: number | null;
  /** Of those that reached the stage before: forward stages only (null for the first stage and the endings). */
  conversionFromPrevious: number | null;
}

/** How fast the office first replied to the EoIs received in the period, in calendar hours. */
export interface ResponseTimeRecord {
  answered: number;
  unanswered: number;
  medianHours: number | null;
  percentile90Hours: number | null;
  /** Answered by their due date (5 working days after submission, fixed then). */
  answeredWithinTarget: number;
  /** Of those already due (answered, or unanswered past their due date); null when none is. */
  withinTargetShare: number | null;
  targetWorkingDays: number;
  /** Open EoIs overdue now, whenever received. */
  overdueNow: number;
}

export interface ListingInterestRecord {
  /** The listing's global id. */
  id: string;
  assetId: number;
  slug: string;
  title: string;
  /** What the title is written in (the viewer's language when translated, else English). */
  textLanguage: Language;
  eoiCount: number;
}

/** The listings that drew the most EoIs in the period, and the published ones that drew none. */
export interface ListingsInterestRecord {
  top: ListingInterestRecord[];
  withoutInterest: ListingInterestRecord[];
  withoutInterestCount: number;
}

/** One quarter (UTC) of disclosures: received (submitted), accepted and published then. */
export interface DisclosureQuarterRecord {
  /** `YYYY-Qn`. */
  quarter: string;
  received: number;
  accepted: number;
  published: number;
}

/** How long disclosures stayed in a state: the stays that ended in the period. */
export interface DisclosureStateTimeRecord {
  status: DisclosureStatus;
  stays: number;
  medianDays: number | null;
}

export type DeclineReasonCountRecord = { reason: DeclineReason; count: number };

/** How many agreements of a type were signed in the period. */
export interface AgreementTypeCountRecord {
  type: AgreementType;
  count: number;
}

/** One quarter (UTC) of the options' and licences' payments, in euro cents. */
export interface AgreementMoneyQuarterRecord {
  /** `YYYY-Qn`. */
  quarter: string;
  /** Falling due in the quarter (signed agreements). */
  expectedCents: number;
  /** Received in the quarter. */
  receivedCents: number;
}

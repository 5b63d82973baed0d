// Agreements, defined once: their kinds, the workflow (which moves, which dates each status needs), the financial
// terms of options and licences, and the limits. The API enforces them; the web offers only these actions.
import { type EoiStatus, type InterestType } from './eoi-transitions.js';
import { type FieldProblem, problem } from './error-messages.js';
import { ATTACHMENTS_PER_DISCLOSURE_MAX } from './limits.js';

export const AgreementType = {
  /** Confidentiality (CDA / NDA), usually signed before the talks. */
  CDA: 'CDA',
  /** Material transfer (samples, cell lines, biobank material). */
  MTA: 'MTA',
  OPTION: 'OPTION',
  LICENSE: 'LICENSE',
  SERVICE_AGREEMENT: 'SERVICE_AGREEMENT',
  /** Research collaboration or sponsored research. */
  RESEARCH_COLLABORATION: 'RESEARCH_COLLABORATION',
} as const;
export type AgreementType = (typeof AgreementType)[keyof typeof AgreementType];

export const LicenseExclusivity = {
  EXCLUSIVE: 'EXCLUSIVE',
  NON_EXCLUSIVE: 'NON_EXCLUSIVE',
  SOLE: 'SOLE',
} as const;
export type LicenseExclusivity = (typeof LicenseExclusivity)[keyof typeof LicenseExclusivity];

export const AgreementStatus = {
  DRAFTING: 'DRAFTING',
  UNDER_NEGOTIATION: 'UNDER_NEGOTIATION',
  SIGNED: 'SIGNED',
  ACTIVE: 'ACTIVE',
  EXPIRED: 'EXPIRED',
  TERMINATED: 'TERMINATED',
  ABANDONED: 'ABANDONED',
} as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];

export const MilestoneKind = {
  /** Paid on signature (or on the effective date). */
  UPFRONT: 'UPFRONT',
  /** Paid when an event happens or a date comes (first patient dosed, market approval, option exercise). */
  MILESTONE: 'MILESTONE',
  /** A yearly fee (licence maintenance, option fee). */
  ANNUAL_FEE: 'ANNUAL_FEE',
} as const;
export type MilestoneKind = (typeof MilestoneKind)[keyof typeof MilestoneKind];

export const MilestoneStatus = {
  EXPECTED: 'EXPECTED',
  INVOICED: 'INVOICED',
  RECEIVED: 'RECEIVED',
} as const;
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

export const RoyaltyReportingPeriod = {
  QUARTERLY: 'QUARTERLY',
  SEMI_ANNUAL: 'SEMI_ANNUAL',
  ANNUAL: 'ANNUAL',
} as const;
export type RoyaltyReportingPeriod = (typeof RoyaltyReportingPeriod)[keyof typeof RoyaltyReportingPeriod];

export const AGREEMENT_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  notesMax: 10_000,
  fieldOfUseMax: 500,
  territoryMax: 200,
  /** Listings one agreement covers. */
  listingsMax: 20,
  milestonesMax: 30,
  milestoneEventMin: 3,
  milestoneEventMax: 300,
  milestoneTriggerMax: 300,
  /** In euro cents: ten billion euros, far above any deal, well inside a safe integer. */
  amountCentsMax: 1_000_000_000_000,
  /** A royalty rate in basis points (1/100 of a per cent): 0 to 100 %. */
  royaltyBasisPointsMax: 10_000,
  /** The owner officer is e-mailed this many days before an agreement's expiry date. */
  expiryReminderDays: 30,
  /** Files attached to one agreement: as many as to a disclosure (the attachment rules' limit). */
  attachmentsMax: ATTACHMENTS_PER_DISCLOSURE_MAX,
} as const;

/** Statuses in which an agreement binds the parties (signed and not yet over): the expiry job watches these. */
export const IN_FORCE_AGREEMENT_STATUSES: readonly AgreementStatus[] = [AgreementStatus.SIGNED, AgreementStatus.ACTIVE];

/** Statuses that end an agreement: nothing moves it further. */
export const CLOSED_AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  AgreementStatus.EXPIRED,
  AgreementStatus.TERMINATED,
  AgreementStatus.ABANDONED,
];

const TRANSITIONS: Partial<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  // A CDA is often signed straight from its draft; a draft or a negotiation may be given up.
  DRAFTING: [AgreementStatus.UNDER_NEGOTIATION, AgreementStatus.SIGNED, AgreementStatus.ABANDONED],
  UNDER_NEGOTIATION: [AgreementStatus.DRAFTING, AgreementStatus.SIGNED, AgreementStatus.ABANDONED],
  SIGNED: [AgreementStatus.ACTIVE, AgreementStatus.TERMINATED],
  ACTIVE: [AgreementStatus.EXPIRED, AgreementStatus.TERMINATED],
};

/** The statuses the office may move an agreement to from `from` (only the office moves agreements). */
export function allowedAgreementTransitions(from: AgreementStatus): readonly AgreementStatus[] {
  return TRANSITIONS[from] ?? [];
}

export function canTransitionAgreement(from: AgreementStatus, to: AgreementStatus): boolean {
  return allowedAgreementTransitions(from).includes(to);
}

export function isAgreementInForce(status: AgreementStatus): boolean {
  return IN_FORCE_AGREEMENT_STATUSES.includes(status);
}

/** The dates an agreement must carry to be in a status. */
export interface AgreementDates {
  signatureDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
}

/**
 * What a status requires: SIGNED a signature date; ACTIVE a signature and an effective date; EXPIRED an expiry
 * date that has come (`today`, YYYY-MM-DD).
 */
export function agreementStatusProblems(to: AgreementStatus, dates: AgreementDates, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const signed = to === AgreementStatus.SIGNED || to === AgreementStatus.ACTIVE;
  if (signed && !dates.signatureDate) problems.push(problem('signatureDate', 'AGREEMENT_SIGNATURE_DATE_REQUIRED'));
  if (to === AgreementStatus.ACTIVE && !dates.effectiveDate)
    problems.push(problem('effectiveDate', 'AGREEMENT_EFFECTIVE_DATE_REQUIRED'));
  if (to === AgreementStatus.EXPIRED) {
    if (!dates.expiryDate) problems.push(problem('expiryDate', 'AGREEMENT_EXPIRY_DATE_REQUIRED'));
    else if (dates.expiryDate > today) problems.push(problem('expiryDate', 'AGREEMENT_NOT_YET_EXPIRED'));
  }
  return problems;
}

/** Only options and licences carry a schedule of financial terms (milestones, royalties). */
export function hasFinancialTerms(type: AgreementType): boolean {
  return type === AgreementType.OPTION || type === AgreementType.LICENSE;
}

/** The agreement an expression of interest usually leads to, by its interest type (the office may change it). */
export function agreementTypeForInterest(interest: InterestType): AgreementType {
  switch (interest) {
    case 'LICENSE':
      return AgreementType.LICENSE;
    case 'SERVICE_REQUEST':
      return AgreementType.SERVICE_AGREEMENT;
    case 'CO_DEVELOPMENT':
    case 'SPONSORED_RESEARCH':
      return AgreementType.RESEARCH_COLLABORATION;
    case 'OPTION':
    case 'INVESTMENT':
      return AgreementType.OPTION;
    case 'MATERIAL_TRANSFER':
      return AgreementType.MTA;
    default:
      return AgreementType.CDA;
  }
}

/**
 * The EoIs an agreement may be started from: once the office has looked at it (a CDA comes before the talks) and
 * until it is agreed (the licence recorded after the handshake); never a declined or withdrawn one.
 */
export const EOI_STATUSES_FOR_AGREEMENTS: readonly EoiStatus[] = [
  'IN_REVIEW',
  'IN_DISCUSSION',
  'NEGOTIATION',
  'AGREED',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What an agreement holds, as the office writes it (listings counted: the API checks whose they are). */
export interface AgreementData extends AgreementDates {
  type: AgreementType;
  title: string;
  exclusivity: LicenseExclusivity | null;
  fieldOfUse: string | null;
  territory: string | null;
  notes: string;
  listingCount: number;
  royaltyRateBasisPoints: number | null;
  royaltyReportingPeriod: RoyaltyReportingPeriod | null;
}

export function validateAgreement(data: AgreementData): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = data.title.trim();
  if (title === '') problems.push(problem('title', 'TITLE_REQUIRED'));
  else if (title.length < AGREEMENT_LIMITS.titleMin)
    problems.push(problem('title', 'TITLE_TOO_SHORT', { min: AGREEMENT_LIMITS.titleMin }));
  else if (title.length > AGREEMENT_LIMITS.titleMax)
    problems.push(problem('title', 'TITLE_TOO_LONG', { max: AGREEMENT_LIMITS.titleMax }));
  if (data.notes.length > AGREEMENT_LIMITS.notesMax)
    problems.push(problem('notes', 'TEXT_TOO_LONG', { max: AGREEMENT_LIMITS.notesMax }));
  const licence = data.type === AgreementType.LICENSE;
  if (!licence && (data.exclusivity || data.fieldOfUse?.trim() || data.territory?.trim()))
    problems.push(problem('exclusivity', 'AGREEMENT_LICENSE_TERMS_ONLY'));
  if ((data.fieldOfUse ?? '').trim().length > AGREEMENT_LIMITS.fieldOfUseMax)
    problems.push(problem('fieldOfUse', 'TEXT_TOO_LONG', { max: AGREEMENT_LIMITS.fieldOfUseMax }));
  if ((data.territory ?? '').trim().length > AGREEMENT_LIMITS.territoryMax)
    problems.push(problem('territory', 'TEXT_TOO_LONG', { max: AGREEMENT_LIMITS.territoryMax }));
  if (data.listingCount > AGREEMENT_LIMITS.listingsMax)
    problems.push(problem('listingIds', 'AGREEMENT_TOO_MANY_LISTINGS', { max: AGREEMENT_LIMITS.listingsMax }));
  for (const field of ['signatureDate', 'effectiveDate', 'expiryDate'] as const) {
    const value = data[field];
    if (value !== null && !isIsoDay(value)) problems.push(problem(field, 'DATE_INVALID'));
  }
  const { effectiveDate, expiryDate } = data;
  if (effectiveDate && expiryDate && isIsoDay(effectiveDate) && isIsoDay(expiryDate) && expiryDate <= effectiveDate)
    problems.push(problem('expiryDate', 'AGREEMENT_EXPIRY_BEFORE_EFFECTIVE'));
  if (!hasFinancialTerms(data.type) && (data.royaltyRateBasisPoints !== null || data.royaltyReportingPeriod !== null))
    problems.push(problem('royaltyRateBasisPoints', 'AGREEMENT_FINANCIAL_TERMS_ONLY'));
  const rate = data.royaltyRateBasisPoints;
  if (rate !== null && (!Number.isInteger(rate) || rate < 0 || rate > AGREEMENT_LIMITS.royaltyBasisPointsMax))
    problems.push(problem('royaltyRateBasisPoints', 'AGREEMENT_ROYALTY_RATE_INVALID'));
  return problems;
}

/** A milestone (or upfront payment, or annual fee) of an option's or a licence's financial terms. */
export interface MilestoneData {
  kind: MilestoneKind;
  event: string;
  dueDate: string | null;
  trigger: string | null;
  amountCents: number;
  status: MilestoneStatus;
  receivedAmountCents: number | null;
  receivedOn: string | null;
}

function isAmount(cents: number): boolean {
  return Number.isSafeInteger(cents) && cents >= 0 && cents <= AGREEMENT_LIMITS.amountCentsMax;
}

export function validateMilestone(data: MilestoneData): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const event = data.event.trim();
  if (event.length < AGREEMENT_LIMITS.milestoneEventMin)
    problems.push(problem('event', 'MILESTONE_EVENT_REQUIRED', { min: AGREEMENT_LIMITS.milestoneEventMin }));
  else if (event.length > AGREEMENT_LIMITS.milestoneEventMax)
    problems.push(problem('event', 'TEXT_TOO_LONG', { max: AGREEMENT_LIMITS.milestoneEventMax }));
  const trigger = data.trigger?.trim() ?? '';
  if (trigger.length > AGREEMENT_LIMITS.milestoneTriggerMax)
    problems.push(problem('trigger', 'TEXT_TOO_LONG', { max: AGREEMENT_LIMITS.milestoneTriggerMax }));
  if (data.dueDate !== null && !isIsoDay(data.dueDate)) problems.push(problem('dueDate', 'DATE_INVALID'));
  if (data.dueDate === null && trigger === '') problems.push(problem('dueDate', 'MILESTONE_DUE_DATE_OR_TRIGGER'));
  if (!isAmount(data.amountCents)) problems.push(problem('amountCents', 'AMOUNT_INVALID'));
  const received = data.status === MilestoneStatus.RECEIVED;
  if (received) {
    if (data.receivedAmountCents === null) problems.push(problem('receivedAmountCents', 'MILESTONE_RECEIPT_REQUIRED'));
    if (data.receivedOn === null) problems.push(problem('receivedOn', 'MILESTONE_RECEIPT_REQUIRED'));
  } else if (data.receivedAmountCents !== null || data.receivedOn !== null) {
    problems.push(problem('receivedAmountCents', 'MILESTONE_RECEIPT_ONLY_WHEN_RECEIVED'));
  }
  if (data.receivedAmountCents !== null && !isAmount(data.receivedAmountCents))
    problems.push(problem('receivedAmountCents', 'AMOUNT_INVALID'));
  if (data.receivedOn !== null && !isIsoDay(data.receivedOn)) problems.push(problem('receivedOn', 'DATE_INVALID'));
  return problems;
}

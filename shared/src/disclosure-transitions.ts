// The invention-disclosure workflow and its form's validation, defined once: the API enforces
// them, the web offers only these actions and shows the same field messages.
import { type CodedError, type ErrorCode, type FieldProblem, problem } from './error-messages.js';

export const DisclosureStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  INFO_REQUESTED: 'INFO_REQUESTED',
  ACCEPTED: 'ACCEPTED',
  PUBLISHED: 'PUBLISHED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type DisclosureStatus = (typeof DisclosureStatus)[keyof typeof DisclosureStatus];

/** Who moves a disclosure: one of its researchers, or the office of its institute. */
export type DisclosureActor = 'RESEARCHER' | 'OFFICE';

const TRANSITIONS: Record<DisclosureActor, Partial<Record<DisclosureStatus, readonly DisclosureStatus[]>>> = {
  RESEARCHER: {
    // A draft is not withdrawn (the office has never seen it): its creator deletes it (mayDeleteDisclosureDraft).
    DRAFT: [DisclosureStatus.SUBMITTED],
    SUBMITTED: [DisclosureStatus.WITHDRAWN],
    UNDER_REVIEW: [DisclosureStatus.WITHDRAWN],
    // The answer to the office's questions: resubmitted, back under review.
    INFO_REQUESTED: [DisclosureStatus.UNDER_REVIEW, DisclosureStatus.WITHDRAWN],
  },
  OFFICE: {
    SUBMITTED: [DisclosureStatus.UNDER_REVIEW, DisclosureStatus.DECLINED],
    UNDER_REVIEW: [DisclosureStatus.INFO_REQUESTED, DisclosureStatus.ACCEPTED, DisclosureStatus.DECLINED],
    // ACCEPTED → PUBLISHED is not a move of its own: publishing the listing made from it does it
    // (see isDisclosurePublication), so a disclosure is never "published" without a public listing.
  },
};

/** Publishing the listing made from an accepted disclosure moves it to PUBLISHED (the office's act). */
export function isDisclosurePublication(from: DisclosureStatus, to: DisclosureStatus): boolean {
  return from === DisclosureStatus.ACCEPTED && to === DisclosureStatus.PUBLISHED;
}

/** The statuses this actor may move a disclosure to from `from`. */
export function allowedDisclosureTransitions(
  actor: DisclosureActor,
  from: DisclosureStatus,
): readonly DisclosureStatus[] {
  return TRANSITIONS[actor][from] ?? [];
}

export function canTransitionDisclosure(actor: DisclosureActor, from: DisclosureStatus, to: DisclosureStatus): boolean {
  return allowedDisclosureTransitions(actor, from).includes(to);
}

/**
 * A draft never submitted is only its researchers' (the office has never seen it), and it is its creator's to
 * delete: files, thread and history go with it. Once submitted it can only be withdrawn, which the office is told.
 */
export function mayDeleteDisclosureDraft(status: DisclosureStatus, viewerIsCreator: boolean): boolean {
  return status === DisclosureStatus.DRAFT && viewerIsCreator;
}

/** A (re)submission by the researchers: the whole form must be valid first. */
export function isDisclosureSubmission(from: DisclosureStatus, to: DisclosureStatus): boolean {
  return (
    (from === DisclosureStatus.DRAFT && to === DisclosureStatus.SUBMITTED) ||
    (from === DisclosureStatus.INFO_REQUESTED && to === DisclosureStatus.UNDER_REVIEW)
  );
}

/** The statuses in which the researchers may still edit the form. */
export const EDITABLE_DISCLOSURE_STATUSES: readonly DisclosureStatus[] = [
  DisclosureStatus.DRAFT,
  DisclosureStatus.INFO_REQUESTED,
];

export function isDisclosureEditable(status: DisclosureStatus): boolean {
  return EDITABLE_DISCLOSURE_STATUSES.includes(status);
}

/** Published, declined or withdrawn: nobody moves it any more, so who is on it no longer changes either. */
export function isDisclosureFinal(status: DisclosureStatus): boolean {
  const byResearchers = allowedDisclosureTransitions('RESEARCHER', status);
  const byOffice = allowedDisclosureTransitions('OFFICE', status);
  return byResearchers.length === 0 && byOffice.length === 0;
}

/** A request for information and a decline must say why. */
export function disclosureTransitionNeedsReason(to: DisclosureStatus): boolean {
  return to === DisclosureStatus.INFO_REQUESTED || to === DisclosureStatus.DECLINED;
}

export const Patentability = {
  UNCLEAR: 'UNCLEAR',
  LOW: 'LOW',
  MEDIUM: 'MEDIUM',
  HIGH: 'HIGH',
} as const;
export type Patentability = (typeof Patentability)[keyof typeof Patentability];

export const MarketPotential = {
  UNCLEAR: 'UNCLEAR',
  LOW: 'LOW',
  MEDIUM: 'MEDIUM',
  HIGH: 'HIGH',
} as const;
export type MarketPotential = (typeof MarketPotential)[keyof typeof MarketPotential];

export const DisclosureRecommendation = {
  FILE_PATENT: 'FILE_PATENT',
  PROTECT_AS_KNOW_HOW: 'PROTECT_AS_KNOW_HOW',
  PUBLISH_OPENLY: 'PUBLISH_OPENLY',
  NEEDS_MORE_DATA: 'NEEDS_MORE_DATA',
  DO_NOT_PURSUE: 'DO_NOT_PURSUE',
} as const;
export type DisclosureRecommendation = (typeof DisclosureRecommendation)[keyof typeof DisclosureRecommendation];

export const PublicDisclosureKind = {
  PAST: 'PAST',
  PLANNED: 'PLANNED',
} as const;
export type PublicDisclosureKind = (typeof PublicDisclosureKind)[keyof typeof PublicDisclosureKind];

// ---- The form ----

export interface DisclosureInventorData {
  name: string;
  affiliation: string;
  /** Percent, 0 < share ≤ 100; all inventors' shares sum to 100. */
  contributionShare: number;
}

export interface PublicDisclosureData {
  kind: PublicDisclosureKind;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  venue: string;
  description?: string | null;
}

export interface FundingSourceData {
  funder: string;
  grantNumber?: string | null;
  obligations: string;
}

/** Everything the researcher fills in; a draft may leave any of it empty. */
export interface DisclosureFormData {
  title?: string | null;
  inventors?: readonly DisclosureInventorData[] | null;
  abstract?: string | null;
  problem?: string | null;
  solution?: string | null;
  novelty?: string | null;
  priorArt?: string | null;
  publicDisclosures?: readonly PublicDisclosureData[] | null;
  fundingSources?: readonly FundingSourceData[] | null;
  commercialApplications?: string | null;
  trl?: number | null;
}

export const DisclosureStep = {
  BASICS: 'BASICS',
  INVENTORS: 'INVENTORS',
  TECHNICAL: 'TECHNICAL',
  PRIOR_ART: 'PRIOR_ART',
  FUNDING: 'FUNDING',
  COMMERCIAL: 'COMMERCIAL',
} as const;
export type DisclosureStep = (typeof DisclosureStep)[keyof typeof DisclosureStep];
export const DISCLOSURE_STEPS: readonly DisclosureStep[] = Object.values(DisclosureStep);

export const DISCLOSURE_LIMITS = {
  titleMin: 10,
  titleMax: 200,
  textMin: 30,
  textMax: 10_000,
  nameMax: 200,
  maxInventors: 30,
  maxPublicDisclosures: 30,
  maxFundingSources: 20,
} as const;

/** Days before a planned public disclosure within which the office must be warned. */
export const PLANNED_DISCLOSURE_WARNING_DAYS = 30;

/** A field-level problem; `field` is a path such as `inventors.1.contributionShare`. */
export type DisclosureProblem = FieldProblem;

const DAY_MS = 24 * 60 * 60 * 1000;

function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

function startOfUtcDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/**
 * A warning for a planned public disclosure that is near (today up to 30 days ahead): a patent
 * application must be filed before it, or novelty is lost. Null when not near or not a date.
 */
export function plannedDisclosureWarning(date: string, now: Date = new Date()): CodedError | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  const days = Math.round((parsed.getTime() - startOfUtcDay(now)) / DAY_MS);
  if (days < 0 || days > PLANNED_DISCLOSURE_WARNING_DAYS) return null;
  if (days === 0) return { code: 'PLANNED_DISCLOSURE_TODAY' };
  if (days === 1) return { code: 'PLANNED_DISCLOSURE_TOMORROW' };
  return { code: 'PLANNED_DISCLOSURE_SOON', params: { days } };
}

function blank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

/** The codes of a text field's problems: empty, too short, too long. */
type TextCodes = readonly [required: ErrorCode, tooShort: ErrorCode, tooLong: ErrorCode];

/** `TITLE` → TITLE_REQUIRED, TITLE_TOO_SHORT, TITLE_TOO_LONG. */
const textCodes = <P extends string>(prefix: P) =>
  [`${prefix}_REQUIRED`, `${prefix}_TOO_SHORT`, `${prefix}_TOO_LONG`] as const;

function checkText(
  problems: DisclosureProblem[],
  field: string,
  [required, tooShort, tooLong]: TextCodes,
  value: string | null | undefined,
  min: number = DISCLOSURE_LIMITS.textMin,
  max: number = DISCLOSURE_LIMITS.textMax,
): void {
  if (blank(value)) {
    problems.push(problem(field, required));
    return;
  }
  const length = (value as string).trim().length;
  if (length < min) problems.push(problem(field, tooShort, { min }));
  else if (length > max) problems.push(problem(field, tooLong, { max }));
}

function checkBasics(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  checkText(problems, 'title', textCodes('TITLE'), data.title, DISCLOSURE_LIMITS.titleMin, DISCLOSURE_LIMITS.titleMax);
}

function checkInventors(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  const inventors = data.inventors ?? [];
  if (inventors.length === 0) {
    problems.push(problem('inventors', 'INVENTORS_REQUIRED'));
    return;
  }
  if (inventors.length > DISCLOSURE_LIMITS.maxInventors) {
    problems.push(problem('inventors', 'TOO_MANY_INVENTORS', { max: DISCLOSURE_LIMITS.maxInventors }));
  }
  let sum = 0;
  inventors.forEach((inventor, index) => {
    const at = `inventors.${index}`;
    checkText(problems, `${at}.name`, textCodes('INVENTOR_NAME'), inventor.name, 2, DISCLOSURE_LIMITS.nameMax);
    checkText(
      problems,
      `${at}.affiliation`,
      textCodes('INVENTOR_AFFILIATION'),
      inventor.affiliation,
      2,
      DISCLOSURE_LIMITS.nameMax,
    );
    const share = inventor.contributionShare;
    if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0 || share > 100) {
      problems.push(problem(`${at}.contributionShare`, 'CONTRIBUTION_SHARE_INVALID'));
    } else {
      sum += share;
    }
  });
  // Shares may have up to two decimals: compare in hundredths.
  if (Math.round(sum * 100) !== 10_000 && !problems.some((p) => p.field.endsWith('.contributionShare'))) {
    problems.push(problem('inventors', 'SHARES_NOT_100', { sum: Math.round(sum * 100) / 100 }));
  }
}

function checkTechnical(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  checkText(problems, 'abstract', textCodes('ABSTRACT'), data.abstract);
  checkText(problems, 'problem', textCodes('PROBLEM'), data.problem);
  checkText(problems, 'solution', textCodes('SOLUTION'), data.solution);
  checkText(problems, 'novelty', textCodes('NOVELTY'), data.novelty);
}

function checkPriorArt(data: DisclosureFormData, problems: DisclosureProblem[], now: Date): void {
  checkText(problems, 'priorArt', textCodes('PRIOR_ART'), data.priorArt);
  const disclosures = data.publicDisclosures ?? [];
  if (disclosures.length > DISCLOSURE_LIMITS.maxPublicDisclosures) {
    problems.push(
      problem('publicDisclosures', 'TOO_MANY_PUBLIC_DISCLOSURES', { max: DISCLOSURE_LIMITS.maxPublicDisclosures }),
    );
  }
  const today = startOfUtcDay(now);
  disclosures.forEach((entry, index) => {
    const at = `publicDisclosures.${index}`;
    if (entry.kind !== PublicDisclosureKind.PAST && entry.kind !== PublicDisclosureKind.PLANNED) {
      problems.push(problem(`${at}.kind`, 'PUBLIC_DISCLOSURE_KIND_INVALID'));
    }
    const date = blank(entry.date) ? null : parseIsoDate(entry.date);
    if (blank(entry.date)) {
      problems.push(problem(`${at}.date`, 'DATE_REQUIRED'));
    } else if (!date) {
      problems.push(problem(`${at}.date`, 'DATE_INVALID'));
    } else if (entry.kind === PublicDisclosureKind.PAST && date.getTime() > today) {
      problems.push(problem(`${at}.date`, 'PAST_DISCLOSURE_IN_FUTURE'));
    } else if (entry.kind === PublicDisclosureKind.PLANNED && date.getTime() < today) {
      problems.push(problem(`${at}.date`, 'PLANNED_DISCLOSURE_IN_PAST'));
    }
    checkText(problems, `${at}.venue`, textCodes('VENUE'), entry.venue, 2, DISCLOSURE_LIMITS.nameMax);
  });
}

function checkFunding(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  const sources = data.fundingSources ?? [];
  if (sources.length > DISCLOSURE_LIMITS.maxFundingSources) {
    problems.push(problem('fundingSources', 'TOO_MANY_FUNDING_SOURCES', { max: DISCLOSURE_LIMITS.maxFundingSources }));
  }
  sources.forEach((source, index) => {
    const at = `fundingSources.${index}`;
    checkText(problems, `${at}.funder`, textCodes('FUNDER'), source.funder, 2, DISCLOSURE_LIMITS.nameMax);
    // "None" is an answer; an empty field is not.
    checkText(problems, `${at}.obligations`, textCodes('OBLIGATIONS'), source.obligations, 2);
  });
}

function checkCommercial(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  checkText(problems, 'commercialApplications', textCodes('COMMERCIAL_APPLICATIONS'), data.commercialApplications);
  if (data.trl == null) {
    problems.push(problem('trl', 'TRL_REQUIRED'));
  } else if (!Number.isInteger(data.trl) || data.trl < 1 || data.trl > 9) {
    problems.push(problem('trl', 'TRL_INVALID'));
  }
}

/** The field-level problems of one wizard step (empty when the step is complete). */
export function validateDisclosureStep(
  step: DisclosureStep,
  data: DisclosureFormData,
  now: Date = new Date(),
): DisclosureProblem[] {
  const problems: DisclosureProblem[] = [];
  switch (step) {
    case 'BASICS':
      checkBasics(data, problems);
      break;
    case 'INVENTORS':
      checkInventors(data, problems);
      break;
    case 'TECHNICAL':
      checkTechnical(data, problems);
      break;
    case 'PRIOR_ART':
      checkPriorArt(data, problems, now);
      break;
    case 'FUNDING':
      checkFunding(data, problems);
      break;
    case 'COMMERCIAL':
      checkCommercial(data, problems);
      break;
  }
  return problems;
}

/** Every step's problems: what must be fixed before a (re)submission. */
export function validateForSubmit(data: DisclosureFormData, now: Date = new Date()): DisclosureProblem[] {
  return DISCLOSURE_STEPS.flatMap((step) => validateDisclosureStep(step, data, now));
}

/** The reference number `<INSTITUTE>-<YEAR>-<NNN>` (at least three digits). */
export function formatDisclosureReference(instituteShortName: string, year: number, number: number): string {
  const prefix = instituteShortName
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '')
    .slice(0, 20);
  return `${prefix}-${year}-${String(number).padStart(3, '0')}`;
}

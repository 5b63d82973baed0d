// The invention-disclosure workflow and its form's validation, defined once: the API enforces
// them, the web offers only these actions and shows the same field messages.

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
    DRAFT: [DisclosureStatus.SUBMITTED, DisclosureStatus.WITHDRAWN],
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
export interface DisclosureProblem {
  field: string;
  code: string;
  message: string;
}

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
export function plannedDisclosureWarning(date: string, now: Date = new Date()): string | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  const days = Math.round((parsed.getTime() - startOfUtcDay(now)) / DAY_MS);
  if (days < 0 || days > PLANNED_DISCLOSURE_WARNING_DAYS) return null;
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return `This public disclosure is ${when}: tell the office now, a patent application must be filed before it.`;
}

function blank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

function checkText(
  problems: DisclosureProblem[],
  field: string,
  label: string,
  value: string | null | undefined,
  min: number = DISCLOSURE_LIMITS.textMin,
  max: number = DISCLOSURE_LIMITS.textMax,
): void {
  if (blank(value)) {
    problems.push({ field, code: 'REQUIRED', message: `${label} is required.` });
    return;
  }
  const length = (value as string).trim().length;
  if (length < min) problems.push({ field, code: 'TOO_SHORT', message: `${label} needs at least ${min} characters.` });
  else if (length > max)
    problems.push({ field, code: 'TOO_LONG', message: `${label} takes at most ${max} characters.` });
}

function checkBasics(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  checkText(problems, 'title', 'The title', data.title, DISCLOSURE_LIMITS.titleMin, DISCLOSURE_LIMITS.titleMax);
}

function checkInventors(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  const inventors = data.inventors ?? [];
  if (inventors.length === 0) {
    problems.push({ field: 'inventors', code: 'REQUIRED', message: 'Name at least one inventor.' });
    return;
  }
  if (inventors.length > DISCLOSURE_LIMITS.maxInventors) {
    problems.push({
      field: 'inventors',
      code: 'TOO_MANY',
      message: `At most ${DISCLOSURE_LIMITS.maxInventors} inventors.`,
    });
  }
  let sum = 0;
  inventors.forEach((inventor, index) => {
    const at = `inventors.${index}`;
    checkText(problems, `${at}.name`, 'The name', inventor.name, 2, DISCLOSURE_LIMITS.nameMax);
    checkText(problems, `${at}.affiliation`, 'The affiliation', inventor.affiliation, 2, DISCLOSURE_LIMITS.nameMax);
    const share = inventor.contributionShare;
    if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0 || share > 100) {
      problems.push({
        field: `${at}.contributionShare`,
        code: 'OUT_OF_RANGE',
        message: 'A contribution share is a percentage above 0 and at most 100.',
      });
    } else {
      sum += share;
    }
  });
  // Shares may have up to two decimals: compare in hundredths.
  if (Math.round(sum * 100) !== 10_000 && !problems.some((p) => p.field.endsWith('.contributionShare'))) {
    problems.push({
      field: 'inventors',
      code: 'SHARES_NOT_100',
      message: `The contribution shares sum to ${Math.round(sum * 100) / 100}, not 100.`,
    });
  }
}

function checkTechnical(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  checkText(problems, 'abstract', 'The abstract', data.abstract);
  checkText(problems, 'problem', 'The problem', data.problem);
  checkText(problems, 'solution', 'The solution', data.solution);
  checkText(problems, 'novelty', 'What is new', data.novelty);
}

function checkPriorArt(data: DisclosureFormData, problems: DisclosureProblem[], now: Date): void {
  checkText(problems, 'priorArt', 'The known prior art', data.priorArt);
  const disclosures = data.publicDisclosures ?? [];
  if (disclosures.length > DISCLOSURE_LIMITS.maxPublicDisclosures) {
    problems.push({
      field: 'publicDisclosures',
      code: 'TOO_MANY',
      message: `At most ${DISCLOSURE_LIMITS.maxPublicDisclosures} public disclosures.`,
    });
  }
  const today = startOfUtcDay(now);
  disclosures.forEach((entry, index) => {
    const at = `publicDisclosures.${index}`;
    if (entry.kind !== PublicDisclosureKind.PAST && entry.kind !== PublicDisclosureKind.PLANNED) {
      problems.push({ field: `${at}.kind`, code: 'INVALID', message: 'Say whether it is past or planned.' });
    }
    const date = blank(entry.date) ? null : parseIsoDate(entry.date);
    if (blank(entry.date)) {
      problems.push({ field: `${at}.date`, code: 'REQUIRED', message: 'The date is required.' });
    } else if (!date) {
      problems.push({ field: `${at}.date`, code: 'INVALID', message: 'The date must be YYYY-MM-DD.' });
    } else if (entry.kind === PublicDisclosureKind.PAST && date.getTime() > today) {
      problems.push({ field: `${at}.date`, code: 'NOT_PAST', message: 'A past disclosure cannot be in the future.' });
    } else if (entry.kind === PublicDisclosureKind.PLANNED && date.getTime() < today) {
      problems.push({
        field: `${at}.date`,
        code: 'NOT_FUTURE',
        message: 'A planned disclosure cannot be in the past: record it as past.',
      });
    }
    checkText(problems, `${at}.venue`, 'The venue', entry.venue, 2, DISCLOSURE_LIMITS.nameMax);
  });
}

function checkFunding(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  const sources = data.fundingSources ?? [];
  if (sources.length > DISCLOSURE_LIMITS.maxFundingSources) {
    problems.push({
      field: 'fundingSources',
      code: 'TOO_MANY',
      message: `At most ${DISCLOSURE_LIMITS.maxFundingSources} funding sources.`,
    });
  }
  sources.forEach((source, index) => {
    const at = `fundingSources.${index}`;
    checkText(problems, `${at}.funder`, 'The funder', source.funder, 2, DISCLOSURE_LIMITS.nameMax);
    // "None" is an answer; an empty field is not.
    checkText(problems, `${at}.obligations`, 'The obligations', source.obligations, 2);
  });
}

function checkCommercial(data: DisclosureFormData, problems: DisclosureProblem[]): void {
  checkText(problems, 'commercialApplications', 'The commercial applications', data.commercialApplications);
  if (data.trl == null) {
    problems.push({ field: 'trl', code: 'REQUIRED', message: 'The TRL is required.' });
  } else if (!Number.isInteger(data.trl) || data.trl < 1 || data.trl > 9) {
    problems.push({ field: 'trl', code: 'OUT_OF_RANGE', message: 'The TRL is a whole number from 1 to 9.' });
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

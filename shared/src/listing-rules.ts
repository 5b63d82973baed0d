// The listing editor's rules, defined once: what a listing may hold, what makes it complete enough
// for buyers before it is published, and how its status moves. The API enforces them; the web shows
// the same field messages and offers only the allowed moves.
import { AssetKind, AssetStatus, DevelopmentStage, IpStatus, PartneringModel, PricingModel } from './asset-enums.js';
import { type ErrorCode, type FieldProblem, problem } from './error-messages.js';
import { daysUntil, isoDay, parseIsoDate } from './technology-request-rules.js';

export const LISTING_LIMITS = {
  titleMin: 10,
  /** The column's length. */
  titleMax: 200,
  /** A one-line summary that says something: a buyer reads it on the catalogue card. */
  summaryMin: 40,
  /** The column's length. */
  summaryMax: 400,
  descriptionMin: 100,
  /** Problem and benefit: a sentence each at least. */
  problemMin: 30,
  benefitsMin: 30,
  textMax: 10_000,
  maxApplications: 20,
  applicationMax: 300,
  maxKeywords: 20,
  keywordMax: 60,
  maxPatentNumbers: 20,
  patentNumberMax: 40,
  maxSectors: 20,
  maxInventors: 30,
  inventorNameMin: 2,
  /** The inventor table's column lengths. */
  inventorNameMax: 160,
  inventorAffiliationMax: 240,
  /** The column's length. */
  turnaroundMax: 200,
  /** A service's deliverables, and its sample and throughput figures (the columns' lengths). */
  deliverablesMax: 4000,
  throughputMax: 300,
  maxAccreditations: 10,
  accreditationMax: 120,
  trlMin: 1,
  trlMax: 9,
} as const;

/** A field-level problem; `field` is a path such as `inventors.1.name`. */
export type ListingProblem = FieldProblem;

export interface ListingInventorData {
  name: string;
  affiliation: string;
}

/** Everything the office edits; `sectorCount` stands for the chosen sectors. */
export interface ListingData {
  kind: AssetKind;
  title: string;
  summary: string;
  description: string;
  problem: string;
  benefits: string;
  applications: readonly string[];
  trl: number;
  ipStatus: IpStatus;
  patentNumbers: readonly string[];
  developmentStage: DevelopmentStage;
  partneringModels: readonly PartneringModel[];
  keywords: readonly string[];
  sectorCount: number;
  inventors?: readonly ListingInventorData[] | null;
  turnaround: string | null;
  pricingModel: PricingModel | null;
  /** A service's template (services/service-template): what is delivered, throughput, accreditations. */
  deliverables?: string | null;
  throughput?: string | null;
  accreditations?: readonly string[];
  /** The Italian text (empty until translated): not needed to publish, recommended (listingPublicationWarnings). */
  titleIt?: string;
  summaryIt?: string;
  descriptionIt?: string;
  problemIt?: string;
  benefitsIt?: string;
  applicationsIt?: readonly string[];
  keywordsIt?: readonly string[];
  turnaroundIt?: string | null;
  deliverablesIt?: string | null;
  throughputIt?: string | null;
  /** The last day it is offered (YYYY-MM-DD), or none. */
  expiresOn?: string | null;
}

/** A patent or application number as offices write them: country code, then digits (EP4218876A1, WO2023/118342). */
const PATENT_NUMBER = /^[A-Z]{2}\s?\d[\dA-Z/.\s-]*$/i;

function blank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

function tooLong(
  problems: ListingProblem[],
  field: string,
  code: ErrorCode,
  value: string | null | undefined,
  max: number,
) {
  if (value != null && value.trim().length > max) problems.push(problem(field, code, { max }));
}

function isOneOf<T extends string>(values: Record<string, T>, value: unknown): value is T {
  return typeof value === 'string' && Object.values(values).includes(value as T);
}

/**
 * What any draft may hold (lengths, ranges, list sizes, known values). Only the fields present are
 * checked, so an edit of a few fields is checked on those alone. Completeness is publication's business.
 */
export function validateListingDraft(data: Partial<ListingData>): ListingProblem[] {
  const problems: ListingProblem[] = [];
  if (data.title !== undefined) {
    if (blank(data.title)) problems.push(problem('title', 'TITLE_REQUIRED'));
    else tooLong(problems, 'title', 'TITLE_TOO_LONG', data.title, LISTING_LIMITS.titleMax);
  }
  tooLong(problems, 'summary', 'SUMMARY_TOO_LONG', data.summary, LISTING_LIMITS.summaryMax);
  for (const [field, code] of [
    ['description', 'DESCRIPTION_TOO_LONG'],
    ['problem', 'PROBLEM_TOO_LONG'],
    ['benefits', 'BENEFITS_TOO_LONG'],
  ] as const) {
    tooLong(problems, field, code, data[field], LISTING_LIMITS.textMax);
  }
  if (data.kind !== undefined && !isOneOf(AssetKind, data.kind)) problems.push(problem('kind', 'KIND_INVALID'));
  if (
    data.trl !== undefined &&
    (!Number.isInteger(data.trl) || data.trl < LISTING_LIMITS.trlMin || data.trl > LISTING_LIMITS.trlMax)
  ) {
    problems.push(problem('trl', 'TRL_INVALID'));
  }
  if (data.ipStatus !== undefined && !isOneOf(IpStatus, data.ipStatus)) {
    problems.push(problem('ipStatus', 'IP_STATUS_INVALID'));
  }
  if (data.developmentStage !== undefined && !isOneOf(DevelopmentStage, data.developmentStage)) {
    problems.push(problem('developmentStage', 'DEVELOPMENT_STAGE_INVALID'));
  }
  if (data.pricingModel != null && !isOneOf(PricingModel, data.pricingModel)) {
    problems.push(problem('pricingModel', 'PRICING_MODEL_INVALID'));
  }
  tooLong(problems, 'turnaround', 'TURNAROUND_TOO_LONG', data.turnaround, LISTING_LIMITS.turnaroundMax);
  tooLong(problems, 'deliverables', 'DELIVERABLES_TOO_LONG', data.deliverables, LISTING_LIMITS.deliverablesMax);
  tooLong(problems, 'throughput', 'THROUGHPUT_TOO_LONG', data.throughput, LISTING_LIMITS.throughputMax);
  // The Italian text has the English one's limits (and its sentences); any of it may be left empty.
  for (const [field, code, max] of [
    ['titleIt', 'TITLE_TOO_LONG', LISTING_LIMITS.titleMax],
    ['summaryIt', 'SUMMARY_TOO_LONG', LISTING_LIMITS.summaryMax],
    ['descriptionIt', 'DESCRIPTION_TOO_LONG', LISTING_LIMITS.textMax],
    ['problemIt', 'PROBLEM_TOO_LONG', LISTING_LIMITS.textMax],
    ['benefitsIt', 'BENEFITS_TOO_LONG', LISTING_LIMITS.textMax],
    ['turnaroundIt', 'TURNAROUND_TOO_LONG', LISTING_LIMITS.turnaroundMax],
    ['deliverablesIt', 'DELIVERABLES_TOO_LONG', LISTING_LIMITS.deliverablesMax],
    ['throughputIt', 'THROUGHPUT_TOO_LONG', LISTING_LIMITS.throughputMax],
  ] as const) {
    tooLong(problems, field, code, data[field], max);
  }

  const lists = [
    [
      'applications',
      data.applications,
      LISTING_LIMITS.maxApplications,
      LISTING_LIMITS.applicationMax,
      ['TOO_MANY_APPLICATIONS', 'APPLICATION_REQUIRED', 'APPLICATION_TOO_LONG'],
    ],
    [
      'keywords',
      data.keywords,
      LISTING_LIMITS.maxKeywords,
      LISTING_LIMITS.keywordMax,
      ['TOO_MANY_KEYWORDS', 'KEYWORD_REQUIRED', 'KEYWORD_TOO_LONG'],
    ],
    [
      'applicationsIt',
      data.applicationsIt,
      LISTING_LIMITS.maxApplications,
      LISTING_LIMITS.applicationMax,
      ['TOO_MANY_APPLICATIONS', 'APPLICATION_REQUIRED', 'APPLICATION_TOO_LONG'],
    ],
    [
      'keywordsIt',
      data.keywordsIt,
      LISTING_LIMITS.maxKeywords,
      LISTING_LIMITS.keywordMax,
      ['TOO_MANY_KEYWORDS', 'KEYWORD_REQUIRED', 'KEYWORD_TOO_LONG'],
    ],
    [
      'patentNumbers',
      data.patentNumbers,
      LISTING_LIMITS.maxPatentNumbers,
      LISTING_LIMITS.patentNumberMax,
      ['TOO_MANY_PATENT_NUMBERS', 'PATENT_NUMBER_REQUIRED', 'PATENT_NUMBER_TOO_LONG'],
    ],
    [
      'accreditations',
      data.accreditations,
      LISTING_LIMITS.maxAccreditations,
      LISTING_LIMITS.accreditationMax,
      ['TOO_MANY_ACCREDITATIONS', 'ACCREDITATION_REQUIRED', 'ACCREDITATION_TOO_LONG'],
    ],
  ] as const;
  for (const [field, list, maxItems, maxLength, [tooMany, itemRequired, itemTooLong]] of lists) {
    if (!list) continue;
    if (list.length > maxItems) problems.push(problem(field, tooMany, { max: maxItems }));
    list.forEach((item, index) => {
      if (blank(item)) problems.push(problem(`${field}.${index}`, itemRequired));
      else if (item.trim().length > maxLength)
        problems.push(problem(`${field}.${index}`, itemTooLong, { max: maxLength }));
    });
  }
  data.patentNumbers?.forEach((number, index) => {
    if (
      !blank(number) &&
      number.trim().length <= LISTING_LIMITS.patentNumberMax &&
      !PATENT_NUMBER.test(number.trim())
    ) {
      problems.push(problem(`patentNumbers.${index}`, 'PATENT_NUMBER_INVALID'));
    }
  });
  const models = data.partneringModels ?? [];
  models.forEach((model, index) => {
    if (!isOneOf(PartneringModel, model))
      problems.push(problem(`partneringModels.${index}`, 'PARTNERING_MODEL_INVALID'));
  });
  if (new Set(models).size !== models.length) problems.push(problem('partneringModels', 'PARTNERING_MODEL_DUPLICATE'));
  if (data.sectorCount !== undefined && data.sectorCount > LISTING_LIMITS.maxSectors) {
    problems.push(problem('sectorIds', 'TOO_MANY_SECTORS', { max: LISTING_LIMITS.maxSectors }));
  }
  const inventors = data.inventors ?? [];
  if (inventors.length > LISTING_LIMITS.maxInventors) {
    problems.push(problem('inventors', 'TOO_MANY_INVENTORS', { max: LISTING_LIMITS.maxInventors }));
  }
  inventors.forEach((inventor, index) => {
    const name = inventor.name?.trim() ?? '';
    if (name.length < LISTING_LIMITS.inventorNameMin)
      problems.push(problem(`inventors.${index}.name`, 'INVENTOR_NAME_REQUIRED'));
    tooLong(
      problems,
      `inventors.${index}.name`,
      'INVENTOR_NAME_TOO_LONG',
      inventor.name,
      LISTING_LIMITS.inventorNameMax,
    );
    if (blank(inventor.affiliation)) {
      problems.push(problem(`inventors.${index}.affiliation`, 'INVENTOR_AFFILIATION_REQUIRED'));
    }
    tooLong(
      problems,
      `inventors.${index}.affiliation`,
      'INVENTOR_AFFILIATION_TOO_LONG',
      inventor.affiliation,
      LISTING_LIMITS.inventorAffiliationMax,
    );
  });
  return problems;
}

/** The codes of a text field's problems: empty, too short. */
type RequiredCodes = readonly [required: ErrorCode, tooShort: ErrorCode];

function required(
  problems: ListingProblem[],
  field: string,
  [requiredCode, tooShortCode]: RequiredCodes,
  value: string | null | undefined,
  min: number,
): void {
  if (blank(value)) problems.push(problem(field, requiredCode));
  else if ((value as string).trim().length < min) problems.push(problem(field, tooShortCode, { min }));
}

/**
 * Everything that keeps a listing from being published (empty when it is complete enough for buyers):
 * the draft limits, plus a title, a one-line summary, a description, the problem and the benefit, at
 * least one sector and one partnering model; patent numbers when a patent is pending or granted; and
 * for a service, its turnaround and pricing model; given `today` (YYYY-MM-DD, UTC), an expiry date not yet passed.
 * TRL, IP status and development stage are always set (a new draft starts from defaults the office reviews), so they
 * are checked for validity only.
 */
export function validateListingForPublication(data: ListingData, today?: string): ListingProblem[] {
  const problems = validateListingDraft(data);
  // Past its expiry date a listing would leave the catalogue at once: it gets a later date (or none) first.
  if (today !== undefined && data.expiresOn != null && data.expiresOn < today) {
    problems.push(problem('expiresOn', 'LISTING_EXPIRY_PAST'));
  }
  const seen = new Set(problems.map((found) => found.field));
  const texts = [
    ['title', ['TITLE_REQUIRED', 'TITLE_TOO_SHORT'], data.title, LISTING_LIMITS.titleMin],
    ['summary', ['SUMMARY_REQUIRED', 'SUMMARY_TOO_SHORT'], data.summary, LISTING_LIMITS.summaryMin],
    ['description', ['DESCRIPTION_REQUIRED', 'DESCRIPTION_TOO_SHORT'], data.description, LISTING_LIMITS.descriptionMin],
    ['problem', ['PROBLEM_REQUIRED', 'PROBLEM_TOO_SHORT'], data.problem, LISTING_LIMITS.problemMin],
    ['benefits', ['BENEFITS_REQUIRED', 'BENEFITS_TOO_SHORT'], data.benefits, LISTING_LIMITS.benefitsMin],
  ] as const;
  for (const [field, codes, value, min] of texts) {
    if (!seen.has(field)) required(problems, field, codes, value, min);
  }
  if (data.sectorCount < 1) problems.push(problem('sectorIds', 'SECTORS_REQUIRED'));
  if (data.partneringModels.length < 1) problems.push(problem('partneringModels', 'PARTNERING_MODELS_REQUIRED'));
  const patented = data.ipStatus === IpStatus.PATENT_PENDING || data.ipStatus === IpStatus.PATENT_GRANTED;
  if (patented && !data.patentNumbers.some((number) => !blank(number)) && !seen.has('patentNumbers')) {
    problems.push(problem('patentNumbers', 'PATENT_NUMBERS_REQUIRED'));
  }
  if (data.kind === AssetKind.SERVICE) {
    if (blank(data.turnaround) && !seen.has('turnaround')) problems.push(problem('turnaround', 'TURNAROUND_REQUIRED'));
    if (data.pricingModel == null) problems.push(problem('pricingModel', 'PRICING_MODEL_REQUIRED'));
  }
  return problems;
}

/**
 * Each Italian text and the English one it translates (a text, or a list). A listing is shown in Italian only when
 * every English text it has is there in Italian (hasItalianText): otherwise in English, the reference, whole,
 * rather than half in each language.
 */
export const LISTING_TRANSLATIONS = [
  { italian: 'titleIt', english: 'title', list: false },
  { italian: 'summaryIt', english: 'summary', list: false },
  { italian: 'descriptionIt', english: 'description', list: false },
  { italian: 'problemIt', english: 'problem', list: false },
  { italian: 'benefitsIt', english: 'benefits', list: false },
  { italian: 'applicationsIt', english: 'applications', list: true },
  { italian: 'keywordsIt', english: 'keywords', list: true },
  { italian: 'turnaroundIt', english: 'turnaround', list: false },
  { italian: 'deliverablesIt', english: 'deliverables', list: false },
  { italian: 'throughputIt', english: 'throughput', list: false },
] as const satisfies readonly { italian: keyof ListingData; english: keyof ListingData; list: boolean }[];

/**
 * What is recommended but does not keep a listing from being published: the Italian text of every English text
 * the listing has (Italian companies and researchers read it; until none is missing the listing shows in English
 * to them), each a TRANSLATION_MISSING on its Italian field. Empty once translated.
 */
export function listingPublicationWarnings(data: ListingData): ListingProblem[] {
  const warnings: ListingProblem[] = [];
  for (const { italian, english, list } of LISTING_TRANSLATIONS) {
    const absent = (value: string | readonly string[] | null | undefined) =>
      list ? (value ?? []).length === 0 : blank(value as string | null | undefined);
    if (!absent(data[english]) && absent(data[italian])) warnings.push(problem(italian, 'TRANSLATION_MISSING'));
  }
  return warnings;
}

/** Whether a listing is shown in Italian to those who read Italian: no Italian text is missing. */
export function hasItalianText(data: ListingData): boolean {
  return listingPublicationWarnings(data).length === 0;
}

// ---- Status ----

const TRANSITIONS: Record<AssetStatus, readonly AssetStatus[]> = {
  // Publish once complete, or archive an idea the office gave up on.
  DRAFT: [AssetStatus.PUBLISHED, AssetStatus.ARCHIVED],
  // Unpublish (back to a draft, to rework it out of sight) or archive (no longer offered).
  PUBLISHED: [AssetStatus.DRAFT, AssetStatus.ARCHIVED],
  // Restore as a draft; it is published again only through the publication check.
  ARCHIVED: [AssetStatus.DRAFT],
};

/** The statuses the office may move a listing to from `from`. */
export function allowedListingTransitions(from: AssetStatus): readonly AssetStatus[] {
  return TRANSITIONS[from] ?? [];
}

export function canTransitionListing(from: AssetStatus, to: AssetStatus): boolean {
  return allowedListingTransitions(from).includes(to);
}

/** Drafts and published listings are edited in place; an archived one is restored first. */
export function isListingEditable(status: AssetStatus): boolean {
  return status === AssetStatus.DRAFT || status === AssetStatus.PUBLISHED;
}

/** A published listing stays complete: an edit that would make it unpublishable is refused. */
export function listingMustStayComplete(status: AssetStatus): boolean {
  return status === AssetStatus.PUBLISHED;
}

// ---- Pre-filling from a disclosure ----

/**
 * A one-line summary from a longer text (a disclosure's abstract): whole sentences while they fit,
 * else the first words with an ellipsis. Never longer than `max`.
 */
export function summaryFromText(text: string | null | undefined, max: number = LISTING_LIMITS.summaryMax): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentences = flat.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > max) break;
    summary += sentence;
  }
  if (summary.trim()) return summary.trim();
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Lines of a free text as list entries (bullets and numbering removed), at most `maxItems` of `maxLength`. */
export function linesToList(
  text: string | null | undefined,
  maxItems: number = LISTING_LIMITS.maxApplications,
  maxLength: number = LISTING_LIMITS.applicationMax,
): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, maxItems)
    .map((line) => (line.length > maxLength ? summaryFromText(line, maxLength) : line));
}

// ---- Expiry ----

export const LISTING_EXPIRY = {
  /** The office is e-mailed this many days before a published listing's expiry date. */
  reminderDays: 30,
  /** An expiry date is at most this many years from today. */
  maxYearsAhead: 5,
  /** A renewal suggests a date this many years from today. */
  renewalYears: 1,
} as const;

/** The day `years` years after `day` (both YYYY-MM-DD): the same day, or the month's last (29 February → 28). */
export function yearsAfter(day: string, years: number): string {
  const date = parseIsoDate(day);
  if (!date) return day;
  const target = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return isoDay(target);
}

/**
 * What is wrong with an expiry date the office sets (null clears it: nothing). A listing is offered through its
 * expiry date, so today will do; the date is a real day at most five years ahead. `today` is YYYY-MM-DD (UTC).
 */
export function validateListingExpiry(expiresOn: string | null, today: string): ListingProblem[] {
  if (expiresOn === null) return [];
  if (!parseIsoDate(expiresOn)) return [problem('expiresOn', 'DATE_INVALID')];
  if (expiresOn < today) return [problem('expiresOn', 'LISTING_EXPIRY_PAST')];
  if (expiresOn > yearsAfter(today, LISTING_EXPIRY.maxYearsAhead)) {
    return [problem('expiresOn', 'LISTING_EXPIRY_TOO_FAR', { years: LISTING_EXPIRY.maxYearsAhead })];
  }
  return [];
}

/** A listing's expiry as the office sees it. */
export interface ListingExpiry {
  status: AssetStatus;
  /** YYYY-MM-DD, or null: no end. */
  expiresOn: string | null;
  /** Set when it left the catalogue because the date passed. */
  expiredAt: Date | string | null;
}

/**
 * What the office is told of a listing's expiry: EXPIRED once it left the catalogue for it (until renewed),
 * EXPIRING_SOON within the reminder's days (or past the date, before the hourly job takes it out), SCHEDULED
 * further ahead, NONE without a date.
 */
export type ListingExpiryState = 'EXPIRED' | 'EXPIRING_SOON' | 'SCHEDULED' | 'NONE';

export function listingExpiryState(listing: ListingExpiry, today: string): ListingExpiryState {
  if (listing.expiredAt != null && listing.status === AssetStatus.ARCHIVED) return 'EXPIRED';
  if (listing.expiresOn === null) return 'NONE';
  return daysUntil(listing.expiresOn, today) <= LISTING_EXPIRY.reminderDays ? 'EXPIRING_SOON' : 'SCHEDULED';
}

/** Renewed: a published listing (a later date before it expires), or one its date took out of the catalogue. */
export function isListingRenewable(listing: ListingExpiry): boolean {
  return (
    listing.status === AssetStatus.PUBLISHED || (listing.status === AssetStatus.ARCHIVED && listing.expiredAt != null)
  );
}

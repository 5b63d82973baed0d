// The listing editor's rules, defined once: what a listing may hold, what makes it complete enough
// for buyers before it is published, and how its status moves. The API enforces them; the web shows
// the same field messages and offers only the allowed moves.
import { AssetKind, AssetStatus, DevelopmentStage, IpStatus, PartneringModel, PricingModel } from './asset-enums.js';

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
  trlMin: 1,
  trlMax: 9,
} as const;

/** A field-level problem; `field` is a path such as `inventors.1.name`. */
export interface ListingProblem {
  field: string;
  code: string;
  message: string;
}

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
  /** The Italian text (empty until translated): not needed to publish, recommended (listingPublicationWarnings). */
  titleIt?: string;
  summaryIt?: string;
  descriptionIt?: string;
  problemIt?: string;
  benefitsIt?: string;
  applicationsIt?: readonly string[];
  keywordsIt?: readonly string[];
  turnaroundIt?: string | null;
}

/** A patent or application number as offices write them: country code, then digits (EP4218876A1, WO2023/118342). */
const PATENT_NUMBER = /^[A-Z]{2}\s?\d[\dA-Z/.\s-]*$/i;

function blank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

function tooLong(
  problems: ListingProblem[],
  field: string,
  label: string,
  value: string | null | undefined,
  max: number,
) {
  if (value != null && value.trim().length > max) {
    problems.push({ field, code: 'TOO_LONG', message: `${label} takes at most ${max} characters.` });
  }
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
    if (blank(data.title)) problems.push({ field: 'title', code: 'REQUIRED', message: 'The title is required.' });
    else tooLong(problems, 'title', 'The title', data.title, LISTING_LIMITS.titleMax);
  }
  tooLong(problems, 'summary', 'The summary', data.summary, LISTING_LIMITS.summaryMax);
  for (const [field, label] of [
    ['description', 'The description'],
    ['problem', 'The problem'],
    ['benefits', 'The benefits'],
  ] as const) {
    tooLong(problems, field, label, data[field], LISTING_LIMITS.textMax);
  }
  if (data.kind !== undefined && !isOneOf(AssetKind, data.kind)) {
    problems.push({ field: 'kind', code: 'INVALID', message: 'Choose invention, prototype or service.' });
  }
  if (
    data.trl !== undefined &&
    (!Number.isInteger(data.trl) || data.trl < LISTING_LIMITS.trlMin || data.trl > LISTING_LIMITS.trlMax)
  ) {
    problems.push({ field: 'trl', code: 'OUT_OF_RANGE', message: 'The TRL is a whole number from 1 to 9.' });
  }
  if (data.ipStatus !== undefined && !isOneOf(IpStatus, data.ipStatus)) {
    problems.push({ field: 'ipStatus', code: 'INVALID', message: 'Choose an IP status.' });
  }
  if (data.developmentStage !== undefined && !isOneOf(DevelopmentStage, data.developmentStage)) {
    problems.push({ field: 'developmentStage', code: 'INVALID', message: 'Choose a development stage.' });
  }
  if (data.pricingModel != null && !isOneOf(PricingModel, data.pricingModel)) {
    problems.push({ field: 'pricingModel', code: 'INVALID', message: 'Choose a pricing model.' });
  }
  tooLong(problems, 'turnaround', 'The turnaround', data.turnaround, LISTING_LIMITS.turnaroundMax);
  // The Italian text has the English one's limits; any of it may be left empty.
  tooLong(problems, 'titleIt', 'The Italian title', data.titleIt, LISTING_LIMITS.titleMax);
  tooLong(problems, 'summaryIt', 'The Italian summary', data.summaryIt, LISTING_LIMITS.summaryMax);
  for (const [field, label] of [
    ['descriptionIt', 'The Italian description'],
    ['problemIt', 'The Italian problem'],
    ['benefitsIt', 'The Italian benefits'],
  ] as const) {
    tooLong(problems, field, label, data[field], LISTING_LIMITS.textMax);
  }
  tooLong(problems, 'turnaroundIt', 'The Italian turnaround', data.turnaroundIt, LISTING_LIMITS.turnaroundMax);

  const lists = [
    ['applications', 'application', data.applications, LISTING_LIMITS.maxApplications, LISTING_LIMITS.applicationMax],
    ['keywords', 'keyword', data.keywords, LISTING_LIMITS.maxKeywords, LISTING_LIMITS.keywordMax],
    [
      'applicationsIt',
      'Italian application',
      data.applicationsIt,
      LISTING_LIMITS.maxApplications,
      LISTING_LIMITS.applicationMax,
    ],
    ['keywordsIt', 'Italian keyword', data.keywordsIt, LISTING_LIMITS.maxKeywords, LISTING_LIMITS.keywordMax],
    [
      'patentNumbers',
      'patent number',
      data.patentNumbers,
      LISTING_LIMITS.maxPatentNumbers,
      LISTING_LIMITS.patentNumberMax,
    ],
  ] as const;
  for (const [field, noun, list, maxItems, maxLength] of lists) {
    if (!list) continue;
    if (list.length > maxItems) problems.push({ field, code: 'TOO_MANY', message: `At most ${maxItems} ${noun}s.` });
    list.forEach((item, index) => {
      if (blank(item))
        problems.push({ field: `${field}.${index}`, code: 'REQUIRED', message: `Fill in or remove this ${noun}.` });
      else if (item.trim().length > maxLength)
        problems.push({
          field: `${field}.${index}`,
          code: 'TOO_LONG',
          message: `A ${noun} takes at most ${maxLength} characters.`,
        });
    });
  }
  data.patentNumbers?.forEach((number, index) => {
    if (
      !blank(number) &&
      number.trim().length <= LISTING_LIMITS.patentNumberMax &&
      !PATENT_NUMBER.test(number.trim())
    ) {
      problems.push({
        field: `patentNumbers.${index}`,
        code: 'INVALID',
        message: 'A patent number starts with the country code, e.g. EP4218876A1 or WO2023/118342.',
      });
    }
  });
  const models = data.partneringModels ?? [];
  models.forEach((model, index) => {
    if (!isOneOf(PartneringModel, model))
      problems.push({ field: `partneringModels.${index}`, code: 'INVALID', message: 'Unknown partnering model.' });
  });
  if (new Set(models).size !== models.length) {
    problems.push({ field: 'partneringModels', code: 'DUPLICATE', message: 'Each partnering model once.' });
  }
  if (data.sectorCount !== undefined && data.sectorCount > LISTING_LIMITS.maxSectors) {
    problems.push({ field: 'sectorIds', code: 'TOO_MANY', message: `At most ${LISTING_LIMITS.maxSectors} sectors.` });
  }
  const inventors = data.inventors ?? [];
  if (inventors.length > LISTING_LIMITS.maxInventors) {
    problems.push({
      field: 'inventors',
      code: 'TOO_MANY',
      message: `At most ${LISTING_LIMITS.maxInventors} inventors.`,
    });
  }
  inventors.forEach((inventor, index) => {
    const name = inventor.name?.trim() ?? '';
    if (name.length < LISTING_LIMITS.inventorNameMin) {
      problems.push({
        field: `inventors.${index}.name`,
        code: 'REQUIRED',
        message: "The inventor's name is required.",
      });
    }
    tooLong(problems, `inventors.${index}.name`, 'The name', inventor.name, LISTING_LIMITS.inventorNameMax);
    if (blank(inventor.affiliation)) {
      problems.push({
        field: `inventors.${index}.affiliation`,
        code: 'REQUIRED',
        message: "The inventor's affiliation is required.",
      });
    }
    tooLong(
      problems,
      `inventors.${index}.affiliation`,
      'The affiliation',
      inventor.affiliation,
      LISTING_LIMITS.inventorAffiliationMax,
    );
  });
  return problems;
}

function required(
  problems: ListingProblem[],
  field: string,
  label: string,
  value: string | null | undefined,
  min: number,
): void {
  if (blank(value)) problems.push({ field, code: 'REQUIRED', message: `${label} is required.` });
  else if ((value as string).trim().length < min)
    problems.push({ field, code: 'TOO_SHORT', message: `${label} needs at least ${min} characters.` });
}

/**
 * Everything that keeps a listing from being published (empty when it is complete enough for buyers):
 * the draft limits, plus a title, a one-line summary, a description, the problem and the benefit, at
 * least one sector and one partnering model; patent numbers when a patent is pending or granted; and
 * for a service, its turnaround and pricing model. TRL, IP status and development stage are always
 * set (a new draft starts from defaults the office reviews), so they are checked for validity only.
 */
export function validateListingForPublication(data: ListingData): ListingProblem[] {
  const problems = validateListingDraft(data);
  const seen = new Set(problems.map((problem) => problem.field));
  const add = (check: () => void, field: string) => {
    if (!seen.has(field)) check();
  };
  add(() => required(problems, 'title', 'The title', data.title, LISTING_LIMITS.titleMin), 'title');
  add(() => required(problems, 'summary', 'The summary', data.summary, LISTING_LIMITS.summaryMin), 'summary');
  add(
    () => required(problems, 'description', 'The description', data.description, LISTING_LIMITS.descriptionMin),
    'description',
  );
  add(() => required(problems, 'problem', 'The problem it solves', data.problem, LISTING_LIMITS.problemMin), 'problem');
  add(
    () =>
      required(
        problems,
        'benefits',
        "The benefit over today's alternatives",
        data.benefits,
        LISTING_LIMITS.benefitsMin,
      ),
    'benefits',
  );
  if (data.sectorCount < 1) {
    problems.push({ field: 'sectorIds', code: 'REQUIRED', message: 'Choose at least one sector or therapeutic area.' });
  }
  if (data.partneringModels.length < 1) {
    problems.push({
      field: 'partneringModels',
      code: 'REQUIRED',
      message: 'Choose at least one way to partner (licence, co-development, service agreement…).',
    });
  }
  const patented = data.ipStatus === IpStatus.PATENT_PENDING || data.ipStatus === IpStatus.PATENT_GRANTED;
  if (patented && !data.patentNumbers.some((number) => !blank(number)) && !seen.has('patentNumbers')) {
    problems.push({
      field: 'patentNumbers',
      code: 'REQUIRED',
      message: 'A pending or granted patent needs its application or patent number.',
    });
  }
  if (data.kind === AssetKind.SERVICE) {
    if (blank(data.turnaround) && !seen.has('turnaround')) {
      problems.push({ field: 'turnaround', code: 'REQUIRED', message: 'Say how long the service typically takes.' });
    }
    if (data.pricingModel == null) {
      problems.push({ field: 'pricingModel', code: 'REQUIRED', message: 'Say how the service is priced.' });
    }
  }
  return problems;
}

/**
 * Each Italian text and the English one it translates (a text, or a list). A listing is shown in Italian only when
 * every English text it has is there in Italian (hasItalianText): otherwise in English, the reference, whole,
 * rather than half in each language.
 */
export const LISTING_TRANSLATIONS = [
  { italian: 'titleIt', english: 'title', list: false, missing: 'The Italian title is missing.' },
  { italian: 'summaryIt', english: 'summary', list: false, missing: 'The Italian summary is missing.' },
  { italian: 'descriptionIt', english: 'description', list: false, missing: 'The Italian description is missing.' },
  {
    italian: 'problemIt',
    english: 'problem',
    list: false,
    missing: 'The Italian text of the problem it solves is missing.',
  },
  { italian: 'benefitsIt', english: 'benefits', list: false, missing: 'The Italian text of the benefits is missing.' },
  { italian: 'applicationsIt', english: 'applications', list: true, missing: 'The Italian applications are missing.' },
  { italian: 'keywordsIt', english: 'keywords', list: true, missing: 'The Italian keywords are missing.' },
  { italian: 'turnaroundIt', english: 'turnaround', list: false, missing: 'The Italian turnaround is missing.' },
] as const satisfies readonly {
  italian: keyof ListingData;
  english: keyof ListingData;
  list: boolean;
  missing: string;
}[];

/**
 * What is recommended but does not keep a listing from being published: the Italian text of every English text
 * the listing has (Italian companies and researchers read it; until none is missing the listing shows in English
 * to them). Empty once translated.
 */
export function listingPublicationWarnings(data: ListingData): ListingProblem[] {
  const warnings: ListingProblem[] = [];
  for (const { italian, english, list, missing } of LISTING_TRANSLATIONS) {
    const absent = (value: string | readonly string[] | null | undefined) =>
      list ? (value ?? []).length === 0 : blank(value as string | null | undefined);
    if (!absent(data[english]) && absent(data[italian])) {
      warnings.push({ field: italian, code: 'TRANSLATION_MISSING', message: missing });
    }
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

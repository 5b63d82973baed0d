import type { Database } from '@tt/db/database';
import { italianTextSql, titleShownInItalianSql } from '@tt/db/entities/listing-italian-text';
import type {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { Language, shownTextLanguage } from '@tt/shared/languages';
import type { ListingAvailability } from '@tt/shared/listing-availability';
import type { ServiceCapacity } from '@tt/shared/service-capacity';
import { type ExpressionBuilder, type RawBuilder, type Selectable, sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import type { PageInfo } from '../../pagination/page-info.js';
import { toGlobalId } from '../../schema/global-id.js';
import type { toInstitutionRecord } from '../institutions/institution-records.js';

// Rows read through the typed query builder become the records the services return; the GraphQL types
// implement these interfaces, and only what a GraphQL type declares is ever sent to a client.

/** An institute as its records module gives it. */
export type InstitutionRecord = ReturnType<typeof toInstitutionRecord>;

/** A listing's texts in one language, as stored (empty where not translated). */
export interface AssetTexts {
  title: string;
  summary: string;
  description: string;
  problem: string;
  benefits: string;
  applications: string[];
  keywords: string[];
  turnaround: string | null;
  deliverables: string | null;
  throughput: string | null;
}

/** The Italian texts of a listing read in English, which never shows them. */
const NOT_READ: AssetTexts = Object.freeze({
  title: '',
  summary: '',
  description: '',
  problem: '',
  benefits: '',
  applications: [],
  keywords: [],
  turnaround: null,
  deliverables: null,
  throughput: null,
});

/**
 * A listing: an invention, a prototype or a service. Its texts (title … turnaround) are those shown to the request
 * it was read for: in the request's language when the listing has it whole, else in English (`textLanguage`);
 * `texts` holds both languages as stored, for the editor and the publication rules.
 */
export interface AssetRecord {
  readonly __typename: 'Asset';
  /** The global id. */
  id: string;
  dbId: number;
  institutionId: number;
  platformId: number | null;
  contactOfficerId: number | null;
  /** Its institute as read for this selection only (narrowed to the fields it names); else the loader's. */
  selectedInstitution?: InstitutionRecord;
  slug: string;
  kind: AssetKind;
  status: AssetStatus;
  title: string;
  summary: string;
  description: string;
  problem: string;
  benefits: string;
  applications: string[];
  trl: number;
  ipStatus: IpStatus;
  patentNumbers: string[];
  developmentStage: DevelopmentStage;
  partneringModels: PartneringModel[];
  keywords: string[];
  turnaround: string | null;
  pricingModel: PricingModel | null;
  /** A service's template: what is delivered, its sample and throughput figures, its accreditations. */
  deliverables: string | null;
  throughput: string | null;
  accreditations: string[];
  publishedAt: Date | null;
  /** The office's: the last day it is offered (YYYY-MM-DD), and when it left the catalogue for it. */
  expiresOn: string | null;
  expiredAt: Date | null;
  updatedAt: Date;
  availability: ListingAvailability;
  /** A service's capacity as stored (shown as of today: features/services/capacity.resolver.ts). */
  capacity: ServiceCapacity;
  textLanguage: Language;
  texts: Record<Language, AssetTexts>;
}

/** An inventor's public profile. */
export interface InventorRecord {
  readonly __typename: 'Inventor';
  id: string;
  dbId: number;
  name: string;
  affiliation: string;
}

/** The officer who handles a listing. */
export interface ContactOfficerRecord {
  name: string;
  title: string | null;
  /** What the title was written in. */
  titleLanguage: Language;
}

/** One page of listings, as the connection shows it. */
export interface AssetPage {
  edges: AssetEdge[];
  pageInfo: PageInfo;
}

export interface AssetEdge {
  cursor: string;
  node: AssetRecord;
  rank: number | null;
  snippet: SnippetPart[] | null;
}

/** A piece of a search snippet; `highlighted` parts matched the query. */
export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

export interface FacetValue {
  value: string;
  label: string | null;
  count: number;
}

/** A facet of the catalogue: counts per value. */
export type Facet =
  | 'kinds'
  | 'sectors'
  | 'trl'
  | 'ipStatuses'
  | 'institutions'
  | 'partneringModels'
  | 'availabilities'
  | 'capacities';

/** Counts per value, each reflecting the query and every other active filter. */
export type AssetFacets = Record<Facet, FacetValue[]>;

/** Whether a listing aliased `a` is shown in Italian (the shared rule, in SQL: listing-italian-text.ts). */
export function hasItalianText(): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(italianTextSql('a'))}`;
}

/**
 * A listing aliased `a`'s title as its pages show it in Italian (the Italian one when its texts are translated, by
 * hasItalianText): what an e-mail in Italian names it by, beside `a.title` for one in English. The same expression
 * as the index on each platform's listings in Italian (asset_published_platform_it_idx).
 */
export function titleShownInItalian(): RawBuilder<string> {
  return sql<string>`${sql.raw(titleShownInItalianSql('a'))}`;
}

// A listing at a slug, current or former (asset_slug_redirect): how each public address of a listing finds it (its
// page, its PDF, its preview image), so a link from before a rename still leads to it. The listing is aliased `a`.
// Current and former slugs share one namespace (listing-slugs.ts); the current one is ordered first all the same.

type ListingScope = ExpressionBuilder<Database & { a: Database['asset'] }, 'a'>;

/** The listing whose slug, or one of whose former slugs, `slug` is. */
export function atSlug(eb: ListingScope, slug: string) {
  return eb.or([
    eb('a.slug', '=', slug),
    eb('a.id', '=', eb.selectFrom('asset_slug_redirect as r').select('r.asset_id').where('r.slug', '=', slug)),
  ]);
}

/** To order by, descending: the listing whose current slug `slug` is before one that had it. */
export function currentSlugFirst(eb: ListingScope, slug: string) {
  return eb('a.slug', '=', slug);
}

/**
 * The title an e-mail in `language` names a listing by, from its titles as its pages show them in each language:
 * as the page its link leads to shows it, never the English title in an Italian sentence when there is an Italian one.
 */
export function titleShownIn(language: Language, titles: { en: string | null; it: string | null }): string {
  return (language === Language.IT ? titles.it : titles.en) ?? '';
}

/** The columns of a listing a statement in English does not need: its Italian texts, and whether they are whole. */
const ITALIAN_TEXT_COLUMNS = [
  'a.title_it',
  'a.summary_it',
  'a.description_it',
  'a.problem_it',
  'a.benefits_it',
  'a.applications_it',
  'a.keywords_it',
  'a.turnaround_it',
  'a.deliverables_it',
  'a.throughput_it',
  hasItalianText().as('has_italian_text'),
] as const;

/** The columns of a listing every statement reads, in any language. */
const LISTING_COLUMNS = [
  'a.id',
  'a.slug',
  'a.kind',
  'a.status',
  'a.title',
  'a.summary',
  'a.description',
  'a.problem',
  'a.benefits',
  'a.applications',
  'a.trl',
  'a.ip_status',
  'a.patent_numbers',
  'a.development_stage',
  'a.partnering_models',
  'a.keywords',
  'a.turnaround',
  'a.pricing_model',
  'a.deliverables',
  'a.throughput',
  'a.accreditations',
  'a.published_at',
  'a.expires_on',
  'a.expired_at',
  'a.updated_at',
  'a.availability',
  'a.capacity_status',
  'a.fully_booked_until',
  'a.next_slot_on',
  'a.turnaround_weeks_min',
  'a.turnaround_weeks_max',
  'a.institution_id',
  'a.platform_id',
  'a.contact_officer_id',
] as const;

/** The asset columns every listing statement reads, for the table aliased `a` (typed where the query selects them). */
export const ASSET_COLUMNS = [...LISTING_COLUMNS, ...ITALIAN_TEXT_COLUMNS] as const;

type AssetColumn = Extract<(typeof ASSET_COLUMNS)[number], string>;
type AssetColumnName = AssetColumn extends `a.${infer C}` ? C : never;
type ItalianColumnName = Extract<(typeof ITALIAN_TEXT_COLUMNS)[number], string> extends `a.${infer C}` ? C : never;

/**
 * The columns a statement reads only when the selection names a field they show (both languages' for a text):
 * long texts, arrays, timestamps (parsed into Dates) and what only a listing's page or the editor shows. Read for a
 * browse page of 20, they were a third of the row parsing the server did for it.
 */
const FIELD_COLUMNS = {
  description: ['a.description', 'a.description_it'],
  problem: ['a.problem', 'a.problem_it'],
  benefits: ['a.benefits', 'a.benefits_it'],
  applications: ['a.applications', 'a.applications_it'],
  patentNumbers: ['a.patent_numbers'],
  developmentStage: ['a.development_stage'],
  partneringModels: ['a.partnering_models'],
  keywords: ['a.keywords', 'a.keywords_it'],
  turnaround: ['a.turnaround', 'a.turnaround_it'],
  pricingModel: ['a.pricing_model'],
  deliverables: ['a.deliverables', 'a.deliverables_it'],
  throughput: ['a.throughput', 'a.throughput_it'],
  accreditations: ['a.accreditations'],
  publishedAt: ['a.published_at'],
  expiresOn: ['a.expires_on'],
  expiredAt: ['a.expired_at'],
  updatedAt: ['a.updated_at'],
  availability: ['a.availability'],
  // Resolved by id (its agreements), only for a partly licensed listing.
  exclusiveScopes: ['a.availability'],
  capacity: [
    'a.capacity_status',
    'a.fully_booked_until',
    'a.next_slot_on',
    'a.turnaround_weeks_min',
    'a.turnaround_weeks_max',
  ],
} as const satisfies Record<string, readonly AssetColumn[]>;

type FieldColumn = (typeof FIELD_COLUMNS)[keyof typeof FIELD_COLUMNS][number];
type FieldColumnName = FieldColumn extends `a.${infer C}` ? C : never;

/** Every column FIELD_COLUMNS names: left out of a statement whose selection names none of their fields. */
const FIELD_READ_COLUMNS: ReadonlySet<string> = new Set(Object.values(FIELD_COLUMNS).flat());

/** Asset fields that read no column beyond those every statement reads (its keys, or relations read by id). */
const KEY_READ_FIELDS = new Set([
  '__typename',
  'id',
  'slug',
  'kind',
  'status',
  'title',
  'summary',
  'trl',
  'ipStatus',
  'institution',
  'platform',
  'contactOfficer',
  'sectors',
  'inventors',
  'textLanguage',
]);

/**
 * A listing's row as the listing statements read it: its keys always; a statement in English leaves the Italian
 * texts out, and a narrowed one (assetColumnsFor) the columns of the fields its selection does not name.
 */
export type AssetRow = Omit<Pick<Selectable<Database['asset']>, AssetColumnName>, ItalianColumnName | FieldColumnName> &
  Partial<Pick<Selectable<Database['asset']>, ItalianColumnName | FieldColumnName> & { has_italian_text: boolean }>;

/** The fields that read a listing's Italian text whatever the request's language: the editor's. */
const ITALIAN_TEXT_READERS = ['texts', 'publicationWarnings'];

/**
 * The asset columns a selection of Asset fields needs (ASSET_COLUMNS' order; all of them when `fields` is absent):
 * the keys, and the columns of the fields it names (FIELD_COLUMNS). Any field not known here (publicationIssues,
 * relatedAssets, interestSummary, a field added later) reads every column, so a record read with these is only
 * ever served to the selection it was read for. For a request in English (`language`), the Italian texts are not
 * read unless the selection names the editor's fields: the English ones are shown.
 */
export function assetColumnsFor(
  fields: ReadonlySet<string> | undefined,
  language?: Language,
): readonly (typeof ASSET_COLUMNS)[number][] {
  if (!fields) return ASSET_COLUMNS;
  const columns: readonly (typeof ASSET_COLUMNS)[number][] =
    language === Language.EN && !ITALIAN_TEXT_READERS.some((field) => fields.has(field))
      ? LISTING_COLUMNS
      : ASSET_COLUMNS;
  const wanted = new Set<string>();
  for (const field of fields) {
    if (KEY_READ_FIELDS.has(field)) continue;
    if (!Object.hasOwn(FIELD_COLUMNS, field)) return columns;
    for (const column of FIELD_COLUMNS[field as keyof typeof FIELD_COLUMNS]) wanted.add(column);
  }
  return columns.filter(
    (column) => typeof column !== 'string' || !FIELD_READ_COLUMNS.has(column) || wanted.has(column),
  );
}

/**
 * A value of a column a narrowed statement may leave out (FIELD_COLUMNS): absent, the record carries `undefined`
 * under the type of its field, served only to a selection that does not name the field, so never sent (were it
 * ever, a non-null field would be a GraphQL error rather than an empty value; a nullable one would read null:
 * selected-columns.test.ts checks every field against a read of every column).
 */
function narrowed<T>(value: T | undefined): T {
  return value as T;
}

/**
 * The record of a row read for a request in `language` (English when it does not matter: the editor's reads).
 * The texts shown follow the shared rule (shownTextLanguage) on the row's has_italian_text.
 */
export function toAssetRecord(row: AssetRow, language: Language = Language.EN): AssetRecord {
  const en: AssetTexts = {
    title: row.title,
    summary: row.summary,
    description: narrowed(row.description),
    problem: narrowed(row.problem),
    benefits: narrowed(row.benefits),
    applications: narrowed(row.applications),
    keywords: narrowed(row.keywords),
    turnaround: narrowed(row.turnaround),
    deliverables: narrowed(row.deliverables),
    throughput: narrowed(row.throughput),
  };
  // Left out of a statement in English: not read, never shown.
  const it: AssetTexts =
    row.title_it === undefined
      ? NOT_READ
      : {
          title: row.title_it,
          summary: row.summary_it ?? '',
          description: row.description_it ?? '',
          problem: row.problem_it ?? '',
          benefits: row.benefits_it ?? '',
          applications: row.applications_it ?? [],
          keywords: row.keywords_it ?? [],
          turnaround: row.turnaround_it ?? null,
          deliverables: row.deliverables_it ?? null,
          throughput: row.throughput_it ?? null,
        };
  const textLanguage = shownTextLanguage(language, row.has_italian_text ?? false);
  const shown = textLanguage === Language.IT ? it : en;
  return {
    __typename: 'Asset',
    id: toGlobalId('Asset', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    platformId: row.platform_id,
    contactOfficerId: row.contact_officer_id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: shown.title,
    summary: shown.summary,
    description: shown.description,
    problem: shown.problem,
    benefits: shown.benefits,
    applications: shown.applications,
    trl: row.trl,
    ipStatus: row.ip_status,
    patentNumbers: narrowed(row.patent_numbers),
    developmentStage: narrowed(row.development_stage),
    partneringModels: narrowed(row.partnering_models),
    keywords: shown.keywords,
    turnaround: shown.turnaround,
    pricingModel: narrowed(row.pricing_model),
    deliverables: shown.deliverables,
    throughput: shown.throughput,
    accreditations: narrowed(row.accreditations),
    // Timestamps arrive as PostgreSQL text (the driver's setting), whatever the inferred type says.
    publishedAt: row.published_at == null ? narrowed(row.published_at) : toDate(row.published_at),
    expiresOn: narrowed(row.expires_on),
    expiredAt: row.expired_at == null ? narrowed(row.expired_at) : toDate(row.expired_at),
    updatedAt: row.updated_at === undefined ? narrowed<Date>(undefined) : toDate(row.updated_at),
    availability: narrowed(row.availability),
    capacity:
      row.capacity_status === undefined
        ? narrowed<ServiceCapacity>(undefined)
        : {
            status: row.capacity_status,
            fullyBookedUntil: narrowed(row.fully_booked_until),
            nextSlotOn: narrowed(row.next_slot_on),
            turnaroundWeeksMin: narrowed(row.turnaround_weeks_min),
            turnaroundWeeksMax: narrowed(row.turnaround_weeks_max),
          },
    textLanguage,
    texts: { en, it },
  };
}

/** A listing that carries its institute as read for this selection only (primeRelations gave them, by id). */
export function toSelectedAssetRecord(
  row: AssetRow,
  institutions: Map<number, InstitutionRecord> | undefined,
  language?: Language,
): AssetRecord {
  const record = toAssetRecord(row, language);
  if (institutions) record.selectedInstitution = institutions.get(row.institution_id);
  return record;
}

/** An inventor's row as the listing statements read it (never the e-mail). */
export type InventorRow = Pick<Selectable<Database['inventor']>, 'id' | 'name' | 'affiliation'>;

export function toInventorRecord(row: InventorRow): InventorRecord {
  return {
    __typename: 'Inventor',
    id: toGlobalId('Inventor', row.id),
    dbId: row.id,
    name: row.name,
    affiliation: row.affiliation,
  };
}

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
import { type AliasedRawBuilder, type ExpressionBuilder, type RawBuilder, type Selectable, sql } from 'kysely';
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

/** A listing's row as the listing statements read it: a statement in English leaves the Italian texts out. */
export type AssetRow = Omit<Pick<Selectable<Database['asset']>, AssetColumnName>, ItalianColumnName> &
  Partial<Pick<Selectable<Database['asset']>, ItalianColumnName> & { has_italian_text: boolean }>;

/** Asset fields read from columns every statement reads (or from relations read by id). */
const ALWAYS_READ_FIELDS = new Set([
  '__typename',
  'id',
  'slug',
  'kind',
  'status',
  'title',
  'summary',
  'trl',
  'ipStatus',
  'developmentStage',
  'turnaround',
  'pricingModel',
  'deliverables',
  'throughput',
  'accreditations',
  'publishedAt',
  'expiresOn',
  'expiredAt',
  'updatedAt',
  'availability',
  // Resolved by id (its agreements), only for a partly licensed listing.
  'exclusiveScopes',
  'capacity',
  'institution',
  'platform',
  'contactOfficer',
  'sectors',
  'inventors',
  'textLanguage',
]);

/**
 * The costly columns (long texts, arrays) a statement reads only when the selection names their field: a text's
 * field shows it in either language, so it reads both.
 */
const COSTLY_COLUMNS = {
  description: [['a.description', 'a.description_it'], 'text'],
  problem: [['a.problem', 'a.problem_it'], 'text'],
  benefits: [['a.benefits', 'a.benefits_it'], 'text'],
  applications: [['a.applications', 'a.applications_it'], 'array'],
  patentNumbers: [['a.patent_numbers'], 'array'],
  partneringModels: [['a.partnering_models'], 'array'],
  keywords: [['a.keywords', 'a.keywords_it'], 'array'],
} as const satisfies Record<string, [readonly AssetColumn[], 'text' | 'array']>;

type CostlyColumn = (typeof COSTLY_COLUMNS)[keyof typeof COSTLY_COLUMNS][0][number];
type CostlyName = CostlyColumn extends `a.${infer C}` ? C : never;

/** The fields that read a listing's Italian text whatever the request's language: the editor's. */
const ITALIAN_TEXT_READERS = ['texts', 'publicationWarnings'];

/** A costly column, or its empty value under its name when the selection does not need it. */
type AssetSelection =
  | Exclude<(typeof ASSET_COLUMNS)[number], CostlyColumn>
  | CostlyColumn
  | { [C in CostlyName]: AliasedRawBuilder<AssetRow[C], C> }[CostlyName];

/**
 * The asset columns a selection of Asset fields needs (ASSET_COLUMNS' names and order; all of them when
 * `fields` is absent): a costly column whose field is not selected is read as empty. Any field not known here
 * (publicationIssues, relatedAssets, interestSummary, a field added later) reads every column, so a record read
 * with these is only ever served to the selection it was read for. For a request in English (`language`), the
 * Italian texts are not read unless the selection names the editor's fields: the English ones are shown.
 */
export function assetColumnsFor(
  fields: ReadonlySet<string> | undefined,
  language?: Language,
): readonly AssetSelection[] {
  if (!fields) return ASSET_COLUMNS;
  const columns =
    language === Language.EN && !ITALIAN_TEXT_READERS.some((field) => fields.has(field))
      ? LISTING_COLUMNS
      : ASSET_COLUMNS;
  const costly = new Set<string>(Object.keys(COSTLY_COLUMNS));
  if (![...fields].every((field) => ALWAYS_READ_FIELDS.has(field) || costly.has(field))) return columns;
  const empty = new Map<AssetSelection, AssetSelection>();
  for (const [field, [costlyColumns, kind]] of Object.entries(COSTLY_COLUMNS)) {
    if (fields.has(field)) continue;
    for (const column of costlyColumns) {
      // The column's own name (typed by COSTLY_COLUMNS' `satisfies`), which Object.entries widens to string.
      const name = column.slice(2) as CostlyName;
      const value: RawBuilder<string | string[]> = kind === 'text' ? sql<string>`''` : sql<string[]>`'{}'::text[]`;
      empty.set(column, value.as(name) as AssetSelection);
    }
  }
  return columns.map((column) => empty.get(column) ?? column);
}

/**
 * The record of a row read for a request in `language` (English when it does not matter: the editor's reads).
 * The texts shown follow the shared rule (shownTextLanguage) on the row's has_italian_text.
 */
export function toAssetRecord(row: AssetRow, language: Language = Language.EN): AssetRecord {
  const en: AssetTexts = {
    title: row.title,
    summary: row.summary,
    description: row.description,
    problem: row.problem,
    benefits: row.benefits,
    applications: row.applications,
    keywords: row.keywords,
    turnaround: row.turnaround,
    deliverables: row.deliverables,
    throughput: row.throughput,
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
    patentNumbers: row.patent_numbers,
    developmentStage: row.development_stage,
    partneringModels: row.partnering_models,
    keywords: shown.keywords,
    turnaround: shown.turnaround,
    pricingModel: row.pricing_model,
    deliverables: shown.deliverables,
    throughput: shown.throughput,
    accreditations: row.accreditations,
    // Timestamps arrive as PostgreSQL text (the driver's setting), whatever the inferred type says.
    publishedAt: row.published_at === null ? null : toDate(row.published_at),
    expiresOn: row.expires_on,
    expiredAt: row.expired_at === null ? null : toDate(row.expired_at),
    updatedAt: toDate(row.updated_at),
    availability: row.availability,
    capacity: {
      status: row.capacity_status,
      fullyBookedUntil: row.fully_booked_until,
      nextSlotOn: row.next_slot_on,
      turnaroundWeeksMin: row.turnaround_weeks_min,
      turnaroundWeeksMax: row.turnaround_weeks_max,
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

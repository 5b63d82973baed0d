import type { Database } from '@tt/db/database';
import { type AliasedExpression, type Expression, expressionBuilder, type Selectable, sql } from 'kysely';
import { jsonBuildObject } from 'kysely/helpers/postgres';
import type { Loaders } from '../../loaders/create-loaders.js';
import { toInstitutionRecord, toPlatformRecord, toSectorRecord } from '../institutions/institution-records.js';
import {
  type ContactOfficerRecord,
  type InstitutionRecord,
  type InventorRow,
  toInventorRecord,
} from './asset-records.js';
// A listing's relations brought along with its row, as JSON, to fill the request's loaders: the same rows,
// in the same order, as the loaders' own statements would give, so the fields resolve without a statement
// per relation.

/** Relations a statement can bring along with the listings it reads. */
export interface AssetRelations {
  institution?: boolean;
  /**
   * The Institution fields the selection names below `institution`: when all are columns, the institute is read
   * with those only, and kept with its listings (never in the request's shared loader). Absent: the whole row.
   */
  institutionFields?: ReadonlySet<string>;
  platform?: boolean;
  contactOfficer?: boolean;
  sectors?: boolean;
  inventors?: boolean;
}

export type RelationLoaders = Pick<
  Loaders,
  'institutionById' | 'platformById' | 'contactOfficerById' | 'sectorsByAssetId' | 'inventorsByAssetId'
>;

/** The relations a selection of Asset fields asks for (and of Institution fields below `institution`). */
export function relationsOf(fields: Set<string>, institutionFields?: ReadonlySet<string>): AssetRelations {
  return {
    institution: fields.has('institution'),
    institutionFields,
    platform: fields.has('platform'),
    contactOfficer: fields.has('contactOfficer'),
    sectors: fields.has('sectors'),
    inventors: fields.has('inventors'),
  };
}

/** The JSON of a relation as each record mapper reads it (timestamps, unread, would come as text). */
type InstitutionJson = Parameters<typeof toInstitutionRecord>[0];
type PlatformJson = Parameters<typeof toPlatformRecord>[0];
type SectorJson = Parameters<typeof toSectorRecord>[0];

export interface RelationColumns {
  institution_json: InstitutionJson | null;
  platform_json: PlatformJson | null;
  contact_officer_json: ContactOfficerRecord | null;
  sectors_json: SectorJson[] | null;
  inventors_json: InventorRow[] | null;
}

type InstitutionColumn = keyof Selectable<Database['institution']>;

/** An institute's texts in both languages: any of them shown needs all, to choose the language (institution-text.resolver.ts). */
const INSTITUTION_TEXTS: InstitutionColumn[] = ['description', 'mission', 'description_it', 'mission_it'];

/** Institution fields and their columns (the JSON keys toInstitutionRecord reads). */
const INSTITUTION_COLUMNS = new Map<string, InstitutionColumn[]>([
  ['slug', ['slug']],
  ['name', ['name']],
  ['shortName', ['short_name']],
  // A place is shown as the request's language names it (institution-text.resolver.ts): both names.
  ['city', ['city', 'city_it']],
  ['region', ['region', 'region_it']],
  ['country', ['country']],
  ['website', ['website']],
  ['contactEmail', ['contact_email']],
  ['description', INSTITUTION_TEXTS],
  ['mission', INSTITUTION_TEXTS],
  ['textLanguage', INSTITUTION_TEXTS],
  ['networks', ['networks']],
]);

/** The institute's columns a selection needs (id always), or null when it names a field that is no column. */
function institutionColumnsOf(fields: ReadonlySet<string> | undefined): InstitutionColumn[] | null {
  if (!fields) return null;
  const columns = new Set<InstitutionColumn>(['id']);
  for (const field of fields) {
    if (field === '__typename' || field === 'id') continue;
    const fieldColumns = INSTITUTION_COLUMNS.get(field);
    if (!fieldColumns) return null;
    for (const column of fieldColumns) columns.add(column);
  }
  return [...columns];
}

/** Whether the institutes of a statement read with these relations are narrowed to the selection. */
export function narrowsInstitution(relations: AssetRelations): boolean {
  return Boolean(relations.institution && institutionColumnsOf(relations.institutionFields));
}

/** A selection of fields as part of a template's key (query-templates.ts); absent: every field. */
export function fieldsKey(fields: ReadonlySet<string> | undefined): string {
  return fields ? [...fields].sort().join(',') : '*';
}

/** What shapes relationColumns' SQL text: the relations brought along, and the institute's fields. */
export function relationsKey(relations: AssetRelations): string {
  const brought = Object.entries(relations)
    .filter(([, value]) => value === true)
    .map(([name]) => name)
    .sort();
  return `${brought.join(',')}|${fieldsKey(relations.institutionFields)}`;
}

/** The listings statements' tables: the listing is aliased `a`. */
type ListingDb = Database & { a: Database['asset'] };

type RelationSelection = {
  [K in keyof RelationColumns]: AliasedExpression<RelationColumns[K], K>;
}[keyof RelationColumns];

/**
 * The select-list columns for the listings aliased `a`. An institute comes once per statement (on its first
 * listing; `once` false for a single-row statement where a window function would only cost).
 */
export function relationColumns(relations: AssetRelations, once = true): RelationSelection[] {
  const eb = expressionBuilder<ListingDb, 'a'>();
  // Each relation's JSON is typed ($castTo) as what its record mapper reads: JSON built by the statement has no
  // type the builder can infer (row_to_json's row, a narrowed institute with only the fields selected).
  const narrowed = institutionColumnsOf(relations.institutionFields);
  const institutionRow = eb
    .selectFrom('institution as i')
    .select((ib) =>
      (narrowed
        ? jsonBuildObject(Object.fromEntries(narrowed.map((column) => [column, ib.ref(`i.${column}`)])))
        : sql`row_to_json(${sql.table('i')})`
      ).as('json'),
    )
    .whereRef('i.id', '=', 'a.institution_id')
    .$asScalar()
    .$castTo<InstitutionJson>();
  const institution: Expression<InstitutionJson | null> = !relations.institution
    ? eb.lit(null)
    : once
      ? eb
          .case()
          .when(
            eb(
              eb.fn.agg<number>('row_number').over((over) => over.partitionBy('a.institution_id')),
              '=',
              eb.lit(1),
            ),
          )
          .then(institutionRow)
          .end()
      : institutionRow;
  const platform: Expression<PlatformJson | null> = relations.platform
    ? eb
        .selectFrom('platform as p')
        .select(sql`row_to_json(${sql.table('p')})`.as('json'))
        .whereRef('p.id', '=', 'a.platform_id')
        .$asScalar()
        .$castTo<PlatformJson>()
    : eb.lit(null);
  const contactOfficer: Expression<ContactOfficerRecord | null> = relations.contactOfficer
    ? eb
        .selectFrom('app_user as u')
        .select((ub) =>
          jsonBuildObject({
            name: ub.ref('u.name'),
            title: ub.ref('u.title'),
            titleLanguage: ub.ref('u.title_language'),
          }).as('json'),
        )
        .whereRef('u.id', '=', 'a.contact_officer_id')
        .$asScalar()
    : eb.lit(null);
  const sectors: Expression<SectorJson[] | null> = relations.sectors
    ? eb
        .selectFrom('asset_sector as x')
        .innerJoin('sector as s', 's.id', 'x.sector_id')
        .select((sb) =>
          sb.fn.coalesce(sb.fn.jsonAgg('s').orderBy('s.kind').orderBy('s.position'), sql`'[]'`).as('json'),
        )
        .whereRef('x.asset_id', '=', 'a.id')
        .$asScalar()
        .$castTo<SectorJson[]>()
    : eb.lit(null);
  const inventors: Expression<InventorRow[] | null> = relations.inventors
    ? eb
        .selectFrom('asset_inventor as x')
        .innerJoin('inventor as i', 'i.id', 'x.inventor_id')
        .select((ib) =>
          ib.fn
            .coalesce(
              ib.fn
                .jsonAgg(
                  jsonBuildObject({ id: ib.ref('i.id'), name: ib.ref('i.name'), affiliation: ib.ref('i.affiliation') }),
                )
                .orderBy('x.position'),
              sql`'[]'`,
            )
            .as('json'),
        )
        .whereRef('x.asset_id', '=', 'a.id')
        .$asScalar()
        .$castTo<InventorRow[]>()
    : eb.lit(null);
  return [
    aliased(institution, 'institution_json'),
    aliased(platform, 'platform_json'),
    aliased(contactOfficer, 'contact_officer_json'),
    aliased(sectors, 'sectors_json'),
    aliased(inventors, 'inventors_json'),
  ];
}

/** An expression under a name in the select list (a subquery keeps its parentheses). */
export function aliased<T, A extends string>(expression: Expression<T>, alias: A): AliasedExpression<T, A> {
  return sql<T>`${expression}`.as(alias);
}

/**
 * Fills the loaders from rows read with relationColumns (what was not asked for stays to the loaders). Institutes
 * narrowed to the selection are not put in the shared loader: they are returned, by id, for the statement's
 * listings to carry (toAssetRecord).
 */
export function primeRelations(
  loaders: RelationLoaders,
  relations: AssetRelations,
  rows: (RelationColumns & {
    id: number;
    institution_id: number;
    platform_id: number | null;
    contact_officer_id: number | null;
  })[],
): Map<number, InstitutionRecord> | undefined {
  const narrowed = narrowsInstitution(relations) ? new Map<number, InstitutionRecord>() : undefined;
  for (const row of rows) {
    if (row.institution_json) {
      const institution = toInstitutionRecord(row.institution_json);
      if (narrowed) narrowed.set(row.institution_id, institution);
      else loaders.institutionById.prime(row.institution_id, institution);
    }
    if (relations.platform && row.platform_id !== null) {
      loaders.platformById.prime(row.platform_id, row.platform_json ? toPlatformRecord(row.platform_json) : null);
    }
    if (relations.contactOfficer && row.contact_officer_id !== null) {
      loaders.contactOfficerById.prime(row.contact_officer_id, row.contact_officer_json);
    }
    if (row.sectors_json) loaders.sectorsByAssetId.prime(row.id, row.sectors_json.map(toSectorRecord));
    if (row.inventors_json) loaders.inventorsByAssetId.prime(row.id, row.inventors_json.map(toInventorRecord));
  }
  return narrowed;
}

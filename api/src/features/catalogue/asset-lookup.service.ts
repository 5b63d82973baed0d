import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import type { Language } from '@tt/shared/languages';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { QueryTemplates } from '../../database/query-templates.js';
import { visibleAssetsCondition, visibleAssetsConditionKey } from '../listings/listing-access.js';
import {
  type AssetRecord,
  type AssetRow,
  assetColumnsFor,
  atSlug,
  currentSlugFirst,
  toSelectedAssetRecord,
} from './asset-records.js';
import {
  type AssetRelations,
  fieldsKey,
  primeRelations,
  type RelationColumns,
  type RelationLoaders,
  relationColumns,
  relationsKey,
  relationsOf,
} from './asset-relations.js';

/** The rows asset_related_listings gives: the related listing and how many taxonomy terms it shares. */
interface RelatedListing {
  related_id: number;
  shared: number;
}

/** The relations to bring along for the request's loaders, and the Asset fields selected (for the columns). */
export interface LookupOptions {
  loaders?: RelationLoaders;
  relations?: AssetRelations;
  /** Read only the costly columns these fields need (assetColumnsFor); absent: every column. */
  fields?: ReadonlySet<string>;
  /** The request's language: the texts shown (toAssetRecord); in English, the Italian ones are not read. */
  language?: Language;
}

/**
 * The listing page's reads, compiled once per selection, language and kind of viewer (query-templates.ts), and
 * prepared: PostgreSQL planned each (some 60 columns, the relations as subqueries) in 0.4–0.7 ms, as long as
 * it took to run them.
 */
const templates = new QueryTemplates(100, { prepared: 'listing' });

/** What shapes a lookup's SQL text besides its inputs: the columns and relations read, in which language. */
function lookupKey(options: LookupOptions, relations: AssetRelations): string {
  return `${options.language ?? ''}|${fieldsKey(options.fields)}|${relationsKey(relations)}`;
}

/**
 * The lookup of listings another feature ranks (recommendations): the columns its selection of Asset fields needs,
 * with the relations it names (institution's fields below `institution`) brought along for the request's loaders.
 */
export function lookupOptionsFor(
  fields: Set<string>,
  institutionFields: Set<string>,
  loaders: RelationLoaders,
  language: Language,
): LookupOptions {
  return { loaders, relations: relationsOf(fields, institutionFields), fields, language };
}

/** The select list of listings aliased `a` read for a lookup: their columns, and the relations it brings along. */
export function lookupColumns(options: LookupOptions) {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  return [...assetColumnsFor(options.fields, options.language), ...relationColumns(relations, false)];
}

/** The records of rows read with lookupColumns, in their order, the lookup's loaders primed with their relations. */
export function lookupRecords(rows: (AssetRow & RelationColumns)[], options: LookupOptions): AssetRecord[] {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const institutions = options.loaders ? primeRelations(options.loaders, relations, rows) : undefined;
  return rows.map((row) => toSelectedAssetRecord(row, institutions, options.language));
}

/**
 * A listing as this viewer may see it: published ones for everyone, drafts and archived ones for their
 * office only (the editor's preview). A former slug finds the listing too (its `slug` is then the new
 * one). One statement.
 */
export async function findVisibleAsset(
  db: Db,
  viewer: Viewer | null,
  by: { slug: string } | { id: number },
  options: LookupOptions = {},
): Promise<AssetRecord | null> {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const bySlug = 'slug' in by;
  const key = `visible:${bySlug ? 'slug' : 'id'}:${visibleAssetsConditionKey(viewer)}:${lookupKey(options, relations)}`;
  const query = templates.compile(db, key, [bySlug ? by.slug : by.id] as const, ([value]) =>
    db
      .selectFrom('asset as a')
      .select(assetColumnsFor(options.fields, options.language))
      .select(relationColumns(relations, false))
      .where((eb) => (bySlug ? atSlug(eb, value as string) : eb('a.id', '=', value as number)))
      .where(visibleAssetsCondition(viewer))
      .$call((q) => (bySlug ? q.orderBy((eb) => currentSlugFirst(eb, value as string), 'desc') : q.orderBy('a.id')))
      .limit(1),
  );
  const { rows } = await db.executeQuery(query);
  const institutions = options.loaders ? primeRelations(options.loaders, relations, rows) : undefined;
  return rows[0] ? toSelectedAssetRecord(rows[0], institutions, options.language) : null;
}

/**
 * Published listings sharing the most taxonomy terms with this one, then of the same kind, then of the same
 * institute, newest first (then by id). The ranking is the database function asset_related_listings (see the
 * related_listings migration): listings with the same set of sectors share as many terms, so the sets are
 * ranked by the terms they share and each gives its best few until the list is full, a bounded walk whatever
 * the catalogue's size; when too few share a term, the other listings fill the list in the same order.
 */
export async function findRelatedAssets(
  db: Db,
  asset: Pick<AssetRecord, 'dbId' | 'kind' | 'institutionId'>,
  limit: number,
  options: LookupOptions = {},
): Promise<AssetRecord[]> {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const inputs = [asset.dbId, asset.kind, asset.institutionId, limit] as const;
  const query = templates.compile(
    db,
    `related:${lookupKey(options, relations)}`,
    inputs,
    ([id, kind, institutionId, n]) =>
      db
        .selectFrom(sql<RelatedListing>`asset_related_listings(${id}, ${kind}, ${institutionId}, ${n})`.as('c'))
        .innerJoin('asset as a', 'a.id', 'c.related_id')
        .select(assetColumnsFor(options.fields, options.language))
        .select('c.shared')
        .select(relationColumns(relations, false))
        .orderBy('c.shared', 'desc')
        .orderBy((eb) => eb('a.kind', '=', kind), 'desc')
        .orderBy((eb) => eb('a.institution_id', '=', institutionId), 'desc')
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id'),
  );
  const { rows } = await db.executeQuery(query);
  const institutions = options.loaders ? primeRelations(options.loaders, relations, rows) : undefined;
  return rows.map((row) => toSelectedAssetRecord(row, institutions, options.language));
}

/**
 * The status of the listing at a slug or a former one, whoever may see it (null: there is none): what a public
 * page answers when findVisibleAsset finds nothing there (an archived listing is gone, a draft never was).
 */
export async function findAssetStatus(db: Db, slug: string): Promise<AssetStatus | null> {
  const row = await db
    .selectFrom('asset as a')
    .select('a.status')
    .where((eb) => atSlug(eb, slug))
    .orderBy((eb) => currentSlugFirst(eb, slug), 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.status ?? null;
}

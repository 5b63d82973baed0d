import { AssetStatus } from '@tt/shared/asset-enums';
import { type Kysely, sql } from 'kysely';
import { visibleAssetsSql } from '../auth/listing-access.js';
import type { Viewer } from '../auth/viewer.js';
import type { AssetType } from '../types/asset.type.js';
import {
  type AssetRelations,
  primeRelations,
  type RelationColumns,
  type RelationLoaders,
  relationColumns,
} from './asset-relations.js';
import { type AssetRow, assetColumns, assetListColumns, toAssetRecord } from './records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;

/** The relations to bring along for the request's loaders, and whether the long texts may be left out. */
export interface LookupOptions {
  loaders?: RelationLoaders;
  relations?: AssetRelations;
  listColumns?: boolean;
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
): Promise<AssetType | null> {
  const where =
    'slug' in by
      ? sql`(a.slug = ${by.slug} or a.id = (select r.asset_id from asset_slug_redirect r where r.slug = ${by.slug}))`
      : sql`a.id = ${by.id}`;
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const { rows } = await sql<AssetRow & RelationColumns>`
    select ${assetColumns}, ${relationColumns(relations, false)} from asset a
    where ${where} and ${visibleAssetsSql(viewer)}
    order by ${'slug' in by ? sql`(a.slug = ${by.slug}) desc` : sql`a.id`} limit 1`.execute(db);
  if (options.loaders) primeRelations(options.loaders, relations, rows);
  return rows[0] ? toAssetRecord(rows[0]) : null;
}

/** Where a former slug of a published listing points now; null for anything else (drafts never redirect). */
export async function findPublishedSlugRedirect(db: Db, slug: string): Promise<string | null> {
  const { rows } = await sql<{ slug: string }>`
    select a.slug from asset_slug_redirect r join asset a on a.id = r.asset_id
    where r.slug = ${slug} and a.status = ${AssetStatus.PUBLISHED} and a.slug <> r.slug`.execute(db);
  return rows[0]?.slug ?? null;
}

/** How many listings sharing terms with this one are ranked in full (the rest share fewer, or are older). */
const RELATED_CANDIDATES = 200;

/**
 * Published listings sharing the most taxonomy terms with this one, then of the same kind, then of the same
 * institute, newest first. The candidates come from the sector index: the listings sharing the most terms
 * (newest first among equals) are ranked in full, so a page costs about the same with 100 or 100 000
 * listings. When too few share a term, the newest of the same kind and institute fill the list.
 */
export async function findRelatedAssets(
  db: Db,
  asset: AssetType,
  limit: number,
  options: LookupOptions = {},
): Promise<AssetType[]> {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const columns = options.listColumns ? assetListColumns : assetColumns;
  const { rows } = await sql<AssetRow & RelationColumns>`
    with shared as (
      select x.asset_id, count(*) as shared from asset_sector x
      where x.sector_id in (select sector_id from asset_sector where asset_id = ${asset.dbId})
        and x.asset_id <> ${asset.dbId}
      group by x.asset_id
      order by count(*) desc, x.asset_id desc
      limit ${RELATED_CANDIDATES}
    ), ranked as (
      select ${columns}, s.shared from shared s join asset a on a.id = s.asset_id
      where a.status = ${AssetStatus.PUBLISHED}
    )
    select a.*, ${relationColumns(relations, false)} from (select * from (
      select * from ranked
      union all
      (select ${columns}, 0 from asset a
       where (select count(*) from ranked) < ${limit}
         and a.status = ${AssetStatus.PUBLISHED} and a.id <> ${asset.dbId}
         and not exists (select 1 from shared s where s.asset_id = a.id)
       order by (a.kind = ${asset.kind}) desc, (a.institution_id = ${asset.institutionId}) desc, a.published_at desc,
         a.id
       limit ${limit})
    ) r
    order by r.shared desc, (r.kind = ${asset.kind}) desc, (r.institution_id = ${asset.institutionId}) desc,
      r.published_at desc, r.id
    limit ${limit}) a
    order by a.shared desc, (a.kind = ${asset.kind}) desc, (a.institution_id = ${asset.institutionId}) desc,
      a.published_at desc, a.id`.execute(db);
  if (options.loaders) primeRelations(options.loaders, relations, rows);
  return rows.map(toAssetRecord);
}

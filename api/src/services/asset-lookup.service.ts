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

/**
 * The newest few listings of one sector set (`t.id`) for each preference: same kind and institute, same kind,
 * same institute, any. Together they hold the set's best `limit` by (same kind, same institute, newest), read
 * from four index ranges of at most `limit` rows each, whatever the set's size.
 */
function bestOfSet(asset: AssetType, limit: number) {
  const preferences = [
    sql`r.kind = ${asset.kind} and r.institution_id = ${asset.institutionId}`,
    sql`r.kind = ${asset.kind}`,
    sql`r.institution_id = ${asset.institutionId}`,
    sql`true`,
  ];
  const ranges = preferences.map(
    (preference) => sql`(select r.asset_id, r.kind, r.institution_id, r.published_at from asset_related_key r
      where r.set_id = t.id and ${preference} and r.asset_id <> ${asset.dbId}
      order by r.published_at desc, r.asset_id limit ${limit})`,
  );
  return sql`(select distinct * from (${sql.join(ranges, sql` union all `)}) q)`;
}

/**
 * Published listings sharing the most taxonomy terms with this one, then of the same kind, then of the same
 * institute, newest first (then by id). Listings with the same set of sectors share as many terms, so the
 * sets (sector_set, as many as the taxonomy's combinations in use) are ranked by the terms they share and,
 * tier by tier, each gives its best few (bestOfSet) until the list is full: the incremental sort stops after
 * the first tiers that fill it, so a page reads a bounded number of rows with 100 or 100 000 listings. When
 * too few share a term, the other sets fill the list in the same order (shared 0).
 */
export async function findRelatedAssets(
  db: Db,
  asset: AssetType,
  limit: number,
  options: LookupOptions = {},
): Promise<AssetType[]> {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const columns = options.listColumns ? assetListColumns : assetColumns;
  const preference = sql`(c.kind = ${asset.kind}) desc, (c.institution_id = ${asset.institutionId}) desc,
    c.published_at desc, c.asset_id`;
  const { rows } = await sql<AssetRow & RelationColumns & { shared: number }>`
    with mine as materialized (
      select coalesce(array_agg(sector_id), '{}') as ids from asset_sector where asset_id = ${asset.dbId}
    ), ranked as (
      select c.asset_id, t.shared from (
        select s.id, (select count(*) from unnest(s.sector_ids) v where v = any(m.ids)) as shared
        from sector_set s, mine m where s.sector_ids && m.ids
        order by 2 desc
      ) t cross join lateral ${bestOfSet(asset, limit)} c
      order by t.shared desc, ${preference}
      limit ${limit}
    ), unrelated as (
      select c.asset_id, 0 as shared from sector_set t cross join mine m cross join lateral ${bestOfSet(asset, limit)} c
      where (select count(*) from ranked) < ${limit} and not t.sector_ids && m.ids
      order by ${preference}
      limit ${limit}
    ), chosen as (select * from ranked union all select * from unrelated)
    select ${columns}, c.shared, ${relationColumns(relations, false)}
    from chosen c join asset a on a.id = c.asset_id
    order by c.shared desc, (a.kind = ${asset.kind}) desc, (a.institution_id = ${asset.institutionId}) desc,
      a.published_at desc, a.id
    limit ${limit}`.execute(db);
  if (options.loaders) primeRelations(options.loaders, relations, rows);
  return rows.map(toAssetRecord);
}

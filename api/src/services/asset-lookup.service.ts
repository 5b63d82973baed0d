import { AssetStatus } from '@tt/shared/asset-enums';
import { type Kysely, sql } from 'kysely';
import { visibleAssetsSql } from '../auth/listing-access.js';
import type { Viewer } from '../auth/viewer.js';
import type { AssetType } from '../types/asset.type.js';
import { type AssetRow, assetColumns, toAssetRecord } from './records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;

// Single listings as the public sees them: anything not PUBLISHED does not exist.

export async function findPublishedAsset(db: Db, by: { slug: string } | { id: number }): Promise<AssetType | null> {
  const where = 'slug' in by ? sql`a.slug = ${by.slug}` : sql`a.id = ${by.id}`;
  const { rows } = await sql<AssetRow>`
    select ${assetColumns} from asset a where ${where} and a.status = ${AssetStatus.PUBLISHED}`.execute(db);
  return rows[0] ? toAssetRecord(rows[0]) : null;
}

/**
 * A listing as this viewer may see it: published ones for everyone, drafts and archived ones for their
 * office only (the editor's preview). A former slug finds the listing too (its `slug` is then the new
 * one). One statement, like the public lookup.
 */
export async function findVisibleAsset(
  db: Db,
  viewer: Viewer | null,
  by: { slug: string } | { id: number },
): Promise<AssetType | null> {
  const where =
    'slug' in by
      ? sql`(a.slug = ${by.slug} or a.id = (select r.asset_id from asset_slug_redirect r where r.slug = ${by.slug}))`
      : sql`a.id = ${by.id}`;
  const { rows } = await sql<AssetRow>`
    select ${assetColumns} from asset a where ${where} and ${visibleAssetsSql(viewer)}
    order by ${'slug' in by ? sql`(a.slug = ${by.slug}) desc` : sql`a.id`} limit 1`.execute(db);
  return rows[0] ? toAssetRecord(rows[0]) : null;
}

/** Where a former slug of a published listing points now; null for anything else (drafts never redirect). */
export async function findPublishedSlugRedirect(db: Db, slug: string): Promise<string | null> {
  const { rows } = await sql<{ slug: string }>`
    select a.slug from asset_slug_redirect r join asset a on a.id = r.asset_id
    where r.slug = ${slug} and a.status = ${AssetStatus.PUBLISHED} and a.slug <> r.slug`.execute(db);
  return rows[0]?.slug ?? null;
}

/** Published listings sharing the most taxonomy terms with this one, then the same institute. */
export async function findRelatedAssets(db: Db, asset: AssetType, limit: number): Promise<AssetType[]> {
  const { rows } = await sql<AssetRow>`
    select ${assetColumns} from asset a
    left join lateral (
      select count(*) as shared from asset_sector x
      where x.asset_id = a.id and x.sector_id in (select sector_id from asset_sector where asset_id = ${asset.dbId})
    ) s on true
    where a.status = ${AssetStatus.PUBLISHED} and a.id <> ${asset.dbId}
    order by s.shared desc, (a.kind = ${asset.kind}) desc, (a.institution_id = ${asset.institutionId}) desc,
      a.published_at desc, a.id
    limit ${limit}`.execute(db);
  return rows.map(toAssetRecord);
}

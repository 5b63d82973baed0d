import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { visibleAssetsSql } from '../listings/listing-access.js';
import type { AssetType } from './asset.type.js';
import { type AssetRow, assetColumns, assetColumnsFor, toSelectedAssetRecord } from './asset-records.js';
import {
  type AssetRelations,
  primeRelations,
  type RelationColumns,
  type RelationLoaders,
  relationColumns,
} from './asset-relations.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

/** The relations to bring along for the request's loaders, and the Asset fields selected (for the columns). */
export interface LookupOptions {
  loaders?: RelationLoaders;
  relations?: AssetRelations;
  /** Read only the costly columns these fields need (assetColumnsFor); absent: every column. */
  fields?: ReadonlySet<string>;
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
  const institutions = options.loaders ? primeRelations(options.loaders, relations, rows) : undefined;
  return rows[0] ? toSelectedAssetRecord(rows[0], institutions) : null;
}

/** Where a former slug of a published listing points now; null for anything else (drafts never redirect). */
export async function findPublishedSlugRedirect(db: Db, slug: string): Promise<string | null> {
  const { rows } = await sql<{ slug: string }>`
    select a.slug from asset_slug_redirect r join asset a on a.id = r.asset_id
    where r.slug = ${slug} and a.status = ${AssetStatus.PUBLISHED} and a.slug <> r.slug`.execute(db);
  return rows[0]?.slug ?? null;
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
  asset: AssetType,
  limit: number,
  options: LookupOptions = {},
): Promise<AssetType[]> {
  const relations = options.loaders ? (options.relations ?? {}) : {};
  const columns = options.fields ? assetColumnsFor(options.fields) : assetColumns;
  const { rows } = await sql<AssetRow & RelationColumns & { shared: number }>`
    select ${columns}, c.shared, ${relationColumns(relations, false)}
    from asset_related_listings(${asset.dbId}, ${asset.kind}, ${asset.institutionId}, ${limit}) c
    join asset a on a.id = c.related_id
    order by c.shared desc, (a.kind = ${asset.kind}) desc, (a.institution_id = ${asset.institutionId}) desc,
      a.published_at desc, a.id`.execute(db);
  const institutions = options.loaders ? primeRelations(options.loaders, relations, rows) : undefined;
  return rows.map((row) => toSelectedAssetRecord(row, institutions));
}

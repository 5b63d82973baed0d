import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import { slugify } from '../../text/slugs.js';
import type { ListingRecord } from './listing-records.js';

/**
 * The slug for a title: its slugified words, with -2, -3… when another listing has (or had) them.
 * Current and former slugs share one namespace, so an old link never lands on a different listing.
 * A listing's own former slugs are free for it to take back. Allocation is serialized by a
 * transaction-scoped lock (slugs change rarely).
 */
export async function allocateSlug(db: Db, title: string, assetId: number | null): Promise<string> {
  const base = slugify(title);
  await db
    .selectNoFrom((eb) =>
      eb.fn<void>('pg_advisory_xact_lock', [eb.fn<number>('hashtext', [sql.lit('asset-slug')])]).as('locked'),
    )
    .execute();
  const rows = await db
    .selectFrom('asset')
    .select(['slug', 'id as asset_id'])
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .unionAll(
      db
        .selectFrom('asset_slug_redirect')
        .select(['slug', 'asset_id'])
        .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])),
    )
    .execute();
  const taken = new Set(rows.filter((row) => row.asset_id !== assetId).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Does the current slug already say this title (possibly with a -N suffix)? Then it stays. */
function slugFits(slug: string, title: string): boolean {
  const base = slugify(title);
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug);
}

/**
 * A new slug after a change of title. Once a listing has been published its former slug becomes a
 * redirect (links and bookmarks keep working); a draft that was never public simply follows its title.
 */
export async function moveSlug(db: Db, asset: ListingRecord, title: string): Promise<string> {
  if (slugFits(asset.slug, title)) return asset.slug;
  const slug = await allocateSlug(db, title, asset.dbId);
  if (slug === asset.slug) return slug;
  await db.deleteFrom('asset_slug_redirect').where('slug', '=', slug).where('asset_id', '=', asset.dbId).execute();
  if (asset.publishedAt) {
    await db
      .insertInto('asset_slug_redirect')
      .values((eb) => ({ slug: asset.slug, asset_id: asset.dbId, created_at: eb.fn<Date>('now') }))
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .execute();
  }
  return slug;
}

import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { isOpenToInterest } from '@tt/shared/listing-availability';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';

export type WatchOutcome = { ok: true; assetId: number } | { ok: false; errors: UserError[] };

/** A published listing by its global id: what anyone signed in may follow. */
async function publishedListing(db: Db, assetGlobalId: string) {
  const parsed = parseGlobalId(assetGlobalId);
  if (parsed?.type !== 'Asset') return null;
  return (
    (await db
      .selectFrom('asset')
      .select(['id', 'availability'])
      .where('id', '=', parsed.id)
      .where('status', '=', AssetStatus.PUBLISHED)
      .executeTakeFirst()) ?? null
  );
}

/**
 * "Notify me if it becomes available": someone signed in follows a published listing closed to expressions of
 * interest (under option, licensed exclusively), to be e-mailed once when it opens again
 * (listing-availability.service.ts). An open listing has nothing to wait for. Asking again changes nothing.
 */
export async function watchListingAvailability(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  assetGlobalId: string,
): Promise<WatchOutcome> {
  const listing = await publishedListing(db, assetGlobalId);
  if (!listing) return { ok: false, errors: [userError('LISTING_NOT_FOUND', 'assetId')] };
  if (isOpenToInterest(listing.availability)) {
    return { ok: false, errors: [userError('AVAILABILITY_WATCH_LISTING_OPEN', 'assetId')] };
  }
  await limiter.consume('AVAILABILITY_WATCHES_PER_ACCOUNT', String(viewer.userId));
  await db
    .insertInto('listing_availability_watch')
    .values({ asset_id: listing.id, user_id: viewer.userId, created_at: new Date() })
    .onConflict((conflict) => conflict.columns(['asset_id', 'user_id']).doNothing())
    .execute();
  return { ok: true, assetId: listing.id };
}

/** The viewer no longer follows the listing (whether they did or not). */
export async function stopWatchingListingAvailability(
  db: Db,
  viewer: Viewer,
  assetGlobalId: string,
): Promise<WatchOutcome> {
  const listing = await publishedListing(db, assetGlobalId);
  if (!listing) return { ok: false, errors: [userError('LISTING_NOT_FOUND', 'assetId')] };
  await db
    .deleteFrom('listing_availability_watch')
    .where('asset_id', '=', listing.id)
    .where('user_id', '=', viewer.userId)
    .execute();
  return { ok: true, assetId: listing.id };
}

/** Whether the viewer follows the listing (false for nobody signed in). */
export async function watchesListingAvailability(db: Db, viewer: Viewer | null, assetId: number): Promise<boolean> {
  if (!viewer) return false;
  const row = await db
    .selectFrom('listing_availability_watch')
    .select('asset_id')
    .where('asset_id', '=', assetId)
    .where('user_id', '=', viewer.userId)
    .executeTakeFirst();
  return row !== undefined;
}

import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { isListingRenewable, validateListingExpiry } from '@tt/shared/listing-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import type { Viewer } from '../../auth/viewer.js';
import { userError } from '../../errors/user-error.js';
import {
  bumpedUpdatedAt,
  type ListingOutcome,
  listingData,
  publicationIssues,
  refuse,
  requireListing,
  sectorCount,
  toErrors,
} from './listing-editing.js';

export interface RenewListingArgs {
  id: string;
  expiresOn: string;
}

/**
 * Gives a published or expired listing a new expiry date (the office of its institute, or an admin): the reminder
 * and expiry markers are cleared, so the office is reminded of the new date. An expired listing is published again,
 * when the publication rules still hold; it was published before, so its disclosure and people were told then, and
 * the triggers put it back in the catalogue's search.
 */
export async function renewListing(db: Db, viewer: Viewer | null, input: RenewListingArgs): Promise<ListingOutcome> {
  const asset = await requireListing(db, viewer, input.id);
  if (!isListingRenewable(asset)) return refuse([userError('LISTING_NOT_RENEWABLE', 'id')], asset.dbId);
  const expiresOn = input.expiresOn.trim();
  const problems = validateListingExpiry(expiresOn, isoDay(new Date()));
  if (problems.length) return refuse(toErrors(problems), asset.dbId);
  if (asset.status === AssetStatus.ARCHIVED) {
    const issues = publicationIssues({ ...listingData(asset, await sectorCount(db, asset.dbId)), expiresOn });
    if (issues.length) return refuse(issues, asset.dbId);
  }
  await db
    .updateTable('asset')
    .set((eb) => ({
      status: AssetStatus.PUBLISHED,
      expires_on: expiresOn,
      expiry_reminder_sent_at: null,
      expired_at: null,
      published_at: eb.fn.coalesce('published_at', eb.fn<Date>('now')),
      updated_at: bumpedUpdatedAt(eb),
    }))
    .where('id', '=', asset.dbId)
    .execute();
  return { ok: true, assetId: asset.dbId };
}

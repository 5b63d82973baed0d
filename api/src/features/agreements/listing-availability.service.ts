import type { Db } from '@tt/db/database';
import {
  AVAILABILITY_AGREEMENT_TYPES,
  AVAILABILITY_IN_FORCE_STATUSES,
  type AvailabilityAgreement,
  type ExclusiveScope,
  exclusiveScopes,
  isOpenToInterest,
  ListingAvailability,
  listingAvailability,
} from '@tt/shared/listing-availability';
import { assetPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';

// A listing's availability (shared/listing-availability.ts) is stored on the listing, for the catalogue's filter and
// facet; this is the one place that keeps it. Every change that can move it (an agreement's status, type,
// exclusivity, field of use, territory or listings; the expiry job) calls recomputeListingAvailability in its own
// transaction, with the listings covered before and after the change.

/** The options and licences in force covering the listings `ids`, as the shared rule reads them. */
async function bindingAgreements(db: Db, ids: readonly number[]) {
  return db
    .selectFrom('agreement_listing as l')
    .innerJoin('agreement as g', 'g.id', 'l.agreement_id')
    .select(['l.asset_id', 'g.type', 'g.status', 'g.exclusivity', 'g.field_of_use', 'g.territory', 'g.language'])
    .where('l.asset_id', '=', sql<number>`any(${[...ids]}::int[])`)
    .where('g.type', 'in', AVAILABILITY_AGREEMENT_TYPES)
    .where('g.status', 'in', AVAILABILITY_IN_FORCE_STATUSES)
    .execute();
}

function toRuleInput(row: Awaited<ReturnType<typeof bindingAgreements>>[number]): AvailabilityAgreement {
  return {
    type: row.type,
    status: row.status,
    exclusivity: row.exclusivity,
    fieldOfUse: row.field_of_use,
    territory: row.territory,
    language: row.language,
  };
}

/** The listings covered by these agreements now (call before and after a change of their listings). */
export async function listingsOfAgreements(db: Db, agreementIds: readonly number[]): Promise<number[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .selectFrom('agreement_listing')
    .select('asset_id')
    .distinct()
    .where('agreement_id', '=', sql<number>`any(${[...agreementIds]}::int[])`)
    .execute();
  return rows.map((row) => row.asset_id);
}

export interface AvailabilityChange {
  assetId: number;
  from: ListingAvailability;
  to: ListingAvailability;
}

/**
 * Recomputes the availability of the listings `ids` from their agreements in force and stores what changed (the
 * listing's triggers carry it to its search row, the facet counts and the catalogue revision). A listing that was
 * closed to expressions of interest and is open again e-mails its watchers, once each, and forgets them. The
 * listings are locked first, so two changes to the same listing's agreements recompute one after the other.
 */
export async function recomputeListingAvailability(
  db: Db,
  ids: readonly number[],
  publicUrl: string,
): Promise<AvailabilityChange[]> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length === 0) return [];
  const current = await db
    .selectFrom('asset')
    .select(['id', 'availability'])
    .where('id', '=', sql<number>`any(${unique}::int[])`)
    .orderBy('id')
    .forUpdate()
    .execute();
  const agreements = await bindingAgreements(db, unique);
  const changes: AvailabilityChange[] = [];
  // A partly licensed listing is written even when it stays so: its scopes (what its page shows) may have moved,
  // and the write bumps the catalogue revision that cached answers are kept by.
  const written: { id: number; availability: ListingAvailability }[] = [];
  for (const row of current) {
    const to = listingAvailability(agreements.filter((g) => g.asset_id === row.id).map(toRuleInput));
    if (to !== row.availability) changes.push({ assetId: row.id, from: row.availability, to });
    if (to !== row.availability || to === ListingAvailability.PARTLY_LICENSED)
      written.push({ id: row.id, availability: to });
  }
  if (written.length) {
    const ids = written.map((w) => w.id);
    const values = written.map((w) => w.availability);
    await sql`update asset a set availability = v.availability
      from unnest(${ids}::int[], ${values}::listing_availability[]) as v(id, availability)
      where a.id = v.id`.execute(db);
  }
  const reopened = changes
    .filter((change) => !isOpenToInterest(change.from) && isOpenToInterest(change.to))
    .map((change) => change.assetId);
  if (reopened.length) await notifyWatchers(db, reopened, publicUrl);
  return changes;
}

/** Each watcher of these listings (open again) gets one e-mail, in their language; the watches are deleted. */
async function notifyWatchers(db: Db, assetIds: readonly number[], publicUrl: string): Promise<void> {
  const watchers = await db
    .deleteFrom('listing_availability_watch as w')
    .using(['app_user as u', 'asset as a'])
    .whereRef('u.id', '=', 'w.user_id')
    .whereRef('a.id', '=', 'w.asset_id')
    .where('w.asset_id', '=', sql<number>`any(${[...assetIds]}::int[])`)
    .returning([
      'u.email',
      'u.name',
      'u.language',
      'u.disabled_at',
      'a.slug',
      'a.status',
      'a.title',
      titleShownInItalian().as('title_it'),
    ])
    .execute();
  // A disabled account is not written to; a listing taken down meanwhile has nothing to show.
  const reachable = watchers.filter((row) => row.disabled_at === null && row.status === 'PUBLISHED');
  await enqueueMailEach(db, reachable, (row) => ({
    to: row.email,
    language: row.language,
    template: 'listing-available-again',
    data: {
      name: row.name,
      assetTitle: titleShownIn(row.language, { en: row.title, it: row.title_it }),
      listingUrl: mailLink(publicUrl, row.language, assetPath(row.slug)),
    },
  }));
}

/** The fields of use and territories exclusively licensed (or optioned) on a listing: what its page may show. */
export async function exclusiveScopesOf(db: Db, assetId: number): Promise<ExclusiveScope[]> {
  return exclusiveScopes((await bindingAgreements(db, [assetId])).map(toRuleInput));
}

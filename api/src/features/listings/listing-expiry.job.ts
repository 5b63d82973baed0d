import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import { LISTING_EXPIRY } from '@tt/shared/listing-rules';
import { listingEditorPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { toGlobalId } from '../../schema/global-id.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import { bumpedUpdatedAt } from './listing-editing.js';

/** Today in UTC, as PostgreSQL counts it: the day expiry dates are counted from. */
const TODAY = sql<string>`(now() at time zone 'UTC')::date`;
const NOW = sql<Date>`now()`;

export interface ListingExpiryCounts {
  reminded: number;
  expired: number;
}

/** A listing claimed by the job, as its e-mails name it. */
interface ClaimedListing {
  id: number;
  title: string;
  title_it: string;
  expiry_day: string;
}

/** What the claiming statements return of each listing (an update of `asset as a`). */
const CLAIMED = [
  'a.id',
  'a.title',
  titleShownInItalian().as('title_it'),
  sql<string>`to_char(a.expires_on, 'YYYY-MM-DD')`.as('expiry_day'),
] as const;

/**
 * Who is told about a listing's expiry: its contact officer while they are an active officer of its institute,
 * else (none, disabled, moved) every active officer of the institute.
 */
async function officersOf(db: Db, assetIds: readonly number[]) {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom('asset as a')
    .innerJoin('app_user as u', 'u.institution_id', 'a.institution_id')
    .select(['a.id as asset_id', 'u.email', 'u.name', 'u.language'])
    .where('a.id', 'in', assetIds)
    .where('u.role', '=', UserRole.TT_OFFICER)
    .where('u.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('u.id', '=', eb.ref('a.contact_officer_id')),
        eb.not(
          eb.exists(
            eb
              .selectFrom('app_user as c')
              .select('c.id')
              .whereRef('c.id', '=', 'a.contact_officer_id')
              .whereRef('c.institution_id', '=', 'a.institution_id')
              .where('c.role', '=', UserRole.TT_OFFICER)
              .where('c.disabled_at', 'is', null),
          ),
        ),
      ]),
    )
    .orderBy('a.id')
    .orderBy('u.id')
    .execute();
}

/** One e-mail per officer and listing, in the officer's language, naming the listing as its page shows it to them. */
async function tellOfficers(
  db: Db,
  publicUrl: string,
  listings: readonly ClaimedListing[],
  template: 'listing-expiry-reminder' | 'listing-expired',
): Promise<void> {
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  const officers = await officersOf(
    db,
    listings.map((listing) => listing.id),
  );
  await enqueueMailEach(db, officers, (officer) => {
    const listing = byId.get(officer.asset_id)!;
    return {
      to: officer.email,
      language: officer.language,
      template,
      data: {
        name: officer.name,
        listingTitle: titleShownIn(officer.language, { en: listing.title, it: listing.title_it }),
        expiresOn: listing.expiry_day,
        listingUrl: mailLink(publicUrl, officer.language, listingEditorPath(toGlobalId('Asset', listing.id))),
      },
    };
  });
}

/**
 * Thirty days before a published listing expires, its office is reminded, once: the rows are claimed by an update
 * that sets expiry_reminder_sent_at where it is still null, and the e-mails are written to the outbox in the same
 * transaction. A second process running at the same time waits on the claimed rows, then finds them reminded and
 * skips them. updated_at is left alone: the reminder is no edit, and must not turn an officer's save into a conflict.
 */
export async function remindOfListingExpiries(db: Db, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const listings = await tx
      .updateTable('asset as a')
      .set({ expiry_reminder_sent_at: NOW })
      .where('a.status', '=', AssetStatus.PUBLISHED)
      .where('a.expiry_reminder_sent_at', 'is', null)
      .where(sql<boolean>`a.expires_on >= ${TODAY}`)
      .where(sql<boolean>`a.expires_on - ${LISTING_EXPIRY.reminderDays}::int <= ${TODAY}`)
      .returning(CLAIMED)
      .execute();
    await tellOfficers(tx, publicUrl, listings, 'listing-expiry-reminder');
    return listings.length;
  });
}

/**
 * Published listings past their expiry date leave the catalogue: archived, marked expired (the office renews them),
 * their office told. One claiming statement, so a second process finds them archived already; the triggers take
 * them out of asset_search and move the catalogue's revision on (public answers cached before are stale).
 */
export async function expireListings(db: Db, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const listings = await tx
      .updateTable('asset as a')
      .set((eb) => ({
        status: AssetStatus.ARCHIVED,
        expired_at: NOW,
        updated_at: bumpedUpdatedAt(eb),
      }))
      .where('a.status', '=', AssetStatus.PUBLISHED)
      .where(sql<boolean>`a.expires_on < ${TODAY}`)
      .returning(CLAIMED)
      .execute();
    await tellOfficers(tx, publicUrl, listings, 'listing-expired');
    return listings.length;
  });
}

export async function runListingExpiry(db: Db, publicUrl: string): Promise<ListingExpiryCounts> {
  const reminded = await remindOfListingExpiries(db, publicUrl);
  const expired = await expireListings(db, publicUrl);
  return { reminded, expired };
}

/** Listings' expiry dates, hourly: the office's reminder 30 days before, and out of the catalogue once the day is over. */
export function listingExpiryJob(publicUrl: string): JobDefinition {
  return {
    name: 'listing-expiry',
    cron: '53 * * * *',
    async run({ db, logger }) {
      const counts = await runListingExpiry(db, publicUrl);
      if (counts.reminded > 0 || counts.expired > 0) logger.info(counts, 'listings: expiry reminders and expiry');
    },
  };
}

import { AssetStatus } from '@tt/shared/asset-enums';
import { isoDay } from '@tt/shared/technology-request-rules';
import type { DemoAsset } from './demo/demo-data-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A demo listing's expiry, counted from the seeding day so the office sees it on first start: a published one
 * expiring soon (its reminder is left to the job's first run), or an archived one whose date took it out of the
 * catalogue the day after (expired, awaiting renewal).
 */
export function demoListingExpiry(
  data: DemoAsset,
  now: Date,
): { expiresOn: string | null; expiryReminderSentAt: null; expiredAt: Date | null } {
  if (data.expiresInDays === undefined) return { expiresOn: null, expiryReminderSentAt: null, expiredAt: null };
  const expiry = new Date(now.getTime() + data.expiresInDays * DAY_MS);
  const expired = data.expiresInDays < 0;
  const expected = expired ? AssetStatus.ARCHIVED : AssetStatus.PUBLISHED;
  if (data.status !== expected) {
    throw new Error(`Demo listing ${data.slug}: one that ${expired ? 'expired' : 'expires'} is ${expected}`);
  }
  return {
    expiresOn: isoDay(expiry),
    expiryReminderSentAt: null,
    expiredAt: expired ? new Date(expiry.getTime() + DAY_MS) : null,
  };
}

import type { Db } from '@tt/db/database';
import { FeedbackReason, type FeedbackSource } from '@tt/shared/feedback-enums';
import type { Language } from '@tt/shared/languages';
import type { OfficeScope } from '../../auth/policies.js';
import { toDate } from '../../database/to-date.js';

/** A company's feedback on a listing, as its office and its inventors read it (the company only for the office). */
export interface ListingFeedbackRecord {
  dbId: number;
  assetId: number;
  /** The listing's institute: whose office may know the company. */
  institutionId: number;
  companyId: number;
  source: FeedbackSource;
  reason: FeedbackReason;
  comment: string | null;
  commentLanguage: Language | null;
  createdAt: Date;
}

/** The feedback on each listing, newest first: one statement for all of them (the request's loader). */
export async function feedbackOfListings(db: Db, assetIds: readonly number[]): Promise<ListingFeedbackRecord[][]> {
  const rows = await db
    .selectFrom('listing_feedback as f')
    .innerJoin('asset as a', 'a.id', 'f.asset_id')
    .select([
      'f.id',
      'f.asset_id',
      'a.institution_id',
      'f.company_id',
      'f.source',
      'f.reason',
      'f.comment',
      'f.comment_language',
      'f.created_at',
    ])
    .where('f.asset_id', '=', (eb) => eb.fn.any(eb.val([...assetIds])))
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
  const byAsset = new Map<number, ListingFeedbackRecord[]>();
  for (const row of rows) {
    const record: ListingFeedbackRecord = {
      dbId: row.id,
      assetId: row.asset_id,
      institutionId: row.institution_id,
      companyId: row.company_id,
      source: row.source,
      reason: row.reason,
      comment: row.comment,
      commentLanguage: row.comment_language,
      createdAt: toDate(row.created_at),
    };
    const list = byAsset.get(row.asset_id);
    if (list) list.push(record);
    else byAsset.set(row.asset_id, [record]);
  }
  return assetIds.map((id) => byAsset.get(id) ?? []);
}

/**
 * How often each reason was given on the listings in scope (an office's institute, or all), every reason with its
 * count (0 where none), most given first. One statement.
 */
export async function countFeedbackReasons(
  db: Db,
  scope: OfficeScope,
): Promise<{ reason: FeedbackReason; count: number }[]> {
  const rows = await db
    .selectFrom('listing_feedback as f')
    .innerJoin('asset as a', 'a.id', 'f.asset_id')
    .select(['f.reason', (eb) => eb.fn.countAll<string>().as('count')])
    .$if('institutionId' in scope, (query) =>
      query.where('a.institution_id', '=', (scope as { institutionId: number }).institutionId),
    )
    .groupBy('f.reason')
    .execute();
  const counts = new Map(rows.map((row) => [row.reason, Number(row.count)]));
  return Object.values(FeedbackReason)
    .map((reason) => ({ reason, count: counts.get(reason) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

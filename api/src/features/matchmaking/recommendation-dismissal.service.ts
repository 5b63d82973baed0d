import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { type FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import type { Language } from '@tt/shared/languages';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import type { Viewer } from '../../auth/viewer.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { recordListingFeedback } from '../feedback/listing-feedback-records.js';
import { recommendationsCompany } from './matchmaking-access.js';

export type DismissalResult = { ok: true; assetId: number } | { ok: false; errors: UserError[] };

/**
 * "Not interested": the company no longer sees the listing among its recommendations, and its reason (one of the
 * eight, with an optional comment) goes to the listing's office as feedback. Inside the caller's transaction: both
 * or neither. Dismissing it again changes nothing (and records no second feedback).
 */
export async function dismissRecommendation(
  db: Db,
  viewer: Viewer | null,
  input: { assetId: string; reason: FeedbackReason; comment?: string | null; language: Language },
): Promise<DismissalResult> {
  const companyId = recommendationsCompany(viewer);
  const assetId = expectGlobalId(input.assetId, 'Asset', 'assetId');
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > FEEDBACK_COMMENT_MAX_LENGTH) {
    return { ok: false, errors: [userError('TEXT_TOO_LONG', 'comment', { max: FEEDBACK_COMMENT_MAX_LENGTH })] };
  }
  const listing = await db
    .selectFrom('asset')
    .select('id')
    .where('id', '=', assetId)
    .where('status', '=', AssetStatus.PUBLISHED)
    .executeTakeFirst();
  if (!listing) return { ok: false, errors: [userError('LISTING_NOT_FOUND', 'assetId')] };
  const dismissed = await db
    .insertInto('recommendation_dismissal')
    .values({ company_id: companyId, asset_id: assetId, created_at: new Date() })
    .onConflict((conflict) => conflict.columns(['company_id', 'asset_id']).doNothing())
    .returning('asset_id')
    .executeTakeFirst();
  if (dismissed) {
    await recordListingFeedback(db, {
      assetId,
      companyId,
      authorId: viewer!.userId,
      source: FeedbackSource.RECOMMENDATION_DISMISSED,
      reason: input.reason,
      comment,
      language: input.language,
    });
  }
  return { ok: true, assetId };
}

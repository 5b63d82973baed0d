import type { Db } from '@tt/db/database';
import type { FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import type { Language } from '@tt/shared/languages';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import { badInput } from '../../errors/domain-error.js';

/** Why a company passed on a listing, as the company gave it. */
export interface ListingFeedbackInput {
  assetId: number;
  companyId: number;
  authorId: number;
  source: FeedbackSource;
  reason: FeedbackReason;
  /** Optional; blank counts as none. */
  comment?: string | null;
  /** The language of the page the comment was written on. */
  language: Language;
}

/**
 * Records a company's feedback on a listing, inside the caller's transaction (withdrawing an EoI, declining a
 * proposal and dismissing a recommendation each record theirs with the change they make).
 */
export async function recordListingFeedback(db: Db, input: ListingFeedbackInput): Promise<void> {
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > FEEDBACK_COMMENT_MAX_LENGTH) {
    throw badInput('TEXT_TOO_LONG', 'comment', { max: FEEDBACK_COMMENT_MAX_LENGTH });
  }
  await db
    .insertInto('listing_feedback')
    .values({
      asset_id: input.assetId,
      company_id: input.companyId,
      author_id: input.authorId,
      source: input.source,
      reason: input.reason,
      comment,
      comment_language: comment ? input.language : null,
      created_at: new Date(),
    })
    .execute();
}

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import { Asset } from './asset.entity.js';
import { Company } from './company.entity.js';
import { User } from './user.entity.js';
import { optionalWrittenLanguage } from './written-language.js';

/**
 * Why a company passed on a listing (withdrew its interest, declined a proposal, dismissed a recommendation), in
 * one of the structured categories with an optional comment. Officers read it per listing and in aggregate;
 * researchers read it for their inventions without the company.
 */
export const ListingFeedback = defineEntity({
  name: 'ListingFeedback',
  tableName: 'listing_feedback',
  properties: {
    id: p.integer().primary().autoincrement(),
    asset: () => p.manyToOne(Asset).deleteRule('cascade'),
    company: () => p.manyToOne(Company).index().deleteRule('cascade'),
    author: () => p.manyToOne(User).nullable().deleteRule('set null'),
    source: p.enum(() => FeedbackSource).nativeEnumName('feedback_source'),
    reason: p.enum(() => FeedbackReason).nativeEnumName('feedback_reason'),
    comment: p.string().length(FEEDBACK_COMMENT_MAX_LENGTH).nullable(),
    commentLanguage: optionalWrittenLanguage(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['asset', 'createdAt'] }],
});
export type ListingFeedback = InferEntity<typeof ListingFeedback>;

import { FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import { Language } from '@tt/shared/languages';
import { Field, ObjectType } from 'type-graphql';
import { ValueCountType } from '../../schema/value-count.type.js';
import type { ListingFeedbackRecord } from './listing-feedback.service.js';

@ObjectType('ListingFeedback', {
  description:
    "Why a company passed on a listing: for the listing's office (with the company) and its inventors (without it)",
})
export class ListingFeedbackType implements ListingFeedbackRecord {
  dbId!: number;
  assetId!: number;
  institutionId!: number;
  companyId!: number;

  @Field(() => FeedbackSource, { description: 'Where it was given' })
  source!: FeedbackSource;

  @Field(() => FeedbackReason)
  reason!: FeedbackReason;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Language, { nullable: true, description: 'What the comment was written in' })
  commentLanguage!: Language | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('FeedbackReasonCount')
export class FeedbackReasonCountType extends ValueCountType('reason', () => FeedbackReason) {}

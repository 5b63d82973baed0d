import { FeedbackReason } from '@tt/shared/feedback-enums';
import { Field, ID, InputType } from 'type-graphql';

@InputType('DismissRecommendationInput')
export class DismissRecommendationInput {
  @Field(() => ID)
  assetId!: string;

  @Field(() => FeedbackReason)
  reason!: FeedbackReason;

  @Field(() => String, { nullable: true, description: 'Optional, at most 1000 characters' })
  comment?: string | null;
}

@InputType('InviteCompanyToLookInput')
export class InviteCompanyToLookInput {
  @Field(() => ID, { description: "A published listing of the office's institute" })
  assetId!: string;

  @Field(() => ID)
  companyId!: string;

  @Field(() => String, { nullable: true, description: "The officer's note to the company, at most 1000 characters" })
  message?: string | null;
}

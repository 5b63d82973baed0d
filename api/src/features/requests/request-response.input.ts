import { InterestType } from '@tt/shared/eoi-transitions';
import { FeedbackReason } from '@tt/shared/feedback-enums';
import { ResponseKind } from '@tt/shared/technology-request-enums';
import { Field, ID, InputType } from 'type-graphql';

@InputType('RespondToTechnologyRequestInput')
export class RespondToTechnologyRequestInput {
  @Field(() => ID, { description: 'The TechnologyRequest (open)' })
  requestId!: string;

  @Field(() => ResponseKind)
  kind!: ResponseKind;

  @Field(() => [ID], { nullable: true, description: "LISTINGS: 1 to 10 of your institute's published listings" })
  listingIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'EXPERTISE: a researcher (User) of your institute' })
  expertId?: string | null;

  @Field({ description: 'What the office tells the company: at least 20 characters' })
  message!: string;
}

@InputType('ExpressInterestInProposalInput')
export class ExpressInterestInProposalInput {
  @Field(() => ID, { description: 'The RequestProposal' })
  proposalId!: string;

  @Field(() => InterestType)
  interestType!: InterestType;

  @Field({ description: 'The message of the expression of interest: at least 30 characters' })
  message!: string;
}

@InputType('DeclineProposalInput')
export class DeclineProposalInput {
  @Field(() => ID, { description: 'The RequestProposal' })
  proposalId!: string;

  @Field(() => FeedbackReason, { description: 'Why the listing does not fit' })
  reason!: FeedbackReason;

  @Field(() => String, { nullable: true, description: 'In your own words (optional, at most 1000 characters)' })
  comment?: string | null;
}

import { AssetKind } from '@tt/shared/asset-enums';
import { DeclineReason, EoiPriority, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { FeedbackReason } from '@tt/shared/feedback-enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { ServiceAnswerInput } from '../services/service-request-form.type.js';

@InputType('SubmitExpressionOfInterestInput')
export class SubmitExpressionOfInterestInput {
  @Field(() => ID)
  assetId!: string;

  @Field(() => InterestType)
  interestType!: InterestType;

  @Field({ description: 'At least 30 characters' })
  message!: string;

  @Field(() => String, { nullable: true })
  intendedUse?: string | null;

  @Field(() => String, { nullable: true })
  timeline?: string | null;

  @Field(() => Boolean, { nullable: true })
  ndaRequested?: boolean | null;

  @Field({ description: 'Chosen by the client once per submission; a retry with the same key returns the same EoI' })
  idempotencyKey!: string;

  @Field(() => [ServiceAnswerInput], {
    nullable: true,
    description: "A SERVICE_REQUEST on a service listing: the answers to the listing's request form",
  })
  serviceAnswers?: ServiceAnswerInput[] | null;
}

@InputType('TransitionExpressionOfInterestInput')
export class TransitionExpressionOfInterestInput extends IdInput {
  @Field(() => EoiStatus)
  to!: EoiStatus;

  @Field(() => String, { nullable: true, description: "The office's reason, recorded in the history (office only)" })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'A message for the company; required to decline' })
  message?: string | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Required to decline' })
  declineReason?: DeclineReason | null;

  @Field(() => FeedbackReason, {
    nullable: true,
    description: 'Withdrawing only, optional: why the company passes on the listing (its office reads it)',
  })
  feedbackReason?: FeedbackReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'Withdrawing only, with a feedbackReason: at most 1000 characters',
  })
  feedbackComment?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Moving to AGREED only, optional: the agreement that closed it (one of the same institute and company, made from this EoI or from none)',
  })
  agreementId?: string | null;
}

@InputType('PostExpressionOfInterestMessageInput')
export class PostExpressionOfInterestMessageInput extends IdInput {
  @Field()
  body!: string;

  @Field(() => Boolean, { nullable: true, description: 'An internal note of the office (never shown to the company)' })
  internal?: boolean | null;
}

@InputType('AssignExpressionOfInterestInput')
export class AssignExpressionOfInterestInput extends IdInput {
  @Field(() => ID, { nullable: true, description: 'An officer of the institute; null to unassign' })
  assigneeId?: string | null;
}

@InputType('SetExpressionOfInterestPriorityInput')
export class SetExpressionOfInterestPriorityInput extends IdInput {
  @Field(() => EoiPriority)
  priority!: EoiPriority;
}

@InputType('ExpressionOfInterestIdInput')
export class ExpressionOfInterestIdInput extends IdInput {}

@InputType('ExpressionOfInterestFilter')
export class ExpressionOfInterestFilterInput {
  @Field(() => [EoiStatus], { nullable: true })
  statuses?: EoiStatus[] | null;

  @Field(() => ID, { nullable: true })
  assetId?: string | null;

  @Field(() => ID, { nullable: true, description: "A company's other EoIs (the office's view)" })
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: "One institute's (admins; an officer's scope is their own already)" })
  institutionId?: string | null;

  @Field(() => [AssetKind], { nullable: true })
  kinds?: AssetKind[] | null;

  @Field(() => [EoiPriority], { nullable: true })
  priorities?: EoiPriority[] | null;

  @Field(() => String, { nullable: true, description: 'An officer id, or "none" for unassigned' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Submitted at least this many days ago' })
  minAgeDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Text in the asset title, the company name or the message' })
  query?: string | null;
}

import { AccessMaterial, AccessReviewOutcome, AccessReviewStep } from '@tt/shared/access-review-rules';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { ExpressionOfInterestType } from '../interest/expression-of-interest.type.js';
import type { AccessPathRecord, AccessStatementRecord, AccessStepRecord } from './access-review.service.js';

registerEnumType(AccessReviewStep, {
  name: 'AccessReviewStep',
  description: "A step of a biobank request's access path, in order: scientific review, ethics review, agreement",
});
registerEnumType(AccessReviewOutcome, {
  name: 'AccessReviewOutcome',
  description:
    'PENDING (nothing decided), APPROVED, REJECTED (ends the path) or CHANGES_REQUESTED (decided again later)',
});
registerEnumType(AccessMaterial, { name: 'AccessMaterial', description: 'What a biobank request asks for' });

@ObjectType('AccessReviewStepEntry', { description: 'One step of the access path and where it stands' })
export class AccessReviewStepEntryType implements AccessStepRecord {
  @Field(() => AccessReviewStep)
  step!: AccessReviewStep;

  @Field(() => AccessReviewOutcome)
  outcome!: AccessReviewOutcome;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was decided; null while pending' })
  decidedAt!: Date | null;

  @Field({ description: "The decision's short note, the reason the applicant is given (both sides read it)" })
  note!: string;

  @Field(() => String, { nullable: true, description: 'Who decided it: the office sees it; null for the company' })
  decidedByName!: string | null;
}

@ObjectType('AccessRequestStatement', { description: 'What the company states about its biobank request' })
export class AccessRequestStatementType implements AccessStatementRecord {
  @Field(() => AccessMaterial)
  material!: AccessMaterial;

  @Field()
  projectTitle!: string;

  @Field()
  projectSummary!: string;

  @Field(() => DateTimeResolver)
  statedAt!: Date;
}

@ObjectType('AccessPath', {
  description:
    "A biobank request's path to its samples or data: scientific review, ethics review, then the transfer agreement",
})
export class AccessPathType implements AccessPathRecord {
  @Field(() => [AccessReviewStepEntryType], { description: 'Every step, in order' })
  steps!: AccessReviewStepEntryType[];

  @Field(() => AccessRequestStatementType, { nullable: true, description: 'Null until the company states it' })
  statement!: AccessRequestStatementType | null;

  @Field(() => AccessReviewStep, { nullable: true, description: 'The step acted on now; null when ended or done' })
  currentStep!: AccessReviewStep | null;

  @Field({ description: 'Whether a rejection ended it' })
  ended!: boolean;

  @Field(() => Int, { description: 'The usual duration, from the request to the agreement, in weeks: at least' })
  usualDurationMinWeeks!: number;

  @Field(() => Int, { description: '... and at most' })
  usualDurationMaxWeeks!: number;

  @Field({ description: 'Whether the viewer (its company) may state or revise the request now' })
  viewerCanState!: boolean;

  @Field({ description: 'Whether the viewer (its office) may decide the current review step now' })
  viewerCanDecide!: boolean;

  @Field({ description: 'Whether the viewer (its office) may prepare the transfer agreement now' })
  viewerCanStartAgreement!: boolean;
}

@ObjectType('AccessReviewPayload')
export class AccessReviewPayloadType extends PayloadType('expressionOfInterest', () => ExpressionOfInterestType) {}

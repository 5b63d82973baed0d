import {
  ACCESS_REQUEST_LIMITS,
  AccessMaterial,
  AccessReviewOutcome,
  AccessReviewStep,
} from '@tt/shared/access-review-rules';
import { Field, ID, InputType } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';

@InputType('StateAccessRequestInput', { description: "The company's statement of its biobank request" })
export class StateAccessRequestInput {
  @Field(() => ID, { description: 'The service request (an ExpressionOfInterest id)' })
  eoiId!: string;

  @Field(() => AccessMaterial)
  material!: AccessMaterial;

  @Field({ description: '3 to 200 characters' })
  @TextLimit({ max: ACCESS_REQUEST_LIMITS.projectTitleMax, singleLine: true })
  projectTitle!: string;

  @Field({ description: '20 to 4000 characters' })
  @TextLimit({ max: ACCESS_REQUEST_LIMITS.projectSummaryMax })
  projectSummary!: string;
}

@InputType('DecideAccessReviewStepInput')
export class DecideAccessReviewStepInput {
  @Field(() => ID)
  eoiId!: string;

  @Field(() => AccessReviewStep, { description: 'SCIENTIFIC_REVIEW or ETHICS_REVIEW, in order' })
  step!: AccessReviewStep;

  @Field(() => AccessReviewOutcome, { description: 'APPROVED, REJECTED or CHANGES_REQUESTED' })
  outcome!: AccessReviewOutcome;

  @Field(() => String, { nullable: true, description: 'A short note the company reads too' })
  @TextLimit({ max: ACCESS_REQUEST_LIMITS.noteMax })
  note?: string | null;
}

@InputType('StartAccessAgreementInput')
export class StartAccessAgreementInput {
  @Field(() => ID)
  eoiId!: string;
}

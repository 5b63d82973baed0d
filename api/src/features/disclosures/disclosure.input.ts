import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { DisclosureAssessmentFields, FundingSourceFields, PublicDisclosureFields } from './disclosure.type.js';
import type { DraftInput } from './disclosure-draft.service.js';
import type { DisclosureListArgs } from './disclosure-list.service.js';
import type { PostDisclosureMessageFields } from './disclosure-message.service.js';
import type {
  AssessDisclosureFields,
  AssignDisclosureFields,
  TransitionDisclosureFields,
} from './disclosure-workflow.service.js';

@InputType('DisclosureInventorInput')
export class DisclosureInventorInput {
  @Field()
  name!: string;

  @Field()
  affiliation!: string;

  @Field(() => Float)
  contributionShare!: number;
}

@InputType('PublicDisclosureInput')
export class PublicDisclosureInput extends PublicDisclosureFields {}

@InputType('FundingSourceInput')
export class FundingSourceInput extends FundingSourceFields {}

@InputType('SaveDisclosureDraftInput', {
  description: 'The whole form as it is now; without id a new draft is made',
})
export class SaveDisclosureDraftInput implements DraftInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the edit started from; required with id' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [DisclosureInventorInput], { nullable: true })
  inventors?: DisclosureInventorInput[] | null;

  @Field(() => String, { nullable: true })
  abstract?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  solution?: string | null;

  @Field(() => String, { nullable: true })
  novelty?: string | null;

  @Field(() => String, { nullable: true })
  priorArt?: string | null;

  @Field(() => [PublicDisclosureInput], { nullable: true })
  publicDisclosures?: PublicDisclosureInput[] | null;

  @Field(() => [FundingSourceInput], { nullable: true })
  fundingSources?: FundingSourceInput[] | null;

  @Field(() => String, { nullable: true })
  commercialApplications?: string | null;

  @Field(() => Int, { nullable: true })
  trl?: number | null;
}

@InputType('DisclosureIdInput')
export class DisclosureIdInput extends IdInput {}

@InputType('TransitionDisclosureInput')
export class TransitionDisclosureInput extends IdInput implements TransitionDisclosureFields {
  @Field(() => DisclosureStatus)
  to!: DisclosureStatus;

  @Field(() => String, { nullable: true, description: 'Required to request information or decline' })
  reason?: string | null;
}

@InputType('AssessDisclosureInput')
export class AssessDisclosureInput extends DisclosureAssessmentFields implements AssessDisclosureFields {
  @Field(() => ID)
  id!: string;
}

@InputType('PostDisclosureMessageInput')
export class PostDisclosureMessageInput extends IdInput implements PostDisclosureMessageFields {
  @Field()
  body!: string;
}

@InputType('AssignDisclosureInput')
export class AssignDisclosureInput extends IdInput implements AssignDisclosureFields {
  @Field(() => ID, { nullable: true, description: 'An officer of the institute; null to unassign' })
  assigneeId?: string | null;
}

@InputType('DisclosureFilterInput')
export class DisclosureFilterInput implements Partial<Pick<DisclosureListArgs, 'statuses' | 'institutionId'>> {
  @Field(() => [DisclosureStatus], { nullable: true })
  statuses?: DisclosureStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Whose: "mine", "none" (unassigned) or an officer id; anyone when absent',
  })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: "One institute's (admins; an officer's scope is their own already)" })
  institutionId?: string | null;
}

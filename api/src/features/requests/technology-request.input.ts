import { PartneringModel } from '@tt/shared/asset-enums';
import { BudgetBand, RequestStatus, RequestVisibility } from '@tt/shared/technology-request-enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { TextLimit } from '../../schema/text-input.js';
import type { TechnologyRequestFilter } from './technology-request-criteria.js';

/** What a company member writes; the same for publishing and for saving changes. */
@InputType()
abstract class TechnologyRequestFields {
  @Field({ description: 'At least 10 characters' })
  title!: string;

  @Field({ description: 'What is sought: at least 50 characters' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Why: the problem behind it, the use it is for' })
  motivation?: string | null;

  @Field(() => [ID], { description: 'Sectors or therapeutic areas of the taxonomy: 1 to 10' })
  sectorIds!: string[];

  @Field(() => Int)
  trlMin!: number;

  @Field(() => Int)
  trlMax!: number;

  @Field(() => [PartneringModel])
  partneringModels!: PartneringModel[];

  @Field(() => BudgetBand, { nullable: true })
  budgetBand?: BudgetBand | null;

  @Field({ description: 'The last day it is open (YYYY-MM-DD): after today, at most 18 months on' })
  @TextLimit({ max: 10, singleLine: true })
  deadline!: string;

  @Field(() => RequestVisibility)
  visibility!: RequestVisibility;
}

@InputType('PublishTechnologyRequestInput')
export class PublishTechnologyRequestInput extends TechnologyRequestFields {}

@InputType('UpdateTechnologyRequestInput', { description: 'Every field as it is to be (an open request only)' })
export class UpdateTechnologyRequestInput extends TechnologyRequestFields {
  @Field(() => ID)
  id!: string;
}

@InputType('CloseTechnologyRequestInput')
export class CloseTechnologyRequestInput extends IdInput {
  @Field(() => RequestStatus, { description: 'FULFILLED or CLOSED' })
  status!: RequestStatus;
}

@InputType('TechnologyRequestFilter', { description: 'Values within a list are alternatives; lists combine with AND' })
export class TechnologyRequestFilterInput implements TechnologyRequestFilter {
  @Field(() => [String], { nullable: true, description: 'Sector or therapeutic-area slugs or ids; children included' })
  sectors?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'With trlMax: requests whose TRL range overlaps this one' })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  trlMax?: number | null;

  @Field(() => [PartneringModel], { nullable: true })
  partneringModels?: PartneringModel[] | null;

  @Field(() => [RequestStatus], { nullable: true })
  statuses?: RequestStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only your own company's requests" })
  mine?: boolean | null;
}

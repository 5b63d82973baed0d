import {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { TextLimit } from '../../schema/text-input.js';
import type { CreateListingArgs, UpdateListingArgs } from './listing-drafting.service.js';
import type { RenewListingArgs } from './listing-renewal.service.js';

/** A day as YYYY-MM-DD. */
const DAY = { max: 10, singleLine: true };

@InputType('CreateListingInput', {
  description: 'A new draft listing: from scratch, or pre-filled from an accepted disclosure of the institute',
})
export class CreateListingInput implements CreateListingArgs {
  @Field(() => AssetKind)
  kind!: AssetKind;

  @Field({ description: "Empty with fromDisclosureId: the disclosure's title" })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'An ACCEPTED disclosure without a listing yet' })
  fromDisclosureId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Admins: the institute (or the disclosure's). Officers: their own institute, the default",
  })
  institutionId?: string | null;
}

@InputType('ListingInventorInput', { description: "An inventor's public name and affiliation" })
export class ListingInventorInput {
  @Field()
  name!: string;

  @Field()
  affiliation!: string;
}

@InputType('UpdateListingInput', {
  description:
    'Only the fields given change; null clears platform, turnaround, pricing model and contact officer. Lists replace the whole list',
})
export class UpdateListingInput extends IdInput implements UpdateListingArgs {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'The updatedAt the edit started from: a newer stored one is a VERSION_CONFLICT',
  })
  expectedUpdatedAt?: Date | null;

  @Field(() => AssetKind, { nullable: true })
  kind?: AssetKind | null;

  @Field(() => String, { nullable: true, description: 'The slug follows the title; former slugs keep working' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  benefits?: string | null;

  @Field(() => [String], { nullable: true })
  applications?: string[] | null;

  @Field(() => Int, { nullable: true })
  trl?: number | null;

  @Field(() => IpStatus, { nullable: true })
  ipStatus?: IpStatus | null;

  @Field(() => [String], { nullable: true })
  patentNumbers?: string[] | null;

  @Field(() => DevelopmentStage, { nullable: true })
  developmentStage?: DevelopmentStage | null;

  @Field(() => [PartneringModel], { nullable: true })
  partneringModels?: PartneringModel[] | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => [ID], { nullable: true })
  sectorIds?: string[] | null;

  @Field(() => [ListingInventorInput], { nullable: true, description: 'In the order to show them' })
  inventors?: ListingInventorInput[] | null;

  @Field(() => ID, { nullable: true, description: 'For services: a platform of the same institute' })
  platformId?: string | null;

  @Field(() => String, { nullable: true })
  turnaround?: string | null;

  @Field(() => PricingModel, { nullable: true })
  pricingModel?: PricingModel | null;

  @Field(() => String, { nullable: true, description: 'For services: what the buyer receives; null clears it' })
  deliverables?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For services: sample requirements and throughput figures; null clears it',
  })
  throughput?: string | null;

  @Field(() => [String], { nullable: true, description: 'For services: accreditations and certifications (names)' })
  accreditations?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'An officer of the institute' })
  contactOfficerId?: string | null;

  // The Italian texts: any may stay empty (publicationWarnings lists what is missing); the listing shows in Italian
  // to those who read it once every English text it has is there in Italian too.

  @Field(() => String, { nullable: true, description: 'In Italian; empty until translated' })
  titleIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian' })
  summaryIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian' })
  descriptionIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian' })
  problemIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian' })
  benefitsIt?: string | null;

  @Field(() => [String], { nullable: true, description: 'In Italian' })
  applicationsIt?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'In Italian' })
  keywordsIt?: string[] | null;

  @Field(() => String, { nullable: true, description: 'In Italian; null clears it' })
  turnaroundIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; null clears it' })
  deliverablesIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; null clears it' })
  throughputIt?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD, today or later: the last day it is offered (its office is reminded before); null clears it',
  })
  @TextLimit(DAY)
  expiresOn?: string | null;
}

@InputType('RenewListingInput', {
  description: 'A published or expired listing and its new expiry date',
})
export class RenewListingInput extends IdInput implements RenewListingArgs {
  @Field({ description: 'YYYY-MM-DD, today or later' })
  @TextLimit(DAY)
  expiresOn!: string;
}

@InputType('ListingIdInput')
export class ListingIdInput extends IdInput {}

@InputType('OfficeListingFilter')
export class OfficeListingFilterInput {
  @Field(() => [AssetStatus], { nullable: true })
  statuses?: AssetStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or slug' })
  query?: string | null;

  @Field(() => ID, { nullable: true, description: "One institute's (admins; an officer's scope is their own already)" })
  institutionId?: string | null;
}

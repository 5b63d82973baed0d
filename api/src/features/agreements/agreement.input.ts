import {
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  MilestoneKind,
  MilestoneStatus,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { TextLimit } from '../../schema/text-input.js';
import type { AgreementFields, AgreementFilter, CreateAgreementFields } from './agreement.service.js';
import type { MilestoneFields } from './agreement-milestone.service.js';

const DAY = { max: 10, singleLine: true };

/** What the office writes about an agreement; on update, a field left out stays as it is and null clears it. */
@InputType()
abstract class AgreementFieldsInput implements AgreementFields {
  @Field(() => String, { nullable: true, description: '3 to 200 characters' })
  @TextLimit({ max: 200, singleLine: true })
  title?: string | null;

  @Field(() => AgreementType, {
    nullable: true,
    description: 'On creation from an EoI, its interest type decides it when left out',
  })
  type?: AgreementType | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Listings of the agreement's institute it covers (replaces them all)",
  })
  listingIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An active officer of the institute; by default the officer recording it',
  })
  ownerId?: string | null;

  @Field(() => LicenseExclusivity, { nullable: true, description: 'Licences only' })
  exclusivity?: LicenseExclusivity | null;

  @Field(() => String, { nullable: true, description: 'Licences only' })
  @TextLimit({ max: 500 })
  fieldOfUse?: string | null;

  @Field(() => String, { nullable: true, description: 'Licences only' })
  @TextLimit({ max: 200, singleLine: true })
  territory?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @TextLimit(DAY)
  signatureDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @TextLimit(DAY)
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after the effective date' })
  @TextLimit(DAY)
  expiryDate?: string | null;

  @Field(() => String, { nullable: true, description: "The office's internal notes" })
  @TextLimit({ max: 10_000 })
  notes?: string | null;

  @Field(() => Boolean, { nullable: true })
  termsSharedWithInventors?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Options and licences: basis points, 0 to 10000' })
  royaltyRateBasisPoints?: number | null;

  @Field(() => RoyaltyReportingPeriod, { nullable: true, description: 'Options and licences' })
  royaltyReportingPeriod?: RoyaltyReportingPeriod | null;
}

@InputType('CreateAgreementInput', {
  description: 'A new agreement, in DRAFTING: from an EoI (its company, listing and type come along) or on its own',
})
export class CreateAgreementInput extends AgreementFieldsInput implements CreateAgreementFields {
  @Field(() => ID, {
    nullable: true,
    description: "An EoI of the office's institute in review, in discussion, in negotiation or agreed",
  })
  fromEoiId?: string | null;

  @Field(() => ID, { nullable: true, description: "Admins name the institute; an officer's is their own" })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required unless from an EoI' })
  companyId?: string | null;
}

@InputType('UpdateAgreementInput')
export class UpdateAgreementInput extends AgreementFieldsInput {
  @Field(() => ID)
  id!: string;
}

@InputType('TransitionAgreementInput', {
  description: 'A move of the workflow, with the dates the new status needs when not yet recorded',
})
export class TransitionAgreementInput extends IdInput {
  @Field(() => AgreementStatus)
  to!: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required to sign when not yet recorded' })
  @TextLimit(DAY)
  signatureDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required to activate when not yet recorded' })
  @TextLimit(DAY)
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @TextLimit(DAY)
  expiryDate?: string | null;
}

@InputType()
abstract class MilestoneFieldsInput implements MilestoneFields {
  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field({ description: 'What it is paid for: 3 to 300 characters' })
  @TextLimit({ max: 300, singleLine: true })
  event!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; a due date or a trigger is required' })
  @TextLimit(DAY)
  dueDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The event that makes it due' })
  @TextLimit({ max: 300, singleLine: true })
  trigger?: string | null;

  @Field(() => SafeIntResolver, { description: 'In euro cents' })
  amountCents!: number;

  @Field(() => MilestoneStatus, { nullable: true, description: 'EXPECTED by default' })
  status?: MilestoneStatus | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Received only: in euro cents' })
  receivedAmountCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Received only: YYYY-MM-DD' })
  @TextLimit(DAY)
  receivedOn?: string | null;
}

@InputType('AddAgreementMilestoneInput')
export class AddAgreementMilestoneInput extends MilestoneFieldsInput {
  @Field(() => ID)
  agreementId!: string;
}

@InputType('UpdateAgreementMilestoneInput', { description: 'The payment as it now is' })
export class UpdateAgreementMilestoneInput extends MilestoneFieldsInput {
  @Field(() => ID)
  id!: string;
}

@InputType('RemoveAgreementMilestoneInput')
export class RemoveAgreementMilestoneInput extends IdInput {}

@InputType('RemoveAgreementAttachmentInput')
export class RemoveAgreementAttachmentInput extends IdInput {}

@InputType('AgreementFilter', { description: 'Values within a list are alternatives; filters combine with AND' })
export class AgreementFilterInput implements AgreementFilter {
  @Field(() => [AgreementStatus], { nullable: true })
  statuses?: AgreementStatus[] | null;

  @Field(() => [AgreementType], { nullable: true })
  types?: AgreementType[] | null;

  @Field(() => ID, { nullable: true, description: 'Admins: one institute' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Those covering this listing' })
  listingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Those made from (or closing) this expression of interest' })
  eoiId?: string | null;
}

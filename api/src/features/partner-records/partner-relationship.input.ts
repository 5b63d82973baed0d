import { PARTNER_LIMITS, PartnerStatus } from '@tt/shared/partner-rules';
import { Field, ID, InputType } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';

@InputType('PartnerRelationshipFilter')
export class PartnerRelationshipFilterInput {
  @Field(() => [PartnerStatus], { nullable: true })
  statuses?: PartnerStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Records this officer owns' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Admins: one institute (officers always see their own)' })
  institutionId?: string | null;
}

@InputType('CreatePartnerRelationshipInput', { description: 'The office starts its record of a company' })
export class CreatePartnerRelationshipInput {
  @Field(() => ID)
  companyId!: string;

  @Field(() => ID, { nullable: true, description: "Admins name the institute; an officer's is their own" })
  institutionId?: string | null;

  @Field(() => PartnerStatus)
  status!: PartnerStatus;

  @Field(() => ID, { nullable: true, description: 'An active officer of the institute' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @TextLimit({ max: PARTNER_LIMITS.notesMax })
  notes?: string | null;
}

@InputType('UpdatePartnerRelationshipInput', { description: 'Changes the fields given; a null owner clears it' })
export class UpdatePartnerRelationshipInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerStatus, { nullable: true })
  status?: PartnerStatus | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @TextLimit({ max: PARTNER_LIMITS.notesMax })
  notes?: string | null;
}

/** What the office writes about a contact. */
@InputType('PartnerContactFieldsInput')
export class PartnerContactFieldsInput {
  @Field()
  @TextLimit({ max: PARTNER_LIMITS.contactNameMax, singleLine: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @TextLimit({ max: PARTNER_LIMITS.contactRoleMax, singleLine: true })
  role?: string | null;

  @Field(() => String, { nullable: true })
  @TextLimit({ max: PARTNER_LIMITS.contactEmailMax, singleLine: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @TextLimit({ max: PARTNER_LIMITS.contactPhoneMax, singleLine: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @TextLimit({ max: PARTNER_LIMITS.contactNotesMax })
  notes?: string | null;
}

@InputType('AddPartnerContactInput')
export class AddPartnerContactInput {
  @Field(() => ID)
  relationshipId!: string;

  @Field(() => PartnerContactFieldsInput)
  contact!: PartnerContactFieldsInput;
}

@InputType('UpdatePartnerContactInput', { description: 'Replaces the contact’s fields' })
export class UpdatePartnerContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerContactFieldsInput)
  contact!: PartnerContactFieldsInput;
}

@InputType('RemovePartnerContactInput')
export class RemovePartnerContactInput {
  @Field(() => ID)
  id!: string;
}

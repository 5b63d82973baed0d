import { UserRole } from '@tt/shared/company-enums';
import { Field, ID, InputType } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { EMAIL_TEXT, TextLimit } from '../../schema/text-input.js';
import type { CreateInstitutionArgs, UpdateInstitutionArgs } from '../institutions/institution-admin.service.js';

@InputType('SetUserRoleInput', {
  description: 'Researchers and officers need institutionId, company members companyId, administrators neither',
})
export class SetUserRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => ID, { nullable: true })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'For platform managers: the platforms they manage (of their institute)',
  })
  platformIds?: string[] | null;
}

@InputType('SetUserDisabledInput')
export class SetUserDisabledInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: 'true ends all their sessions and refuses sign-in; false lets them in again' })
  disabled!: boolean;
}

/** An institute's place as Italian names it, on creation and on update alike. */
const CITY_IT = 'The city as Italian names it (Milano); empty where the same';
const REGION_IT = 'The region as Italian names it (Lombardia); empty where the same';

@InputType('CreateInstitutionInput')
export class CreateInstitutionInput implements CreateInstitutionArgs {
  @Field({ description: 'Lower-case letters, digits and dashes, e.g. irst' })
  slug!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;

  @Field()
  city!: string;

  @Field()
  region!: string;

  @Field(() => String, { nullable: true, description: CITY_IT })
  cityIt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: REGION_IT,
  })
  regionIt?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2; IT when left out', nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @TextLimit(EMAIL_TEXT)
  @Field({ description: "The technology-transfer office's public mailbox" })
  contactEmail!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  mission?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; empty until translated' })
  descriptionIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; empty until translated' })
  missionIt?: string | null;

  @Field(() => [String], { nullable: true, description: 'Research networks it belongs to' })
  networks?: string[] | null;
}

@InputType('UpdateInstitutionInput', { description: 'Only the fields given change; null clears website' })
export class UpdateInstitutionInput extends IdInput implements UpdateInstitutionArgs {
  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: CITY_IT })
  cityIt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: REGION_IT,
  })
  regionIt?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @TextLimit(EMAIL_TEXT)
  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  mission?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; empty until translated' })
  descriptionIt?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; empty until translated' })
  missionIt?: string | null;

  @Field(() => [String], { nullable: true })
  networks?: string[] | null;
}

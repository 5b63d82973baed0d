import { UserRole } from '@tt/shared/company-enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { EMAIL_TEXT, TextLimit } from '../../schema/text-input.js';

@InputType('InviteUserInput', {
  description:
    'Invite someone by e-mail. Officers may leave out institutionId (their own institute), company members companyId (their own company).',
})
export class InviteUserInput {
  @TextLimit(EMAIL_TEXT)
  @Field()
  email!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => ID, { nullable: true, description: 'For researchers and officers' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For company members' })
  companyId?: string | null;

  @Field(() => [ID], { nullable: true, description: "For platform managers: platforms of the invitation's institute" })
  platformIds?: string[] | null;
}

@InputType('RevokeInvitationInput')
export class RevokeInvitationInput extends IdInput {}

@InputType('ResendInvitationInput')
export class ResendInvitationInput extends IdInput {}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link' })
  token!: string;

  @Field()
  name!: string;

  @Field()
  password!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the terms of use (sitePage(key: TERMS).version) the person read and accepted; required (TERMS_NOT_ACCEPTED without it, TERMS_CHANGED when no longer the current one)',
  })
  acceptedTermsVersion?: number | null;
}

import { CompanySize } from '@tt/shared/company-enums';
import { Field, InputType, Int } from 'type-graphql';
import { EMAIL_TEXT, TextLimit } from '../../schema/text-input.js';

@InputType('LogInInput')
export class LogInInput {
  @TextLimit(EMAIL_TEXT)
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType('NewCompanyInput', { description: 'The company a new member creates at sign-up' })
export class NewCompanyInput {
  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @Field(() => CompanySize)
  size!: CompanySize;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType('SignUpInput', {
  description:
    "A company member signs up: with `company` to create the company's profile, or with `invitationToken` to join one",
})
export class SignUpInput {
  @TextLimit(EMAIL_TEXT)
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field()
  name!: string;

  @Field(() => NewCompanyInput, { nullable: true })
  company?: NewCompanyInput | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the terms of use (sitePage(key: TERMS).version) the person read and accepted; required (TERMS_NOT_ACCEPTED without it, TERMS_CHANGED when no longer the current one)',
  })
  acceptedTermsVersion?: number | null;
}

import { Language } from '@tt/shared/languages';
import { Field, InputType } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { EMAIL_TEXT, TextLimit } from '../../schema/text-input.js';

@InputType('TokenInput')
export class TokenInput {
  @Field({ description: 'The token from the e-mailed link' })
  token!: string;
}

@InputType('RequestPasswordResetInput')
export class RequestPasswordResetInput {
  @TextLimit(EMAIL_TEXT)
  @Field()
  email!: string;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field()
  token!: string;

  @Field()
  password!: string;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}

@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A work phone number; absent leaves it as it is, empty removes it',
  })
  phone?: string | null;
}

@InputType('SetLanguageInput')
export class SetLanguageInput {
  @Field(() => Language)
  language!: Language;
}

@InputType('RevokeSessionInput')
export class RevokeSessionInput extends IdInput {}

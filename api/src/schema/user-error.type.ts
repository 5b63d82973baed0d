import { Field, ObjectType } from 'type-graphql';

@ObjectType('UserError', { description: 'An expected failure the user can correct' })
export class UserErrorType {
  @Field(() => String, { nullable: true, description: 'The input field it concerns, if any' })
  field!: string | null;

  @Field({ description: 'Stable code, e.g. INVALID_CREDENTIALS, EMAIL_TAKEN, TOO_MANY_ATTEMPTS' })
  code!: string;

  @Field({ description: 'Readable message for the user' })
  message!: string;
}

export function userError(code: string, message: string, field: string | null = null): UserErrorType {
  return { field, code, message };
}

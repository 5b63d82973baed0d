import { Field, ObjectType } from 'type-graphql';
import type { UserError } from '../errors/user-error.js';

@ObjectType('UserError', { description: 'An expected failure the user can correct' })
export class UserErrorType implements UserError {
  @Field(() => String, { nullable: true, description: 'The input field it concerns, if any' })
  field!: string | null;

  @Field({ description: 'Stable code, e.g. INVALID_CREDENTIALS, EMAIL_TAKEN, TOO_MANY_ATTEMPTS' })
  code!: string;

  @Field({ description: 'Readable message for the user' })
  message!: string;
}

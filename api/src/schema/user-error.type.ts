import type { ErrorCode, ErrorParams } from '@tt/shared/error-messages';
import { Field, ObjectType } from 'type-graphql';
import type { UserError } from '../errors/user-error.js';
import { ErrorParamsScalar } from './error-params.scalar.js';

@ObjectType('UserError', { description: 'An expected failure the user can correct' })
export class UserErrorType implements UserError {
  @Field(() => String, { nullable: true, description: 'The input field it concerns, if any' })
  field!: string | null;

  @Field(() => String, {
    description: 'Stable code, e.g. INVALID_CREDENTIALS, EMAIL_TAKEN, TEXT_TOO_LONG: clients word it in their language',
  })
  code!: ErrorCode;

  @Field(() => ErrorParamsScalar, { description: 'The values its message names, e.g. { "max": 200 }' })
  params!: ErrorParams;

  @Field({ description: 'The message in English (for API consumers; clients word the code in their language)' })
  message!: string;
}

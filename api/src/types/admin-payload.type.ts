import { Field, ObjectType } from 'type-graphql';
import { UserType } from '../features/accounts/user.type.js';
import { InstitutionType } from '../features/institutions/institution.type.js';
import { UserErrorType } from './user-error.type.js';

@ObjectType('UserPayload')
export class UserPayloadType {
  @Field(() => UserType, { nullable: true, description: 'The user as changed' })
  user!: UserType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

@ObjectType('InstitutionPayload')
export class InstitutionPayloadType {
  @Field(() => InstitutionType, { nullable: true })
  institution!: InstitutionType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

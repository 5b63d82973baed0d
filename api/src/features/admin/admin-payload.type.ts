import { Field, ObjectType } from 'type-graphql';
import { UserErrorType } from '../../schema/user-error.type.js';
import { UserType } from '../accounts/user.type.js';
import { InstitutionType } from '../institutions/institution.type.js';

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

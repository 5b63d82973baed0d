import { Field, ObjectType } from 'type-graphql';
import { UserErrorType } from '../../schema/user-error.type.js';
import { ViewerType } from './viewer.type.js';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => ViewerType, { nullable: true, description: 'The signed-in viewer when it worked' })
  viewer!: ViewerType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

@ObjectType('LogOutPayload')
export class LogOutPayloadType {
  @Field()
  ok!: boolean;
}

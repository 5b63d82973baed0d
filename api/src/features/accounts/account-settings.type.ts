import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { UserErrorType } from '../../schema/user-error.type.js';
import { ViewerType } from './viewer.type.js';

@ObjectType('OkPayload', { description: 'Result of an action with nothing else to return' })
export class OkPayloadType {
  @Field()
  ok!: boolean;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

@ObjectType('ViewerPayload')
export class ViewerPayloadType extends PayloadType('viewer', () => ViewerType) {}

@ObjectType('SessionInfo', { description: 'A browser signed in to your account' })
export class SessionInfoType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  lastSeenAt!: Date;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field({ description: 'The session making this request' })
  current!: boolean;
}

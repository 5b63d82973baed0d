import { Field, ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { ViewerType } from './viewer.type.js';

@ObjectType('AuthPayload')
export class AuthPayloadType extends PayloadType('viewer', () => ViewerType, {
  description: 'The signed-in viewer when it worked',
}) {}

@ObjectType('LogOutPayload')
export class LogOutPayloadType {
  @Field()
  ok!: boolean;
}

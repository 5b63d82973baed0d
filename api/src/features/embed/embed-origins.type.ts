import { Field, ObjectType } from 'type-graphql';
import { UserErrorType } from '../../schema/user-error.type.js';

@ObjectType('EmbedOriginsPayload')
export class EmbedOriginsPayloadType {
  @Field(() => [String], { nullable: true, description: "The institute's allowed sites after the change" })
  origins!: string[] | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

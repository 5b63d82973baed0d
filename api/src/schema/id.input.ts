import { Field, ID, InputType } from 'type-graphql';

/** The base of an input about one object: its global id, `id`. The base itself is never in the schema. */
@InputType()
export abstract class IdInput {
  @Field(() => ID)
  id!: string;
}

import { Field, ObjectType } from 'type-graphql';

@ObjectType('ContactOfficer', {
  simpleResolvers: true,
  description: "The officer who handles a listing; reached through the office's mailbox",
})
export class ContactOfficerType {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;
}

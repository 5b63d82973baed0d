import { Field, ID, InputType } from 'type-graphql';

@InputType('RemoveDisclosureAttachmentInput')
export class RemoveDisclosureAttachmentInput {
  @Field(() => ID, { description: 'The DisclosureAttachment' })
  id!: string;
}

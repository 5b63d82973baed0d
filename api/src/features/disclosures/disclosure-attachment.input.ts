import { Field, ID, InputType } from 'type-graphql';
import type { RemoveDisclosureAttachmentFields } from './disclosure-attachment.service.js';

@InputType('RemoveDisclosureAttachmentInput')
export class RemoveDisclosureAttachmentInput implements RemoveDisclosureAttachmentFields {
  @Field(() => ID, { description: 'The DisclosureAttachment' })
  id!: string;
}

import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { DisclosureAttachmentRecord } from './disclosure-records.js';

@ObjectType('DisclosureAttachment', {
  implements: NodeType,
  description:
    'A file attached to a disclosure (drawing, draft manuscript, data sheet): seen by whoever sees the disclosure',
})
export class DisclosureAttachmentType extends NodeType implements DisclosureAttachmentRecord {
  readonly __typename = 'DisclosureAttachment' as const;
  dbId!: number;
  disclosureId!: number;

  @Field({ description: 'The name it was uploaded with, without any folder' })
  fileName!: string;

  @Field({ description: 'What the content was recognised as: application/pdf, image/png or image/jpeg' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  byteSize!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field({ description: 'Same-origin path that serves the file to people signed in who may see the disclosure' })
  downloadUrl!: string;

  @Field(() => String, { nullable: true, description: 'Who attached it (null when that account is gone)' })
  uploadedByName!: string | null;
}

import { DeliveryMilestone, ServiceFilePurpose } from '@tt/shared/service-delivery-rules';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import { PayloadType } from '../../schema/payload.type.js';
import { ExpressionOfInterestType } from '../interest/expression-of-interest.type.js';
import type { DeliveryMilestoneRecord, DeliveryRecord } from './delivery.service.js';
import type { ServiceFileRecord } from './service-file.service.js';

registerEnumType(DeliveryMilestone, {
  name: 'DeliveryMilestone',
  description: 'A service request delivery milestone, in order (samples received is optional)',
});
registerEnumType(ServiceFilePurpose, {
  name: 'ServiceFilePurpose',
  description: "DELIVERY (the office's delivered files) or ETHICS_APPROVAL (the company's, for biobank requests)",
});

@ObjectType('DeliveryMilestoneEntry')
export class DeliveryMilestoneEntryType implements DeliveryMilestoneRecord {
  @Field(() => DeliveryMilestone)
  milestone!: DeliveryMilestone;

  @Field(() => DateTimeResolver)
  reachedAt!: Date;

  @Field({ description: 'Both sides read it' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'Who recorded it: the office sees it; null for the company' })
  recordedByName!: string | null;
}

@ObjectType('ServiceDelivery', { description: "A service request's delivery: its milestones, for both sides" })
export class ServiceDeliveryType implements DeliveryRecord {
  @Field({
    description: 'Whether delivery may start: the company accepted a quote and the request is still open or agreed',
  })
  mayStart!: boolean;

  @Field(() => [DeliveryMilestoneEntryType], { description: 'Reached, oldest first' })
  milestones!: DeliveryMilestoneEntryType[];

  @Field(() => [DeliveryMilestone], { description: 'What the viewer (its office) may record next' })
  nextMilestones!: DeliveryMilestone[];
}

@ObjectType('ServiceFile', {
  implements: NodeType,
  description: "A file of a service request, for its two sides only (delivered, or the company's ethics approval)",
})
export class ServiceFileType extends NodeType implements ServiceFileRecord {
  readonly __typename = 'ServiceFile' as const;
  dbId!: number;
  eoiId!: number;

  @Field(() => ServiceFilePurpose)
  purpose!: ServiceFilePurpose;

  @Field()
  fileName!: string;

  @Field({ description: 'What the content was recognised as (application/pdf, an Office type, an image)' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  byteSize!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field({ description: "Same-origin path that serves the file to the request's two sides" })
  downloadUrl!: string;

  @Field(() => String, { nullable: true, description: 'Who uploaded it: the office sees it; null for the company' })
  uploadedByName!: string | null;
}

@ObjectType('DeliveryPayload')
export class DeliveryPayloadType extends PayloadType('expressionOfInterest', () => ExpressionOfInterestType) {}

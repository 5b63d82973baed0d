import { DELIVERY_LIMITS, DeliveryMilestone } from '@tt/shared/service-delivery-rules';
import { Field, ID, InputType } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { TextLimit } from '../../schema/text-input.js';

@InputType('RecordDeliveryMilestoneInput')
export class RecordDeliveryMilestoneInput {
  @Field(() => ID, { description: 'The service request (an ExpressionOfInterest id)' })
  eoiId!: string;

  @Field(() => DeliveryMilestone, { description: 'The next one (see ServiceDelivery.nextMilestones)' })
  milestone!: DeliveryMilestone;

  @Field(() => String, { nullable: true, description: 'A short note the company reads too' })
  @TextLimit({ max: DELIVERY_LIMITS.noteMax })
  note?: string | null;
}

@InputType('RemoveServiceFileInput')
export class RemoveServiceFileInput extends IdInput {}

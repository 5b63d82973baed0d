import { type ServiceCapacity, ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { TextLimit } from '../../schema/text-input.js';
import type { SetServiceCapacityArgs } from './capacity.service.js';

const DAY = { max: 10, singleLine: true };

@ObjectType('ServiceCapacity', {
  simpleResolvers: true,
  description: "A service's capacity as of today, set by its office (public: no office-internal data)",
})
export class ServiceCapacityType implements ServiceCapacity {
  @Field(() => ServiceCapacityStatus, {
    description: 'A service fully booked until a day that is over accepts requests again',
  })
  status!: ServiceCapacityStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day fully booked (FULLY_BOOKED only)' })
  fullyBookedUntil!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, the next day work can start (ACCEPTING_REQUESTS only; null once passed)',
  })
  nextSlotOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Typical turnaround in weeks: this many, or from this many' })
  turnaroundWeeksMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'The upper end of a turnaround range in weeks (null: none)' })
  turnaroundWeeksMax!: number | null;
}

@InputType('SetServiceCapacityInput', { description: "A service listing's capacity (the whole of it, replaced)" })
export class SetServiceCapacityInput extends IdInput implements SetServiceCapacityArgs {
  @Field(() => ServiceCapacityStatus)
  status!: ServiceCapacityStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD after today: required when FULLY_BOOKED, else null' })
  @TextLimit(DAY)
  fullyBookedUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later; only when ACCEPTING_REQUESTS' })
  @TextLimit(DAY)
  nextSlotOn!: string | null;

  @Field(() => Int, { nullable: true, description: '1–104 weeks' })
  turnaroundWeeksMin!: number | null;

  @Field(() => Int, { nullable: true, description: '1–104 weeks, not below turnaroundWeeksMin (a range)' })
  turnaroundWeeksMax!: number | null;
}

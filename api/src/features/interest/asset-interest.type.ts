import { InterestType } from '@tt/shared/eoi-transitions';
import { Field, Int, ObjectType } from 'type-graphql';
import { ValueCountType } from '../../schema/value-count.type.js';

@ObjectType('InterestTypeCount')
export class InterestTypeCountType extends ValueCountType('interestType', () => InterestType) {}

@ObjectType('AssetInterestSummary', {
  description: 'How much interest a listing drew, without saying who: for its inventors and its office',
})
export class AssetInterestSummaryType {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => [InterestTypeCountType])
  byType!: InterestTypeCountType[];
}

import { InterestType } from '@tt/shared/eoi-transitions';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('InterestTypeCount')
export class InterestTypeCountType {
  @Field(() => InterestType)
  interestType!: InterestType;

  @Field(() => Int)
  count!: number;
}

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

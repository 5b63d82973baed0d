import { Field, Int, ObjectType } from 'type-graphql';
import type { AssetFacets, FacetValue } from './asset-records.js';

@ObjectType('FacetValue', { simpleResolvers: true })
export class FacetValueType implements FacetValue {
  @Field({ description: 'Enum value, TRL number, or the slug of a sector or institute' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Display label where the value is an id' })
  label!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AssetFacets', {
  simpleResolvers: true,
  description: 'Counts per value, each reflecting the query and every other active filter',
})
export class AssetFacetsType implements AssetFacets {
  @Field(() => [FacetValueType])
  kinds!: FacetValueType[];

  @Field(() => [FacetValueType])
  sectors!: FacetValueType[];

  @Field(() => [FacetValueType])
  trl!: FacetValueType[];

  @Field(() => [FacetValueType])
  ipStatuses!: FacetValueType[];

  @Field(() => [FacetValueType])
  institutions!: FacetValueType[];

  @Field(() => [FacetValueType])
  partneringModels!: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'Values: ListingAvailability' })
  availabilities!: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'Services only. Values: ServiceCapacityStatus ("accepting requests")' })
  capacities!: FacetValueType[];
}

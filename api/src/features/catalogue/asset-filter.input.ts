import { AssetKind, IpStatus, PartneringModel } from '@tt/shared/asset-enums';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { Field, InputType, Int } from 'type-graphql';
import type { AssetFilter } from './catalogue-criteria.js';

@InputType('AssetFilter', { description: 'Values within a list are alternatives; lists combine with AND' })
export class AssetFilterInput implements AssetFilter {
  @Field(() => [AssetKind], { nullable: true })
  kinds?: AssetKind[];

  @Field(() => [String], { nullable: true, description: 'Sector or therapeutic-area slugs or ids; children included' })
  sectors?: string[];

  @Field(() => Int, { nullable: true })
  trlMin?: number;

  @Field(() => Int, { nullable: true })
  trlMax?: number;

  @Field(() => [IpStatus], { nullable: true })
  ipStatuses?: IpStatus[];

  @Field(() => [String], { nullable: true, description: 'Institute slugs or ids' })
  institutions?: string[];

  @Field(() => [PartneringModel], { nullable: true })
  partneringModels?: PartneringModel[];

  @Field(() => [ListingAvailability], { nullable: true })
  availabilities?: ListingAvailability[];

  @Field(() => [ServiceCapacityStatus], {
    nullable: true,
    description:
      'Services with one of these capacities (ACCEPTING_REQUESTS: "accepting requests"); other kinds never match',
  })
  capacities?: ServiceCapacityStatus[];
}

import { AssetStatus } from '@tt/shared/asset-enums';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../pagination/page-info.type.js';
import { UserErrorType } from '../../schema/user-error.type.js';
import { AssetType } from '../catalogue/asset.type.js';
import type {
  ListingConnectionRecord,
  ListingStatusCountRecord,
  OfficeListingConnectionRecord,
} from './listing-records.js';

@ObjectType('ListingPayload')
export class ListingPayloadType {
  @Field(() => AssetType, {
    nullable: true,
    description:
      'The listing as it is now (also on a VERSION_CONFLICT, and the existing one when a disclosure already has a listing)',
  })
  asset!: AssetType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

@ObjectType('ListingStatusCount')
export class ListingStatusCountType implements ListingStatusCountRecord {
  @Field(() => AssetStatus)
  status!: AssetStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('OfficeListingEdge')
export class OfficeListingEdgeType {
  @Field()
  cursor!: string;

  @Field(() => AssetType)
  node!: AssetType;
}

@ObjectType('OfficeListingConnection', { description: "The office's listings in every status, last changed first" })
export class OfficeListingConnectionType implements OfficeListingConnectionRecord {
  @Field(() => [OfficeListingEdgeType])
  edges!: OfficeListingEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [ListingStatusCountType], { description: 'Per status, regardless of the status filter' })
  statusCounts!: ListingStatusCountType[];
}

@ObjectType('MyListingEdge')
export class MyListingEdgeType {
  @Field()
  cursor!: string;

  @Field(() => AssetType)
  node!: AssetType;
}

@ObjectType('MyListingConnection', {
  description: 'The published listings the researcher is an inventor of, newest first (with `interestSummary`)',
})
export class MyListingConnectionType implements ListingConnectionRecord {
  @Field(() => [MyListingEdgeType])
  edges!: MyListingEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

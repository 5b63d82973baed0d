import { AssetStatus } from '@tt/shared/asset-enums';
import { Field, ObjectType } from 'type-graphql';
import { CountedConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { PayloadType } from '../../schema/payload.type.js';
import { ValueCountType } from '../../schema/value-count.type.js';
import { AssetType } from '../catalogue/asset.type.js';
import type {
  ListingConnectionRecord,
  ListingStatusCountRecord,
  OfficeListingConnectionRecord,
} from './listing-records.js';

@ObjectType('ListingPayload')
export class ListingPayloadType extends PayloadType('asset', () => AssetType, {
  description:
    'The listing as it is now (also on a VERSION_CONFLICT, and the existing one when a disclosure already has a listing)',
}) {}

@ObjectType('ListingStatusCount')
export class ListingStatusCountType
  extends ValueCountType('status', () => AssetStatus)
  implements ListingStatusCountRecord {}

@ObjectType('OfficeListingEdge')
export class OfficeListingEdgeType extends EdgeType(() => AssetType) {}

@ObjectType('OfficeListingConnection', { description: "The office's listings in every status, last changed first" })
export class OfficeListingConnectionType
  extends CountedConnectionType(() => OfficeListingEdgeType)
  implements OfficeListingConnectionRecord
{
  @Field(() => [ListingStatusCountType], { description: 'Per status, regardless of the status filter' })
  statusCounts!: ListingStatusCountType[];
}

@ObjectType('MyListingEdge')
export class MyListingEdgeType extends EdgeType(() => AssetType) {}

@ObjectType('MyListingConnection', {
  description: 'The published listings the researcher is an inventor of, newest first (with `interestSummary`)',
})
export class MyListingConnectionType
  extends CountedConnectionType(() => MyListingEdgeType)
  implements ListingConnectionRecord {}

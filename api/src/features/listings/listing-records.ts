import type { AssetStatus } from '@tt/shared/asset-enums';
import type { PageInfo } from '../../pagination/page-info.js';
import type { toAssetRecord } from '../catalogue/asset-records.js';

// The records the listing services return; the GraphQL classes in listing.type.ts implement them.

/** A listing as the services hand it over (the record toAssetRecord makes). */
export type ListingRecord = ReturnType<typeof toAssetRecord>;

/** A page of listings, each with its cursor. */
export interface ListingConnectionRecord {
  edges: { cursor: string; node: ListingRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ListingStatusCountRecord {
  status: AssetStatus;
  count: number;
}

/** The office's page of listings, with the count per status regardless of the status filter. */
export interface OfficeListingConnectionRecord extends ListingConnectionRecord {
  statusCounts: ListingStatusCountRecord[];
}

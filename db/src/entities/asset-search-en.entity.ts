import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AssetKind, IpStatus } from '@tt/shared/asset-enums';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { Asset } from './asset.entity.js';

/**
 * The English half of a listing's search row (asset_search): what a search in English reads, and nothing of the
 * Italian texts: 76 MB against 122 MB at scale, a common word's matches on 9 600 heap pages instead of 12 250 (see the
 * asset_search_en migration).
 * Kept by statement triggers on asset_search (asset_search_en_copy), never written by the application. The
 * columns are in the order the catalogue reads them: the facets' fixed-width values and keys first, the ranking
 * vector after them, so counting facets never steps over a vector.
 */
export const AssetSearchEn = defineEntity({
  name: 'AssetSearchEn',
  tableName: 'asset_search_en',
  properties: {
    asset: () => p.oneToOne(Asset).primary().owner().deleteRule('cascade').updateRule('cascade'),
    publishedAt: p.datetime(),
    updatedAt: p.datetime(),
    trl: p.smallint(),
    kind: p.enum(() => AssetKind).nativeEnumName('asset_kind'),
    ipStatus: p.enum(() => IpStatus).nativeEnumName('ip_status'),
    institutionId: p.integer(),
    availability: p.enum(() => ListingAvailability).nativeEnumName('listing_availability'),
    capacity: p
      .enum(() => ServiceCapacityStatus)
      .nativeEnumName('service_capacity_status')
      .nullable(),
    /**
     * The facets' codes (search_facet_code): kind, TRL, IP status, availability and capacity as one code, the
     * partnering models' key and the sectors' key as one each. Counting a search's facets groups by these integers
     * (a common word's one-pass statement ×0.90 of the database's CPU against the values and keys).
     */
    facetCode: p.integer(),
    partneringCode: p.integer(),
    sectorCode: p.integer(),
    partneringModels: p.array(),
    sectorIds: p.type('int[]'),
    /**
     * The facets' keys: partnering_models and sector_ids as one string each ('A,B'). Grouping by a string hashes
     * it once; grouping by an array hashes and compares it element by element (13.5 → 8.7 ms for a common word's
     * 18 590 matches on the scale data).
     */
    partneringKey: p.text(),
    sectorKey: p.text(),
    titleKey: p.text(),
    rankVectorEn: p.type('tsvector').lazy(),
    matchVectorEn: p.type('tsvector').lazy(),
  },
  indexes: [{ name: 'asset_search_en_match_vector_en_idx', properties: ['matchVectorEn'], type: 'gin' }],
});
export type AssetSearchEn = InferEntity<typeof AssetSearchEn>;

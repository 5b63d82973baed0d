import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AssetKind, IpStatus } from '@tt/shared/asset-enums';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { Asset } from './asset.entity.js';

/**
 * A statement trigger on asset_search calling `fn` with the rows of one kind of change as transition tables:
 * asset_facet_delta_apply (the kept facet counts) reads the old and new rows of an update, asset_search_en_copy (the
 * English rows) only the new ones.
 */
function statementTrigger(name: string, fn: string, event: 'insert' | 'update' | 'delete', withOldOnUpdate: boolean) {
  const tables = {
    insert: 'new table as new_rows',
    update: withOldOnUpdate ? 'old table as old_rows new table as new_rows' : 'new table as new_rows',
    delete: 'old table as old_rows',
  };
  return {
    name: `${name}_${event}`,
    timing: 'after' as const,
    events: [event],
    expression: `create trigger "${name}_${event}" after ${event} on "asset_search" referencing ${tables[event]} for each statement execute function "${fn}"()`,
  };
}

/**
 * The search row of a PUBLISHED listing (see the asset_search migration): what matching filters, ranking,
 * ordering and facets read, narrow and inline. Written only by the triggers on asset, asset_sector and
 * sector, never by the application.
 */
export const AssetSearch = defineEntity({
  name: 'AssetSearch',
  tableName: 'asset_search',
  properties: {
    asset: () => p.oneToOne(Asset).primary().owner().deleteRule('cascade').updateRule('cascade'),
    publishedAt: p.datetime(),
    /**
     * The listing's updated_at (moved by every edit and publication, never by what the API recomputes): the feeds'
     * order, read here so a feed of a common word never visits the listings it does not show.
     */
    updatedAt: p.datetime(),
    titleKey: p.text(),
    kind: p.enum(() => AssetKind).nativeEnumName('asset_kind'),
    trl: p.smallint(),
    ipStatus: p.enum(() => IpStatus).nativeEnumName('ip_status'),
    institutionId: p.integer(),
    partneringModels: p.array(),
    /** The listing's sectors and all their ancestors. */
    sectorIds: p.type('int[]'),
    availability: p
      .enum(() => ListingAvailability)
      .nativeEnumName('listing_availability')
      .default(ListingAvailability.AVAILABLE),
    /** A service's capacity status (the facet "accepting requests"); null for every other kind. */
    capacity: p
      .enum(() => ServiceCapacityStatus)
      .nativeEnumName('service_capacity_status')
      .nullable(),
    /**
     * The facets' keys: partnering_models and sector_ids as one string each ('A,B'), cheaper to group by than the
     * arrays (see asset-search-en.entity.ts, which keeps the same).
     */
    partneringKey: p.text(),
    sectorKey: p.text(),
    /**
     * The English text for ranking, stored inline: title and keywords (A), summary (B), patent numbers (D); never
     * the description. Searched with the English parse of a query only.
     */
    rankVectorEn: p.type('tsvector').lazy(),
    /** The same of the Italian text (Italian stemming), searched with the Italian parse of a query only. */
    rankVectorIt: p.type('tsvector').lazy(),
    /** The whole English text (the long texts and the sectors' labels, C), for matching through its GIN index only. */
    matchVectorEn: p.type('tsvector').lazy(),
    /** The whole Italian text, for matching only. */
    matchVectorIt: p.type('tsvector').lazy(),
  },
  indexes: [
    {
      name: 'asset_search_newest_idx',
      expression: `create index "asset_search_newest_idx" on "asset_search" ("published_at" desc, "asset_id" desc)`,
    },
    {
      // The feeds: the latest change first (CatalogueSearch.latestChanges).
      name: 'asset_search_updated_idx',
      expression: `create index "asset_search_updated_idx" on "asset_search" ("updated_at" desc, "asset_id" desc)`,
    },
    { name: 'asset_search_title_idx', properties: ['titleKey', 'asset'] },
    { name: 'asset_search_match_vector_en_idx', properties: ['matchVectorEn'], type: 'gin' },
    { name: 'asset_search_match_vector_it_idx', properties: ['matchVectorIt'], type: 'gin' },
    // Recommendations: a company's interests over every listing's title, keywords and summary (recommended_listings).
    { name: 'asset_search_rank_vector_en_idx', properties: ['rankVectorEn'], type: 'gin' },
    { name: 'asset_search_rank_vector_it_idx', properties: ['rankVectorIt'], type: 'gin' },
    { name: 'asset_search_sector_ids_idx', properties: ['sectorIds'], type: 'gin' },
  ],
  triggers: (['insert', 'update', 'delete'] as const).flatMap((event) => [
    statementTrigger('asset_facet_delta', 'asset_facet_delta_apply', event, true),
    statementTrigger('asset_search_en', 'asset_search_en_copy', event, false),
  ]),
});
export type AssetSearch = InferEntity<typeof AssetSearch>;

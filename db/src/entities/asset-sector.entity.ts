import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Sector } from './sector.entity.js';

export const AssetSector = defineEntity({
  name: 'AssetSector',
  properties: {
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().deleteRule('cascade'),
  },
  // A sector's listings, read from the index alone.
  indexes: [{ name: 'asset_sector_sector_asset_idx', properties: ['sector', 'asset'] }],
  triggers: [
    catalogueRevisionTrigger('asset_sector'),
    {
      name: 'asset_search',
      timing: 'after',
      events: ['insert', 'update', 'delete'],
      expression: `create trigger "asset_search" after insert or update or delete on "asset_sector" for each row execute function "asset_search_from_asset_sector"()`,
    },
    {
      name: 'asset_related',
      timing: 'after',
      events: ['insert', 'update', 'delete'],
      expression: `create trigger "asset_related" after insert or update or delete on "asset_sector" for each row execute function "asset_related_from_asset_sector"()`,
    },
  ],
});
export type AssetSector = InferEntity<typeof AssetSector>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * A distinct set of sectors (sorted ids) some published listing carries: as many as the taxonomy's
 * combinations in use. Related listings are ranked by the sectors their set shares (see the related_listings
 * migration). Written only by the triggers on asset and asset_sector.
 */
export const SectorSet = defineEntity({
  name: 'SectorSet',
  properties: {
    id: p.integer().primary().autoincrement(),
    sectorIds: p.type('int[]').unique(),
  },
  indexes: [{ name: 'sector_set_sector_ids_idx', properties: ['sectorIds'], type: 'gin' }],
});
export type SectorSet = InferEntity<typeof SectorSet>;

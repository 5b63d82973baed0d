import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { Sector } from './sector.entity.js';

export const AssetSector = defineEntity({
  name: 'AssetSector',
  properties: {
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().index().deleteRule('cascade'),
  },
});
export type AssetSector = InferEntity<typeof AssetSector>;

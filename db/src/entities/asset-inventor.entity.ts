import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Inventor } from './inventor.entity.js';

/** An inventor named on an asset, in the order the office lists them. */
export const AssetInventor = defineEntity({
  name: 'AssetInventor',
  properties: {
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    inventor: () => p.manyToOne(Inventor).primary().index().deleteRule('cascade'),
    position: p.smallint().default(0),
  },
  triggers: [catalogueRevisionTrigger('asset_inventor')],
});
export type AssetInventor = InferEntity<typeof AssetInventor>;

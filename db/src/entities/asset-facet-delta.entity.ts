import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * Signed changes to the facet counts of the whole published catalogue (the landing page): summed by
 * (facet, value) they give the counts. Appended by a trigger on asset_search, folded by the writers.
 */
export const AssetFacetDelta = defineEntity({
  name: 'AssetFacetDelta',
  properties: {
    id: p.bigint().primary().autoincrement(),
    facet: p.text(),
    value: p.text(),
    delta: p.integer(),
  },
});
export type AssetFacetDelta = InferEntity<typeof AssetFacetDelta>;

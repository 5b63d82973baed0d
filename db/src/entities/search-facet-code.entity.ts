import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * A small integer for each combination of facet values a published listing carries, which the English search rows
 * (asset_search_en) keep instead of the values themselves for the facets' counting: one integer to group by
 * where there were five columns or a string (18 590 matches for a common word, grouped four ways).
 * - `combined`: the facets of few values, kind, TRL, IP status, availability and capacity, as one key
 *   ('INVENTION,3,PATENT_GRANTED,AVAILABLE,': the capacity empty when the listing has none);
 * - `partneringModels`, `sectors`: the key of the listing's partnering models and of its sectors (as
 *   asset_search's `partnering_key` and `sector_key`).
 * Written only by asset_search_en's trigger (a code per new combination, never removed: as many as the
 * combinations ever used, about 250 at scale).
 */
export const SearchFacetCode = defineEntity({
  name: 'SearchFacetCode',
  properties: {
    code: p.integer().primary().autoincrement(),
    facet: p.text(),
    key: p.text(),
  },
  uniques: [{ name: 'search_facet_code_facet_key_unique', properties: ['facet', 'key'] }],
});
export type SearchFacetCode = InferEntity<typeof SearchFacetCode>;

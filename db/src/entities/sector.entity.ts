import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { TaxonomyKind } from '@tt/shared/taxonomy-enums';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';

/** A term of the shared taxonomy: a sector or a therapeutic area, possibly under a parent. */
export const Sector = defineEntity({
  name: 'Sector',
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(80).unique(),
    kind: p.enum(() => TaxonomyKind).nativeEnumName('taxonomy_kind'),
    parent: () => p.manyToOne(Sector).nullable().index().fieldName('parent_id'),
    labelEn: p.string().length(120),
    labelIt: p.string().length(120),
    position: p.integer().default(0),
    /** Retired: kept for history and for its slug, gone from pickers, filters and facets; null while in use. */
    retiredAt: p.datetime().nullable(),
    /** The term that replaced it when it was retired: its old slug resolves to this one. */
    replacedBy: () => p.manyToOne(Sector).nullable().fieldName('replaced_by_id').deleteRule('set null'),
  },
  triggers: [
    catalogueRevisionTrigger('sector'),
    {
      name: 'asset_search',
      timing: 'after',
      events: ['update'],
      expression: `create trigger "asset_search" after update of "parent_id" on "sector" for each statement execute function "asset_search_from_sector"()`,
    },
    {
      // A label is searched for in the rows of the listings under its term (and its descendants).
      name: 'asset_search_labels',
      timing: 'after',
      events: ['update'],
      expression: `create trigger "asset_search_labels" after update of "label_en", "label_it" on "sector" for each row execute function "asset_search_from_sector_label"()`,
    },
  ],
});
export type Sector = InferEntity<typeof Sector>;

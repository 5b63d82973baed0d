import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { PlatformKind } from '@tt/shared/taxonomy-enums';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Institution } from './institution.entity.js';

/** A research platform or facility of an institute (genomics, biobank, animal facility...). */
export const Platform = defineEntity({
  name: 'Platform',
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(80).unique(),
    institution: () => p.manyToOne(Institution).index(),
    name: p.string().length(200),
    kind: p.enum(() => PlatformKind).nativeEnumName('platform_kind'),
    description: p.text(),
    capabilities: p.array().default([]),
    /** The Italian description and capabilities: empty until translated (English is the reference). */
    descriptionIt: p.text().default(''),
    capabilitiesIt: p.array().default([]),
    /** Retired: gone from public pages and pickers; the listings, managers and requests naming it keep working. */
    retiredAt: p.datetime().nullable(),
  },
  triggers: [catalogueRevisionTrigger('platform')],
});
export type Platform = InferEntity<typeof Platform>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Institution } from './institution.entity.js';

/**
 * A website allowed to show an institute's listings widget in a frame (issue #14): its origin, normalised
 * (`https://host[:port]`, shared/src/embed-origins.ts). The widget's page names these in `frame-ancestors`.
 */
export const InstitutionEmbedOrigin = defineEntity({
  name: 'InstitutionEmbedOrigin',
  tableName: 'institution_embed_origin',
  properties: {
    id: p.integer().primary().autoincrement(),
    institution: () => p.manyToOne(Institution).deleteRule('cascade'),
    origin: p.string().length(300),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'institution_embed_origin_unique', properties: ['institution', 'origin'] }],
});
export type InstitutionEmbedOrigin = InferEntity<typeof InstitutionEmbedOrigin>;

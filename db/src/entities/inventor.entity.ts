import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { User } from './user.entity.js';

/** An inventor's public profile. The e-mail is for the office only and never exposed. */
export const Inventor = defineEntity({
  name: 'Inventor',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(160),
    affiliation: p.string().length(240),
    email: p.string().length(200).nullable(),
    /** The researcher's account, when the inventor has one: they see the interest in their listings. */
    user: () => p.manyToOne(User).nullable().index().deleteRule('set null'),
  },
  triggers: [catalogueRevisionTrigger('inventor')],
});
export type Inventor = InferEntity<typeof Inventor>;

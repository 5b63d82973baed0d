import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** An inventor's public profile. The e-mail is for the office only and never exposed. */
export const Inventor = defineEntity({
  name: 'Inventor',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(160),
    affiliation: p.string().length(240),
    email: p.string().length(200).nullable(),
  },
});
export type Inventor = InferEntity<typeof Inventor>;

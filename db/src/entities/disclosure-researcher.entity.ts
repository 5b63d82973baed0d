import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Disclosure } from './disclosure.entity.js';
import { User } from './user.entity.js';

/** A researcher account on a disclosure: they see it, edit its drafts and answer the office. */
export const DisclosureResearcher = defineEntity({
  name: 'DisclosureResearcher',
  properties: {
    disclosure: () => p.manyToOne(Disclosure).primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).primary().index(),
  },
});
export type DisclosureResearcher = InferEntity<typeof DisclosureResearcher>;

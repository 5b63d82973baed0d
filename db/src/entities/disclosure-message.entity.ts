import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Disclosure } from './disclosure.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/** A message in the thread between a disclosure's researchers and the office. */
export const DisclosureMessage = defineEntity({
  name: 'DisclosureMessage',
  properties: {
    id: p.integer().primary().autoincrement(),
    disclosure: () => p.manyToOne(Disclosure).index().deleteRule('cascade'),
    author: () => p.manyToOne(User).nullable(),
    body: p.text(),
    language: writtenLanguage(),
    createdAt: p.datetime(),
  },
});
export type DisclosureMessage = InferEntity<typeof DisclosureMessage>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/** A message in an EoI's thread. Internal notes are the office's only and never reach the company. */
export const EoiMessage = defineEntity({
  name: 'EoiMessage',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterest).index().deleteRule('cascade'),
    author: () => p.manyToOne(User).nullable(),
    body: p.text(),
    language: writtenLanguage(),
    internal: p.boolean().default(false),
    createdAt: p.datetime(),
  },
});
export type EoiMessage = InferEntity<typeof EoiMessage>;

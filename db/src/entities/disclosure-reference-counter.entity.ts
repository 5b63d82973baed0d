import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Institution } from './institution.entity.js';

/**
 * The last reference number given per institute and year. Incremented with
 * `update … returning` inside the submitting transaction: the row lock makes concurrent
 * submissions wait, and a rolled-back submission gives its number back, so numbers are gap-free.
 */
export const DisclosureReferenceCounter = defineEntity({
  name: 'DisclosureReferenceCounter',
  properties: {
    institution: () => p.manyToOne(Institution).primary().deleteRule('cascade'),
    year: p.smallint().primary(),
    lastNumber: p.integer().default(0),
  },
});
export type DisclosureReferenceCounter = InferEntity<typeof DisclosureReferenceCounter>;

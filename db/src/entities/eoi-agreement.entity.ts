import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Agreement } from './agreement.entity.js';
import { ExpressionOfInterestTarget } from './expression-of-interest.entity.js';

/**
 * The expression of interest an agreement came from (one at most per agreement; an EoI may lead to several, a CDA
 * then a licence), and whether it is the one that closed the EoI when the office moved it to AGREED (one per EoI).
 * A table of its own rather than a column: the entity types of an agreement stay small enough to infer.
 */
export const EoiAgreement = defineEntity({
  name: 'EoiAgreement',
  tableName: 'eoi_agreement',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterestTarget).index().deleteRule('cascade'),
    agreement: () => p.manyToOne(Agreement).unique().deleteRule('cascade'),
    closesEoi: p.boolean().default(false),
    createdAt: p.datetime(),
  },
  indexes: [
    {
      name: 'eoi_agreement_one_closing',
      expression: `create unique index "eoi_agreement_one_closing" on "eoi_agreement" ("eoi_id") where "closes_eoi"`,
    },
  ],
});
export type EoiAgreement = InferEntity<typeof EoiAgreement>;

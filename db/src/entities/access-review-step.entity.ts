import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AccessReviewOutcome, AccessReviewStep as Step } from '@tt/shared/access-review-rules';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';

/**
 * A decided step of a biobank request's access path (shared/access-review-rules.ts): one row per step and EoI,
 * written by the office; a step without a row is pending. A step asked for changes is decided again in place.
 */
export const AccessReviewStep = defineEntity({
  name: 'AccessReviewStep',
  tableName: 'access_review_step',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterest).deleteRule('cascade'),
    step: p.enum(() => Step).nativeEnumName('access_review_step_kind'),
    outcome: p.enum(() => AccessReviewOutcome).nativeEnumName('access_review_outcome'),
    decidedAt: p.datetime(),
    decidedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** A short note on the decision: shown to the company too (it is the reason the applicant is given). */
    note: p.text().default(''),
  },
  uniques: [{ name: 'access_review_step_one_per_eoi', properties: ['eoi', 'step'] }],
});
export type AccessReviewStep = InferEntity<typeof AccessReviewStep>;

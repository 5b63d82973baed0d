import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AccessMaterial } from '@tt/shared/access-review-rules';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';

/**
 * What a biobank request states besides the EoI (whose intended use it shares): samples or data, and the project.
 * A table of its own, written by a mutation after the submission, so the EoI's tuned submission stays untouched.
 */
export const AccessRequest = defineEntity({
  name: 'AccessRequest',
  tableName: 'access_request',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.oneToOne(ExpressionOfInterest).owner().unique().deleteRule('cascade'),
    material: p.enum(() => AccessMaterial).nativeEnumName('access_material'),
    projectTitle: p.string().length(200),
    projectSummary: p.text(),
    statedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    statedAt: p.datetime(),
  },
});
export type AccessRequest = InferEntity<typeof AccessRequest>;

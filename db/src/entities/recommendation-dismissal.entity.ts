import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { Company } from './company.entity.js';

/** A listing a company no longer wants recommended (its reason is in listing_feedback). */
export const RecommendationDismissal = defineEntity({
  name: 'RecommendationDismissal',
  tableName: 'recommendation_dismissal',
  properties: {
    company: () => p.manyToOne(Company).primary().deleteRule('cascade'),
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type RecommendationDismissal = InferEntity<typeof RecommendationDismissal>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { DeliveryMilestone as Milestone } from '@tt/shared/service-delivery-rules';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';

/** A delivery milestone a service request reached (shared/service-delivery-rules.ts): once each, by the office. */
export const DeliveryMilestone = defineEntity({
  name: 'DeliveryMilestone',
  tableName: 'delivery_milestone',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterest).deleteRule('cascade'),
    milestone: p.enum(() => Milestone).nativeEnumName('delivery_milestone_kind'),
    reachedAt: p.datetime(),
    recordedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** Shown to the company with the milestone. */
    note: p.text().default(''),
  },
  uniques: [{ name: 'delivery_milestone_once_per_eoi', properties: ['eoi', 'milestone'] }],
});
export type DeliveryMilestone = InferEntity<typeof DeliveryMilestone>;

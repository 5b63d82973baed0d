import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AGREEMENT_LIMITS, MilestoneKind, MilestoneStatus } from '@tt/shared/agreement-rules';
import { Agreement } from './agreement.entity.js';

/**
 * A payment of an option's or a licence's financial terms: the upfront, a milestone (due on a date or when an
 * event happens), an annual fee; in euro cents, with what was received and when.
 */
export const AgreementMilestone = defineEntity({
  name: 'AgreementMilestone',
  tableName: 'agreement_milestone',
  properties: {
    id: p.integer().primary().autoincrement(),
    agreement: () => p.manyToOne(Agreement).index().deleteRule('cascade'),
    kind: p.enum(() => MilestoneKind).nativeEnumName('milestone_kind'),
    event: p.string().length(AGREEMENT_LIMITS.milestoneEventMax),
    dueDate: p.date().nullable(),
    trigger: p.string().length(AGREEMENT_LIMITS.milestoneTriggerMax).nullable(),
    amountCents: p.bigint('number').check('amount_cents >= 0'),
    status: p
      .enum(() => MilestoneStatus)
      .nativeEnumName('milestone_status')
      .default(MilestoneStatus.EXPECTED),
    receivedAmountCents: p.bigint('number').nullable().check('received_amount_cents >= 0'),
    receivedOn: p.date().nullable(),
    createdAt: p.datetime(),
  },
});
export type AgreementMilestone = InferEntity<typeof AgreementMilestone>;

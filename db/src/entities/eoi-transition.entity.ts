import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { EoiStatus } from '@tt/shared/eoi-transitions';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/** Every change of an EoI's status: who, when, from, to, and why. */
export const EoiTransition = defineEntity({
  name: 'EoiTransition',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterest).index().deleteRule('cascade'),
    actor: () => p.manyToOne(User).nullable(),
    fromStatus: p
      .enum(() => EoiStatus)
      .nativeEnumName('eoi_status')
      .nullable(),
    toStatus: p.enum(() => EoiStatus).nativeEnumName('eoi_status'),
    reason: p.text().nullable(),
    /** What the reason, if any, was written in. */
    language: writtenLanguage(),
    at: p.datetime(),
  },
});
export type EoiTransition = InferEntity<typeof EoiTransition>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { Disclosure } from './disclosure.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/** Every change of a disclosure's status: who, when, from, to, and why. */
export const DisclosureTransition = defineEntity({
  name: 'DisclosureTransition',
  properties: {
    id: p.integer().primary().autoincrement(),
    disclosure: () => p.manyToOne(Disclosure).index().deleteRule('cascade'),
    actor: () => p.manyToOne(User).nullable(),
    fromStatus: p
      .enum(() => DisclosureStatus)
      .nativeEnumName('disclosure_status')
      .nullable(),
    toStatus: p.enum(() => DisclosureStatus).nativeEnumName('disclosure_status'),
    reason: p.text().nullable(),
    /** What the reason, if any, was written in. */
    language: writtenLanguage(),
    at: p.datetime(),
  },
});
export type DisclosureTransition = InferEntity<typeof DisclosureTransition>;

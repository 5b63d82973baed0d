import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';

/** When a user last read an EoI's thread, to count unread replies. */
export const EoiReadMarker = defineEntity({
  name: 'EoiReadMarker',
  properties: {
    eoi: () => p.manyToOne(ExpressionOfInterest).primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    readAt: p.datetime(),
  },
});
export type EoiReadMarker = InferEntity<typeof EoiReadMarker>;

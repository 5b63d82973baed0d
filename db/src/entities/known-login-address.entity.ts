import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * An address a user signed in from successfully: while an account is under attack from elsewhere, its
 * owner still signs in from the addresses they usually use (see api/src/auth/login-throttle.ts).
 */
export const KnownLoginAddress = defineEntity({
  name: 'KnownLoginAddress',
  properties: {
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    ip: p.string().length(64).primary(),
    lastSuccessAt: p.datetime(),
  },
});
export type KnownLoginAddress = InferEntity<typeof KnownLoginAddress>;

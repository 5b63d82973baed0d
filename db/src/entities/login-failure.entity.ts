import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A failed log-in, counted per account and per IP address to slow down password guessing. */
export const LoginFailure = defineEntity({
  name: 'LoginFailure',
  properties: {
    id: p.integer().primary(),
    email: p.string().length(200),
    ip: p.string().length(64),
    at: p.datetime(),
  },
  indexes: [{ properties: ['email', 'at'] }, { properties: ['ip', 'at'] }],
});
export type LoginFailure = InferEntity<typeof LoginFailure>;

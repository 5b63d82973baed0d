import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { User } from './user.entity.js';

export const TokenPurpose = {
  VERIFY_EMAIL: 'VERIFY_EMAIL',
  RESET_PASSWORD: 'RESET_PASSWORD',
} as const;
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

/** A single-use, expiring link sent by e-mail (verification, password reset). Only its hash is stored. */
export const OneTimeToken = defineEntity({
  name: 'OneTimeToken',
  properties: {
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    purpose: p.enum(() => TokenPurpose).nativeEnumName('token_purpose'),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
export type OneTimeToken = InferEntity<typeof OneTimeToken>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A signed-in browser. Only the SHA-256 of the cookie's random token is stored. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'user_session',
  properties: {
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).index().deleteRule('cascade'),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    lastSeenAt: p.datetime(),
    /** Absolute end, whatever the activity. */
    expiresAt: p.datetime(),
    userAgent: p.string().length(300).nullable(),
    ip: p.string().length(64).nullable(),
  },
});
export type Session = InferEntity<typeof Session>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * The counters of the API's rate limits (rate-limiter-flexible's PostgreSQL store, shared by every API
 * process): one row per limit and key, e.g. `sign_up_per_address:203.0.113.9`, with the points used in the
 * current window and when the window ends (epoch milliseconds). The store expects exactly these columns.
 */
export const RateLimit = defineEntity({
  name: 'RateLimit',
  properties: {
    key: p.string().length(255).primary(),
    points: p.integer().default(0),
    expire: p.bigint().nullable(),
  },
  indexes: [{ properties: ['expire'] }],
});
export type RateLimit = InferEntity<typeof RateLimit>;

import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import type { RateLimiter } from './rate-limiter.js';
import { loginDelaySeconds } from './rate-limits.js';

// Password guessing slows the guesser, not the owner (limits in rate-limits.ts):
// - one account from one address: after 5 consecutive failures each further one makes that pair wait, 1 s,
//   2 s, 4 s… up to 15 minutes; a success clears the pair's count. Nobody else is affected.
// - one address on any accounts (spraying) and one account from any addresses (distributed guessing): past a
//   generous number of failures in an hour, only addresses the account has signed in from before (its
//   owner's) may still try it. A known address is never refused by these two.

/** An address counts as the account's own for this long after its last successful log-in from it. */
export const KNOWN_ADDRESS_DAYS = 90;

const pair = (email: string, ip: string) => `${ip}|${email}`;

/** Whether the user signed in successfully from this address in the last 90 days. */
export async function isKnownAddress(db: Db, userId: number, ip: string): Promise<boolean> {
  const rows = await db
    .selectFrom('known_login_address')
    .select((eb) => eb.lit(1).as('known'))
    .where('user_id', '=', userId)
    .where('ip', '=', ip.slice(0, 64))
    .where('last_success_at', '>', sql<Date>`now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})`)
    .execute();
  return rows.length > 0;
}

/** Milliseconds until this address may try this account (known or not) again; 0 when it may now. */
export async function loginRetryAfter(
  limiter: RateLimiter,
  email: string,
  ip: string,
  knownAddress: boolean,
): Promise<number> {
  const waits = [limiter.waitMs('LOGIN_DELAY_PER_ACCOUNT_AND_ADDRESS', pair(email, ip))];
  if (!knownAddress) {
    waits.push(limiter.waitMs('LOGIN_FAILURES_PER_ADDRESS', ip), limiter.waitMs('LOGIN_FAILURES_PER_ACCOUNT', email));
  }
  return Math.max(0, ...(await Promise.all(waits)));
}

/** Counts a failure (an unknown e-mail like any other, so the limits reveal nothing) and sets the pair's delay. */
export async function recordLoginFailure(limiter: RateLimiter, email: string, ip: string): Promise<void> {
  const [failures] = await Promise.all([
    limiter.count('LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS', pair(email, ip)),
    limiter.count('LOGIN_FAILURES_PER_ADDRESS', ip),
    limiter.count('LOGIN_FAILURES_PER_ACCOUNT', email),
  ]);
  const delay = loginDelaySeconds(failures);
  if (delay > 0) await limiter.block('LOGIN_DELAY_PER_ACCOUNT_AND_ADDRESS', pair(email, ip), delay);
}

/** Clears the pair's failures and remembers the address as the account's own. */
export async function recordLoginSuccess(
  db: Db,
  limiter: RateLimiter,
  user: { id: number; email: string },
  ip: string,
): Promise<void> {
  await limiter.reset('LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS', pair(user.email, ip));
  await db
    .insertInto('known_login_address')
    .values((eb) => ({ user_id: user.id, ip: ip.slice(0, 64), last_success_at: eb.fn<Date>('now') }))
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'ip'])
        .doUpdateSet((eb) => ({ last_success_at: eb.ref('excluded.last_success_at') })),
    )
    .execute();
}

import { type Kysely, sql } from 'kysely';
import { toDate } from '../services/records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Milliseconds until another attempt is allowed for this account or address; 0 when allowed now. */
export async function loginRetryAfter(db: Db, email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const { rows } = await sql<{
    scope: 'email' | 'ip';
    count: string;
    oldest: string | Date | null;
    nth: string | Date | null;
  }>`
    select 'email' as scope, count(*) as count, min(at) as oldest,
      (array_agg(at order by at desc))[${MAX_FAILURES_PER_ACCOUNT}] as nth
    from login_failure where email = ${email} and at > ${since}
    union all
    select 'ip', count(*), min(at), (array_agg(at order by at desc))[${MAX_FAILURES_PER_IP}]
    from login_failure where ip = ${ip} and at > ${since}`.execute(db);
  let wait = 0;
  for (const row of rows) {
    const limit = row.scope === 'email' ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_IP;
    if (Number(row.count) >= limit && row.nth) {
      // Allowed again once the failure that reached the limit leaves the window.
      wait = Math.max(wait, toDate(row.nth).getTime() + LOGIN_WINDOW_MS - now.getTime());
    }
  }
  return Math.max(0, wait);
}

export async function recordLoginFailure(db: Db, email: string, ip: string, now = new Date()): Promise<void> {
  await sql`insert into login_failure (email, ip, at) values (${email}, ${ip}, ${now})`.execute(db);
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await sql`delete from login_failure where email = ${email}`.execute(db);
}

import type { Db } from '@tt/db/database';
import type { UserRole } from '@tt/shared/company-enums';
import { type RawBuilder, sql } from 'kysely';
import { toDate } from '../database/to-date.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session-policy.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import type { Viewer } from './viewer.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session and returns the token for the cookie. */
export async function createSession(db: Db, userId: number, meta: SessionMeta, now = new Date()): Promise<string> {
  const { token, hash } = newToken();
  const expires = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await sql`insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at, user_agent, ip)
    values (${userId}, ${hash}, ${now}, ${now}, ${expires}, ${meta.userAgent?.slice(0, 300) ?? null}, ${meta.ip?.slice(0, 64) ?? null})`.execute(
    db,
  );
  return token;
}

interface SessionRow {
  session_id: number;
  last_seen_at: string | Date;
  expires_at: string | Date;
  user_id: number;
  role: UserRole;
  institution_id: number | null;
  company_id: number | null;
}

/**
 * The session and its user behind a token (no row when either is gone or the user is disabled). The user is
 * fetched by primary key for the one session row (the LIMIT keeps the subquery from being flattened into a
 * join): as a plain join, the sessions table's statistics (often taken when it held a few rows) let the planner
 * choose a merge join that walks every user up to this one, 1–2 ms at 5 000 users. `prepared`: sent as the
 * named statement `session-viewer` (planning it cost more than running it).
 */
function sessionLookup(token: string, prepared = false) {
  return sql<SessionRow>`${sql.raw(prepared ? '/* prepared: session-viewer */ ' : '')}select s.id as session_id,
      s.last_seen_at, s.expires_at, u.id as user_id, u.role, u.institution_id, u.company_id
    from user_session s
    cross join lateral (
      select id, role, institution_id, company_id from app_user where id = s.user_id and disabled_at is null limit 1
    ) u
    where s.token_hash = ${hashToken(token)}`;
}

/** The viewer of a session row read just now, or null when it expired or sat idle too long (it is then ended). */
async function admitSession(db: Db, row: SessionRow | undefined, now: Date): Promise<Viewer | null> {
  if (!row) return null;
  const lastSeen = toDate(row.last_seen_at).getTime();
  if (toDate(row.expires_at).getTime() <= now.getTime() || lastSeen + SESSION_IDLE_MS <= now.getTime()) {
    await sql`delete from user_session where id = ${row.session_id}`.execute(db);
    return null;
  }
  if (now.getTime() - lastSeen > SESSION_TOUCH_MS) {
    await sql`update user_session set last_seen_at = ${now} where id = ${row.session_id}`.execute(db);
  }
  return {
    userId: row.user_id,
    sessionId: row.session_id,
    role: row.role,
    institutionId: row.institution_id,
    companyId: row.company_id,
  };
}

/** The viewer behind a cookie token, or null when it is unknown, expired, idle too long, or the user is disabled. */
export async function resolveSession(db: Db, token: string | undefined, now = new Date()): Promise<Viewer | null> {
  if (!looksLikeToken(token)) return null;
  const { rows } = await sessionLookup(token, true).execute(db);
  return admitSession(db, rows[0], now);
}

/**
 * resolveSession, and one more value read in the same statement (a request that needs both pays one round
 * trip): the same checks, against the database as it is now.
 */
export async function resolveSessionAlong<T>(
  db: Db,
  token: string | undefined,
  along: RawBuilder<T>,
  options: { now?: Date; prepared?: string } = {},
): Promise<{ viewer: Viewer | null; along: T }> {
  const now = options.now ?? new Date();
  // Prepared (see db/src/prepared-statement-client.ts) under `prepared`, when `along`'s text never varies: the
  // response cache runs this for every cached answer, where planning would cost more than the answer.
  const mark = (suffix: string) => sql.raw(options.prepared ? `/* prepared: ${options.prepared}${suffix} */ ` : '');
  if (!looksLikeToken(token)) {
    const { rows } = await sql<{ along: T }>`${mark('-anonymous')}select ${along} as along`.execute(db);
    return { viewer: null, along: rows[0]!.along };
  }
  const { rows } = await sql<Partial<SessionRow> & { along: T }>`${mark('')}select ${along} as along, s.*
    from (select 1) one left join (${sessionLookup(token)}) s on true`.execute(db);
  const row = rows[0]!;
  return {
    viewer: await admitSession(db, row.session_id == null ? undefined : (row as SessionRow), now),
    along: row.along,
  };
}

export async function endSession(db: Db, sessionId: number): Promise<void> {
  await sql`delete from user_session where id = ${sessionId}`.execute(db);
}

/** Ends every session of a user, except optionally the one making the change. */
export async function endAllSessions(db: Db, userId: number, except?: number): Promise<void> {
  await sql`delete from user_session where user_id = ${userId} and id <> ${except ?? 0}`.execute(db);
}

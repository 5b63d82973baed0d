import type { Db } from '@tt/db/database';
import { type AliasableExpression, type Compilable, type InferResult, sql } from 'kysely';
import { executePrepared } from '../database/prepared-query.js';
import { QueryTemplates } from '../database/query-templates.js';
import { toDate } from '../database/to-date.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session-policy.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import type { Viewer } from './viewer.js';

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session and returns the token for the cookie. */
export async function createSession(db: Db, userId: number, meta: SessionMeta, now = new Date()): Promise<string> {
  const { token, hash } = newToken();
  const expires = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insertInto('user_session')
    .values({
      user_id: userId,
      token_hash: hash,
      created_at: now,
      last_seen_at: now,
      expires_at: expires,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip?.slice(0, 64) ?? null,
    })
    .execute();
  return token;
}

/**
 * The session and its user behind a token (no row when either is gone or the user is disabled). The user is
 * fetched by primary key for the one session row (the LIMIT keeps the subquery from being flattened into a
 * join): as a plain join, the sessions table's statistics (often taken when it held a few rows) let the planner
 * choose a merge join that walks every user up to this one, 1–2 ms at 5 000 users. resolveSession sends it as
 * the named statement `session-viewer` (planning it cost more than running it).
 */
function sessionLookup(db: Db, tokenHash: string) {
  return db
    .selectFrom('user_session as s')
    .crossJoinLateral((eb) =>
      eb
        .selectFrom('app_user')
        .select(['app_user.id', 'app_user.role', 'app_user.institution_id', 'app_user.company_id'])
        // A platform manager's platforms, in the same statement: everyone else's is an empty array.
        .select(
          sql<
            number[]
          >`array(select pm.platform_id from platform_manager pm where pm.user_id = app_user.id order by 1)`.as(
            'platform_ids',
          ),
        )
        .whereRef('app_user.id', '=', 's.user_id')
        .where('app_user.disabled_at', 'is', null)
        // A literal, as the statement's text always had: the LIMIT is there for the planner, not the input.
        .limit((eb) => eb.lit(1))
        .as('u'),
    )
    .select([
      's.id as session_id',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.role',
      'u.institution_id',
      'u.company_id',
      'u.platform_ids',
    ])
    .where('s.token_hash', '=', tokenHash);
}

/** The lookups above, built and compiled once each (query-templates.ts): every request runs one. */
const templates = new QueryTemplates(20);

type SessionRow = InferResult<ReturnType<typeof sessionLookup>>[number];

/** The viewer of a session row read just now, or null when it expired or sat idle too long (it is then ended). */
async function admitSession(db: Db, row: SessionRow | undefined, now: Date): Promise<Viewer | null> {
  if (!row) return null;
  const lastSeen = toDate(row.last_seen_at).getTime();
  if (toDate(row.expires_at).getTime() <= now.getTime() || lastSeen + SESSION_IDLE_MS <= now.getTime()) {
    await endSession(db, row.session_id);
    return null;
  }
  if (now.getTime() - lastSeen > SESSION_TOUCH_MS) {
    await db.updateTable('user_session').set({ last_seen_at: now }).where('id', '=', row.session_id).execute();
  }
  return {
    userId: row.user_id,
    sessionId: row.session_id,
    role: row.role,
    institutionId: row.institution_id,
    companyId: row.company_id,
    platformIds: row.platform_ids ?? [],
  };
}

/** The viewer behind a cookie token, or null when it is unknown, expired, idle too long, or the user is disabled. */
export async function resolveSession(db: Db, token: string | undefined, now = new Date()): Promise<Viewer | null> {
  if (!looksLikeToken(token)) return null;
  const query = templates.compile(db, 'session-viewer', [hashToken(token)] as const, ([hash]) =>
    sessionLookup(db, hash),
  );
  const rows = await executePrepared(db, 'session-viewer', query);
  return admitSession(db, rows[0], now);
}

/**
 * resolveSession, and one more value read in the same statement (a request that needs both pays one round
 * trip): the same checks, against the database as it is now.
 */
export async function resolveSessionAlong<T>(
  db: Db,
  token: string | undefined,
  along: AliasableExpression<T>,
  options: { now?: Date; prepared?: string } = {},
): Promise<{ viewer: Viewer | null; along: T }> {
  const now = options.now ?? new Date();
  // Prepared (see db/src/prepared-statement-client.ts) under `prepared`, when `along` never varies (its text nor its
  // values: the statement is compiled once, query-templates.ts): the response cache runs this for every cached
  // answer, where planning would cost more than the answer.
  const run = async <Inputs extends readonly string[], Row>(
    suffix: string,
    inputs: Inputs,
    build: (inputs: Inputs) => Compilable<Row>,
  ): Promise<Row[]> => {
    if (!options.prepared) return (await db.executeQuery(build(inputs))).rows;
    const name = `${options.prepared}${suffix}`;
    return executePrepared(db, name, templates.compile(db, name, inputs, build));
  };
  if (!looksLikeToken(token)) {
    const rows = await run('-anonymous', [] as const, () => db.selectNoFrom(along.as('along')));
    // SelectType<T> is T for any column-free value; TypeScript cannot see it for a generic T.
    return { viewer: null, along: rows[0]!.along as T };
  }
  const rows = await run('', [hashToken(token)] as const, ([hash]) =>
    db
      .selectFrom(db.selectNoFrom((eb) => eb.lit(1).as('one')).as('one'))
      .leftJoin(sessionLookup(db, hash).as('s'), (join) => join.onTrue())
      .select(along.as('along'))
      .selectAll('s'),
  );
  const row = rows[0]!;
  return {
    viewer: await admitSession(db, row.session_id == null ? undefined : (row as SessionRow), now),
    along: row.along as T,
  };
}

export async function endSession(db: Db, sessionId: number): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, except optionally the one making the change. */
export async function endAllSessions(db: Db, userId: number, except?: number): Promise<void> {
  await db
    .deleteFrom('user_session')
    .where('user_id', '=', userId)
    .where('id', '<>', except ?? 0)
    .execute();
}

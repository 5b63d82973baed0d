import type { Db } from '@tt/db/database';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSession } from '../auth/session.service.js';
import { newToken } from '../auth/tokens.js';
import { type PlanNode, planNodes } from '../test-support/explain-plugin.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

// Every signed-in request looks its session up. Written as a plain join, the planner chose a merge join that
// walked the users' primary key from the first user up to the session's (about 1 ms at 5 000 users) whenever
// the sessions' statistics were taken while only a few, early users had sessions, as on the scale data.
// Here: 3 000 more users, sessions for the first ones only when the statistics are taken, and the lookup of a
// session of the last user must still read that user by primary key.

/**
 * A pool whose statements are sent with EXPLAIN (FORMAT JSON) in front (after compilation, so a built query is
 * explained as sent, its prepared-statement mark a mere comment here); the plan is kept and no row comes back.
 */
function explainingPool(pool: pg.Pool, plans: PlanNode[]): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      return {
        query: async (text: string, parameters: unknown[]) => {
          const result = await client.query(`explain (format json) ${text}`, parameters);
          const plan = (result.rows[0]?.['QUERY PLAN'] as { Plan: PlanNode }[] | undefined)?.[0]?.Plan;
          if (!plan) throw new Error('EXPLAIN returned no plan');
          plans.push(plan);
          return { ...result, rows: [] };
        },
        release: () => client.release(),
      } as unknown as PostgresPoolClient;
    },
    end: async () => {},
    options: pool.options,
  };
}

let database: TestDatabase;
let pool: pg.Pool;
let lastUserToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
  await pool.query(`
    insert into app_user (email, name, role, company_id, created_at)
    select 'plan-user-' || n || '@example.test', 'Plan user ' || n, 'COMPANY_MEMBER', u.company_id, now()
    from generate_series(1, 3000) n, (select company_id from app_user where role = 'COMPANY_MEMBER' limit 1) u`);
  await pool.query(`
    insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at)
    select id, md5(id::text), now(), now(), now() + interval '1 day' from app_user order by id limit 5`);
  await pool.query('analyze app_user; analyze user_session');
  const { token, hash } = newToken();
  await pool.query(
    `insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at)
     select max(id), $1, now(), now(), now() + interval '1 day' from app_user`,
    [hash],
  );
  lastUserToken = token;
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

describe('the session lookup', () => {
  it('reads the one user by primary key, never walking the users', async () => {
    const plans: PlanNode[] = [];
    const db: Db = new Kysely({ dialect: new PostgresDialect({ pool: explainingPool(pool, plans) }) });
    await resolveSession(db, lastUserToken);
    const plan = planNodes(plans[0]!);
    expect(plan.map((node) => node['Node Type'])).not.toContain('Merge Join');
    const users = plan.filter((node) => node['Relation Name'] === 'app_user');
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ 'Index Name': 'app_user_pkey', 'Index Cond': '(id = s.user_id)' });
  });

  it('still finds the viewer', async () => {
    const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    const viewer = await resolveSession(db, lastUserToken);
    expect(viewer).toMatchObject({ role: 'COMPANY_MEMBER' });
  });
});

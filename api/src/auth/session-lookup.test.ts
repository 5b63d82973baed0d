import type { Db } from '@tt/db/database';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createSession, endSession, resolveSession, resolveSessionAlong } from './session.service.js';

// The session lookups are compiled once, the token hash a placeholder filled in for each call: every call must
// still be answered for its own token, against the database as it is at that moment (nothing is kept between
// requests), so a session ended, a user disabled or a role changed counts on the very next request.

let database: TestDatabase;
let pool: pg.Pool;
let db: Db;
const meta = { ip: null, userAgent: null };

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  db = new Kysely({ dialect: new PostgresDialect({ pool }) });
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

async function userOf(role: string): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    'select id from app_user where role = $1 and disabled_at is null order by id limit 1',
    [role],
  );
  return rows[0]!.id;
}

const revision = sql<string>`(select cast(revision as text) from catalogue_revision where id = 1)`;
const along = (token: string | undefined) =>
  resolveSessionAlong(db, token, revision, { prepared: 'test-session-along' });

describe('the session lookup, compiled once', () => {
  it('answers each call for its own token, alone or along with another value', async () => {
    const member = await userOf('COMPANY_MEMBER');
    const officer = await userOf('TT_OFFICER');
    const memberToken = await createSession(db, member, meta);
    const officerToken = await createSession(db, officer, meta);
    for (let round = 0; round < 3; round += 1) {
      expect(await resolveSession(db, memberToken)).toMatchObject({ userId: member, role: 'COMPANY_MEMBER' });
      expect(await resolveSession(db, officerToken)).toMatchObject({ userId: officer, role: 'TT_OFFICER' });
      const [a, b, anonymous] = await Promise.all([along(memberToken), along(officerToken), along(undefined)]);
      expect(a.viewer).toMatchObject({ userId: member });
      expect(b.viewer).toMatchObject({ userId: officer });
      expect(anonymous.viewer).toBeNull();
      expect(a.along).toMatch(/^\d+$/);
      expect(anonymous.along).toBe(a.along);
    }
    // A token nobody holds: no viewer, the other value still read.
    const unknown = await along('x'.repeat(43));
    expect(unknown.viewer).toBeNull();
    expect(unknown.along).toMatch(/^\d+$/);
  });

  it('refuses a session on the first request after it is ended or its user disabled', async () => {
    const member = await userOf('COMPANY_MEMBER');
    const token = await createSession(db, member, meta);
    const viewer = await resolveSession(db, token);
    expect((await along(token)).viewer).toMatchObject({ userId: member });
    await endSession(db, viewer!.sessionId);
    expect(await resolveSession(db, token)).toBeNull();
    expect((await along(token)).viewer).toBeNull();

    const again = await createSession(db, member, meta);
    expect((await along(again)).viewer).toMatchObject({ userId: member });
    await pool.query('update app_user set disabled_at = now() where id = $1', [member]);
    try {
      expect(await resolveSession(db, again)).toBeNull();
      expect((await along(again)).viewer).toBeNull();
    } finally {
      await pool.query('update app_user set disabled_at = null where id = $1', [member]);
    }
  });

  it('sees a member moved to another company on the next request', async () => {
    const member = await userOf('COMPANY_MEMBER');
    const { rows } = await pool.query<{ from: number; to: number }>(
      `select u.company_id as from, (select min(c.id) from company c where c.id <> u.company_id) as to
       from app_user u where u.id = $1`,
      [member],
    );
    const { from, to } = rows[0]!;
    const token = await createSession(db, member, meta);
    expect((await along(token)).viewer).toMatchObject({ companyId: from });
    await pool.query('update app_user set company_id = $2 where id = $1', [member, to]);
    try {
      expect((await along(token)).viewer).toMatchObject({ companyId: to });
      expect(await resolveSession(db, token)).toMatchObject({ companyId: to });
    } finally {
      await pool.query('update app_user set company_id = $2 where id = $1', [member, from]);
    }
  });
});

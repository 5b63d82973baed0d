import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { useTestOrm } from '../test-support/use-test-orm.js';
import { housekeepingJob } from './housekeeping.job.js';
import { JOB_SCHEMA, JobRunner } from './job-runner.js';

const testDb = useTestOrm();
let runner: JobRunner;
beforeAll(async () => {
  // As on a fresh database: the test template has pg-boss's schema already (see global-setup.ts).
  await sql`drop schema if exists ${sql.id(JOB_SCHEMA)} cascade`.execute(db());
  runner = new JobRunner({
    databaseUrl: testDb.database.url,
    orm: testDb.orm,
    logger: createLogger('silent'),
    jobs: [housekeepingJob],
    pollingIntervalSeconds: 0.5,
  });
  await runner.start();
});
afterAll(async () => {
  await runner?.stop();
});

const db = () => testDb.db();

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(100);
  }
}

describe('job runner', () => {
  it('schedules housekeeping hourly and runs it in the queue', async () => {
    expect(await runner.schedules()).toContainEqual({ name: 'housekeeping', cron: housekeepingJob.cron });
    const { rows } = await sql<{ id: number }>`
      insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at)
      select id, md5(random()::text) || md5(random()::text), now() - interval '31 days', now() - interval '8 days',
        now() - interval '1 day'
      from app_user where email = 'admin@tt.demo' returning id`.execute(db());
    const expired = rows[0]!.id;
    // Null when a run is already waiting (the schedule's, at minute 17): that one prunes the row then.
    await runner.runNow('housekeeping');
    await until(async () => {
      const left = await sql`select 1 from user_session where id = ${expired}`.execute(db());
      return left.rows.length === 0;
    });
  });

  it("creates pg-boss's tables on start, in their own schema, which MikroORM's schema diff leaves alone", async () => {
    const { rows } = await sql<{ tables: number }>`
      select count(*)::int as tables from pg_tables where schemaname = ${JOB_SCHEMA}`.execute(db());
    expect(rows[0]!.tables).toBeGreaterThan(0);
    const diff = await testDb.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff).not.toMatch(/pgboss/i);
  });
});

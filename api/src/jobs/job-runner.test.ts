import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { useTestOrm } from '../test-support/use-test-orm.js';
import { housekeepingJob } from './housekeeping.job.js';
import { JOB_SCHEMA, type JobDefinition, JobRunner, jobName } from './job-runner.js';

const testDb = useTestOrm();
let runner: JobRunner;

/** What the test jobs below were run with, in order. */
const runs: { job: string; data: unknown }[] = [];
const RECORD = jobName<{ n: number | string }>('test-record');
const KEYED = jobName<{ n: number }>('test-keyed');
const WAKE_CHANNEL = 'test_wake';

const recordJob: JobDefinition<{ n: number | string }> = {
  name: RECORD,
  async run(_context, data) {
    runs.push({ job: RECORD, data });
  },
};
const keyedJob: JobDefinition<{ n: number }> = {
  name: KEYED,
  queue: { policy: 'exclusive' },
  async run(_context, data) {
    runs.push({ job: KEYED, data });
  },
};
const wokenJob: JobDefinition = {
  name: 'test-woken',
  wakeOn: WAKE_CHANNEL,
  async run(_context, data) {
    runs.push({ job: 'test-woken', data });
  },
};
const runsOf = (job: string) => runs.filter((run) => run.job === job).map((run) => run.data);
beforeAll(async () => {
  // As on a fresh database: the test template has pg-boss's schema already (see global-setup.ts).
  await sql`drop schema if exists ${sql.id(JOB_SCHEMA)} cascade`.execute(db());
  runner = new JobRunner({
    databaseUrl: testDb.database.url,
    orm: testDb.orm,
    logger: createLogger('silent'),
    jobs: [housekeepingJob, recordJob, keyedJob, wokenJob],
    pollingIntervalSeconds: 0.5,
    relistenMs: 100,
  });
  await runner.start();
});
afterAll(async () => {
  await runner?.stop();
});

const db = () => testDb.db();

async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
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

  it('runs a one-off job once for each send, with the data it was sent', async () => {
    expect(await runner.send(RECORD, { n: 1 })).toBeTruthy();
    expect(await runner.send(RECORD, { n: 2 })).toBeTruthy();
    await until(() => runsOf(RECORD).length === 2, 5000);
    expect(runsOf(RECORD)).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
    // @ts-expect-error: a job's name carries its data's type
    const wrongData = () => runner.send(RECORD, { m: 1 });
    expect(wrongData).toBeTypeOf('function');
  });

  it('starts a job sent with startAfter no sooner', async () => {
    const sent = Date.now();
    await runner.send(RECORD, { n: 'later' }, { startAfter: 2 });
    await sleep(1200);
    expect(runsOf(RECORD)).not.toContainEqual({ n: 'later' });
    await until(() => runsOf(RECORD).some((data) => (data as { n: unknown }).n === 'later'), 6000);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1900);
  });

  it("keeps one job per singletonKey under the queue's 'exclusive' policy", async () => {
    const inAMinute = new Date(Date.now() + 60_000);
    expect(await runner.send(KEYED, { n: 1 }, { singletonKey: 'request-1', startAfter: inAMinute })).toBeTruthy();
    expect(await runner.send(KEYED, { n: 2 }, { singletonKey: 'request-1', startAfter: inAMinute })).toBeNull();
    expect(await runner.send(KEYED, { n: 3 }, { singletonKey: 'request-2' })).toBeTruthy();
    await until(() => runsOf(KEYED).length === 1, 5000);
    expect(runsOf(KEYED)).toEqual([{ n: 3 }]);
  });

  it('sent in a transaction, a job exists only once the transaction commits', async () => {
    await expect(
      testDb.orm.em.fork().transactional(async (em) => {
        await runner.send(RECORD, { n: 'rolled back' }, { db: em.getKysely() });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await testDb.orm.em.fork().transactional(async (em) => {
      expect(await runner.send(RECORD, { n: 'committed' }, { db: em.getKysely() })).toBeTruthy();
      await sleep(1000); // polls pass meanwhile: not visible yet
      expect(runsOf(RECORD)).not.toContainEqual({ n: 'committed' });
    });
    await until(() => runsOf(RECORD).some((data) => (data as { n: unknown }).n === 'committed'), 5000);
    await sleep(1000);
    expect(runsOf(RECORD)).not.toContainEqual({ n: 'rolled back' });
  });

  it('runs a job at its start and on every commit that notifies its wakeOn channel', async () => {
    // The start's run, for what was notified while no runner listened.
    await until(() => runsOf('test-woken').length === 1, 5000);
    await testDb.orm.em.fork().transactional(async (em) => {
      await sql`select pg_notify(${WAKE_CHANNEL}, '')`.execute(em.getKysely());
      await sleep(700);
      expect(runsOf('test-woken')).toHaveLength(1);
    });
    await until(() => runsOf('test-woken').length === 2, 5000);
    expect(runsOf('test-woken')).toEqual([null, null]);
  });

  it('listens again when its LISTEN connection drops, and runs the woken job for what it may have missed', async () => {
    const before = runsOf('test-woken').length;
    const { rows } = await sql<{ ended: boolean }>`
      select pg_terminate_backend(pid) as ended from pg_stat_activity
      where application_name = 'tt-jobs-listen' and datname = current_database()`.execute(db());
    expect(rows).toEqual([{ ended: true }]);
    // Listening again, it runs the job once.
    await until(() => runsOf('test-woken').length === before + 1, 5000);
    await until(async () => {
      const listening = await sql`select 1 from pg_stat_activity
        where application_name = 'tt-jobs-listen' and datname = current_database()`.execute(db());
      return listening.rows.length === 1;
    }, 5000);
    await sql`select pg_notify(${WAKE_CHANNEL}, '')`.execute(db());
    await until(() => runsOf('test-woken').length === before + 2, 5000);
  });
});

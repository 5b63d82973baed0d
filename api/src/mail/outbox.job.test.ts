import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JobRunner } from '../jobs/job-runner.js';
import { createLogger } from '../logger.js';
import { ECHO_JOB, type JobProcess, startJobProcess } from '../test-support/start-job-process.js';
import { useTestOrm } from '../test-support/use-test-orm.js';
import { enqueueMail } from './enqueue-mail.js';
import type { OutgoingMail } from './mail-templates.js';
import { captureTransport } from './mail-transport.js';
import { outboxJob } from './outbox.job.js';
import { OutboxSender } from './outbox-sender.js';

// The outbox as the job queue runs it: woken by the commits that queue e-mail, worked by several processes at
// once, carried on by the next process after a stop or a crash. Each e-mail leaves exactly once: counted as
// the transports' sends per recipient, across every process.

const logger = createLogger('silent');
const testDb = useTestOrm();
const db = () => testDb.db();

function resetMail(to: string): OutgoingMail<'password-reset'> {
  return {
    to,
    language: 'en',
    template: 'password-reset',
    data: {
      name: 'Giulia',
      resetUrl: `http://localhost:4000/reset?token=${encodeURIComponent(to)}`,
      expiresInMinutes: 30,
    },
  };
}

async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(25);
  }
}

async function statuses(): Promise<{ recipient: string; status: string; attempts: number }[]> {
  const { rows } = await sql<{ recipient: string; status: string; attempts: number }>`
    select recipient, status, attempts from outbox_message order by id`.execute(db());
  return rows;
}

const allSent = async () => (await statuses()).every((row) => row.status === 'SENT');

/** How many times each recipient's e-mail went out, over all the given lists of sends. */
function sendsPerRecipient(...sent: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const to of sent.flat()) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

function expectEachSentOnce(recipients: string[], ...sent: string[][]): void {
  const counts = sendsPerRecipient(...sent);
  expect([...counts.keys()].sort()).toEqual([...recipients].sort());
  expect(
    [...counts.entries()].filter(([, n]) => n !== 1),
    'sent more than once',
  ).toEqual([]);
}

const processes: JobProcess[] = [];
async function jobProcess(env: Record<string, string> = {}): Promise<JobProcess> {
  const started = await startJobProcess(testDb.database.url, env);
  processes.push(started);
  return started;
}

beforeEach(async () => {
  await sql`delete from outbox_message`.execute(db());
});
afterAll(async () => {
  await Promise.all(processes.map((started) => started.kill()));
});

describe('the outbox job in one process', () => {
  let runner: JobRunner;
  const transport = captureTransport();
  beforeAll(async () => {
    runner = new JobRunner({
      databaseUrl: testDb.database.url,
      orm: testDb.orm,
      logger,
      jobs: [outboxJob(new OutboxSender({ orm: testDb.orm, transport, logger }))],
      // Longer than the test waits: only the commit's notification can start the run in time.
      pollingIntervalSeconds: 60,
    });
    await runner.start();
  });
  afterAll(() => runner?.stop());

  it('sends e-mail within moments of the commit that queued it, and not before', async () => {
    expect(await runner.schedules()).toContainEqual({ name: 'outbox', cron: '* * * * *' });
    const queued = Date.now();
    await testDb.orm.em.fork().transactional(async (em) => {
      await enqueueMail(em.getKysely(), resetMail('prompt-1@x.example'));
      await enqueueMail(em.getKysely(), resetMail('prompt-2@x.example'));
      await sleep(300);
      expect(transport.sent.filter((m) => m.to.startsWith('prompt-'))).toEqual([]);
    });
    await until(allSent, 5000);
    expect(Date.now() - queued).toBeLessThan(3000);
    expectEachSentOnce(
      ['prompt-1@x.example', 'prompt-2@x.example'],
      transport.sent.map((m) => m.to),
    );
  });
});

describe('the outbox job across processes', () => {
  it('two processes working the queue at once send each e-mail exactly once, and both send', async () => {
    const [a, b] = await Promise.all([jobProcess({ SEND_MS: '25' }), jobProcess({ SEND_MS: '25' })]);
    const recipients = Array.from({ length: 40 }, (_, i) => `two-${i}@x.example`);
    // One commit each, while both run: every commit wakes both processes.
    for (const to of recipients) await enqueueMail(db(), resetMail(to));
    await until(allSent);
    expectEachSentOnce(recipients, a.sent(), b.sent());
    expect(a.sent().length, 'sent by the first process').toBeGreaterThan(0);
    expect(b.sent().length, 'sent by the second process').toBeGreaterThan(0);
    expect((await statuses()).every((row) => row.attempts === 1)).toBe(true);
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
  });

  it('after a stop, the next process sends what was left, once, and runs the jobs that were waiting', async () => {
    const first = await jobProcess({ SEND_MS: '150' });
    const recipients = Array.from({ length: 8 }, (_, i) => `restart-${i}@x.example`);
    await testDb.orm.em.fork().transactional(async (em) => {
      for (const to of recipients) await enqueueMail(em.getKysely(), resetMail(to));
    });
    // A one-off job due after the stop, sent from here as application code would.
    const sender = new JobRunner({ databaseUrl: testDb.database.url, orm: testDb.orm, logger, jobs: [] });
    await sender.start();
    try {
      expect(await sender.send(ECHO_JOB, { text: 'after the restart' }, { startAfter: 2 })).toBeTruthy();
    } finally {
      await sender.stop();
    }
    await until(() => first.sent().length >= 2);
    expect(await first.stop()).toBe(0);
    const left = (await statuses()).filter((row) => row.status === 'PENDING');
    expect(left.length, 'e-mail left for the next process').toBeGreaterThan(0);
    expect(first.events.some((event) => event.event === 'echo')).toBe(false);

    const second = await jobProcess({ SEND_MS: '10' });
    await until(allSent);
    await second.waitFor((event) => event.event === 'echo');
    expectEachSentOnce(recipients, first.sent(), second.sent());
    expect(second.sent().sort()).toEqual(left.map((row) => row.recipient).sort());
    expect(second.events.filter((event) => event.event === 'echo')).toEqual([
      { event: 'echo', data: { text: 'after the restart' } },
    ]);
    expect(await second.stop()).toBe(0);
  });

  it('a process killed in the middle of a send loses nothing: the next one sends it, once', async () => {
    const crashing = await jobProcess({ HANG_ON: 'stuck@x.example' });
    const recipients = ['before@x.example', 'stuck@x.example', 'after@x.example'];
    for (const to of recipients) await enqueueMail(db(), resetMail(to));
    await crashing.waitFor((event) => event.event === 'sending' && event.to === 'stuck@x.example');
    await crashing.kill();
    expect(crashing.sent()).toEqual(['before@x.example']);

    const next = await jobProcess();
    await until(allSent);
    expectEachSentOnce(recipients, crashing.sent(), next.sent());
    expect(next.sent().sort()).toEqual(['after@x.example', 'stuck@x.example']);
    // The claim died with the process: no try was counted for it.
    expect(await statuses()).toEqual(recipients.map((recipient) => ({ recipient, status: 'SENT', attempts: 1 })));
    expect(await next.stop()).toBe(0);
  });
});

// Another API process's job runner, for the tests of the job queue across processes (start-job-process.ts): the outbox
// job over a transport that reports each send on stdout, and a one-off job "echo" that reports its data.
// Environment: DATABASE_URL; SEND_MS, how long each send takes; HANG_ON, a recipient whose send never ends (to
// kill the process in the middle of it).
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@tt/db/orm-config';
import { type JobDefinition, JobRunner } from '../jobs/job-runner.js';
import { createLogger } from '../logger.js';
import type { MailTransport } from '../mail/mail-transport.js';
import { outboxJob } from '../mail/outbox.job.js';
import { OutboxSender } from '../mail/outbox-sender.js';
import { ECHO_JOB, type JobProcessEvent } from './start-job-process.js';

function report(event: JobProcessEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

const databaseUrl = process.env.DATABASE_URL!;
const sendMs = Number(process.env.SEND_MS ?? 0);
const hangOn = process.env.HANG_ON;
const logger = createLogger('silent');

const transport: MailTransport = {
  async send(message) {
    report({ event: 'sending', to: message.to });
    if (message.to === hangOn) await new Promise(() => {});
    await sleep(sendMs);
    report({ event: 'sent', to: message.to });
  },
};

const echoJob: JobDefinition<{ text: string }> = {
  name: ECHO_JOB,
  async run(_context, data) {
    report({ event: 'echo', data });
  },
};

const orm = await MikroORM.init(createOrmConfig(databaseUrl));
const runner = new JobRunner({
  databaseUrl,
  orm,
  logger,
  jobs: [outboxJob(new OutboxSender({ orm, transport, logger })), echoJob],
  pollingIntervalSeconds: 0.5,
});
await runner.start();
process.once('SIGTERM', () => {
  void (async () => {
    await runner.stop();
    await orm.close();
    report({ event: 'stopped' });
    process.exit(0);
  })();
});
report({ event: 'ready' });

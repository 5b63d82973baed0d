import { MikroORM } from '@mikro-orm/postgresql';
import { resolveDatabase } from '@tt/db/database-url';
import { createOrmConfig } from '@tt/db/orm-config';
import { prepareDatabase } from '@tt/db/prepare-database';
import { hashPassword } from './auth/passwords.js';
import { ConfigError, demoModeNotice, loadConfig, mailTransportNotice } from './config.js';
import { housekeepingJob } from './jobs/housekeeping.job.js';
import { JobRunner } from './jobs/job-runner.js';
import { createLogger } from './logger.js';
import { captureTransport, smtpTransport } from './mail/mail-transport.js';
import { OutboxSender } from './mail/outbox-sender.js';
import { createEventPubSub } from './realtime/eoi-events.js';
import { PgEventBridge } from './realtime/pg-event-bridge.js';
import { buildAppSchema } from './schema/build-schema.js';
import { createServer } from './server.js';
import { OverdueReminder } from './services/eoi-overdue-reminder.service.js';
import { LocalAttachmentStorage } from './storage/local-attachment-storage.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
const started = performance.now();
const database = await resolveDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  embeddedPort: config.embeddedPostgresPort,
});
logger.info(
  { embedded: database.embedded },
  database.embedded ? 'embedded PostgreSQL started in .data/' : 'using DATABASE_URL',
);

// Twenty connections: with many companies submitting at once, requests otherwise queue for a connection
// while others hold theirs across their transaction's round trips (benchmarked: docs/performance.md).
const orm = await MikroORM.init(createOrmConfig(database.url, { poolMax: 20 }));
const prepared = await prepareDatabase(orm, { loadDemoData: config.loadDemoData, hashPassword });
logger.info(prepared, 'database ready');

const transport =
  config.mailTransport === 'smtp'
    ? smtpTransport(config.smtpUrl!, config.mailFrom)
    : config.mailTransport === 'capture'
      ? captureTransport()
      : null;
const outbox = transport ? new OutboxSender({ orm, transport, logger }) : null;
outbox?.start();
const mailNotice = mailTransportNotice(config);
if (mailNotice) logger.warn(mailNotice);
if (!config.production) logger.warn(demoModeNotice(config));

const reminders = new OverdueReminder({
  orm,
  logger,
  publicUrl: config.publicUrl,
});
reminders.start();

const jobs = new JobRunner({ databaseUrl: database.url, orm, logger, jobs: [housekeepingJob] });
await jobs.start();

const pubSub = createEventPubSub();
const events = new PgEventBridge({ databaseUrl: database.url, pubSub, logger });
await events.start();

const attachments = await LocalAttachmentStorage.open(config.attachmentsDir);
const server = await createServer({ orm, schema: await buildAppSchema(pubSub), config, logger, attachments });
server.httpServer.listen(config.port, config.host, () => {
  const ms = Math.round(performance.now() - started);
  logger.info({ port: config.port, startupMs: ms }, `TT Marketplace listening on http://localhost:${config.port}`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const force = setTimeout(() => {
    logger.error('shutdown took longer than 20 s; exiting');
    process.exit(1);
  }, 20_000);
  force.unref();
  try {
    await server.close();
    await events.stop();
    await reminders.stop();
    await jobs.stop();
    await outbox?.stop();
    await orm.close();
    await database.stop();
    logger.info('stopped');
  } catch (error) {
    logger.error({ err: error }, 'error during shutdown');
    process.exitCode = 1;
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

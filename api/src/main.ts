import path from 'node:path';
import { Readable } from 'node:stream';
import { MikroORM } from '@mikro-orm/postgresql';
import { DatabaseConnectionError } from '@tt/db/database-check';
import { type DatabaseHandle, resolveDatabase } from '@tt/db/database-url';
import { EmbeddedDatabaseError } from '@tt/db/embedded-postgres';
import { createOrmConfig } from '@tt/db/orm-config';
import { portProblem } from '@tt/db/port-check';
import { prepareDatabase } from '@tt/db/prepare-database';
import { hashPassword } from './auth/passwords.js';
import { loadSigningSecret } from './auth/signing-secret.js';
import { ConfigError, demoModeNotice, loadConfig, mailTransportNotice, readyLine } from './config.js';
import { agreementExpiryJob } from './features/agreements/agreement-expiry.job.js';
import { overdueReminderJob } from './features/interest/eoi-overdue-reminder.job.js';
import { listingExpiryJob } from './features/listings/listing-expiry.job.js';
import { requestExpiryJob } from './features/requests/request-expiry.job.js';
import { savedSearchAlertJobs } from './features/saved-searches/saved-search-alerts.job.js';
import { capacityReopeningJob } from './features/services/capacity-reopening.job.js';
import { housekeepingJob } from './jobs/housekeeping.job.js';
import { JobRunner } from './jobs/job-runner.js';
import { createLogger } from './logger.js';
import { loadMailMessages } from './mail/mail-messages.js';
import { captureTransport, smtpTransport } from './mail/mail-transport.js';
import { outboxJob } from './mail/outbox.job.js';
import { OutboxSender } from './mail/outbox-sender.js';
import { createEventPubSub } from './realtime/eoi-events.js';
import { PgEventBridge } from './realtime/pg-event-bridge.js';
import { buildAppSchema } from './schema/build-schema.js';
import { createServer } from './server.js';
import { LocalAttachmentStorage } from './storage/local-attachment-storage.js';

const portInUseMessage = (port: number) =>
  `Port ${port} is in use: another program (perhaps another TT Marketplace) listens on it. Stop it, or set PORT, e.g. PORT=${port + 1} npm start.`;

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

const logger = createLogger(config.logLevel, config.logFormat);
const started = performance.now();

// Until the server listens, a signal ends the start at once; process.exit lets the embedded database's exit hook
// stop it. Afterwards `shutdown` drains the requests first.
let ready = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (ready) void shutdown(signal);
    else {
      logger.info({ signal }, 'start-up interrupted');
      process.exit(1);
    }
  });
}

/** A directory as a person reads it: relative when inside the working directory, absolute otherwise. */
function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}

/** A start-up problem the person starting the app can fix: one clear line, no stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const portTaken = await portProblem(config.port, config.host);
if (portTaken?.code === 'EADDRINUSE') fail(portInUseMessage(config.port));
let database: DatabaseHandle;
try {
  database = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
  });
} catch (error) {
  if (error instanceof EmbeddedDatabaseError || error instanceof DatabaseConnectionError) fail(error.message);
  throw error;
}
logger.info(
  database.embedded ? `embedded PostgreSQL started (data in ${displayPath(config.dataDir)})` : 'using DATABASE_URL',
);

// Twenty connections: with many companies submitting at once, requests otherwise queue for a connection
// while others hold theirs across their transaction's round trips (benchmarked: docs/performance.md).
const orm = await MikroORM.init(createOrmConfig(database.url, { poolMax: 20 }));
const attachments = await LocalAttachmentStorage.open(config.attachmentsDir);
const prepared = await prepareDatabase(orm, {
  loadDemoData: config.loadDemoData,
  hashPassword,
  // The demo's files (a delivered report, an ethics approval) go through the storage the server serves them from.
  demoFiles: { put: (key, bytes) => attachments.put(key, Readable.from([bytes])) },
});
logger.info(
  { migrationsApplied: prepared.migrations.length, demoDataLoaded: prepared.demoDataLoaded },
  prepared.demoDataLoaded ? 'database ready, demo data loaded' : 'database ready',
);

const transport =
  config.mailTransport === 'smtp'
    ? smtpTransport(config.smtpUrl!, config.mailFrom)
    : config.mailTransport === 'capture'
      ? captureTransport()
      : null;
// The e-mails' catalogues are read and checked now: a broken one stops the start, not a send hours later.
loadMailMessages();
const mailNotice = mailTransportNotice(config);
if (mailNotice) logger.warn(mailNotice);
if (!config.production) logger.warn(demoModeNotice(config));

const signingSecret = await loadSigningSecret(config);

// All background work, on one queue shared by every API process.
const jobs = new JobRunner({
  databaseUrl: database.url,
  orm,
  logger,
  jobs: [
    housekeepingJob,
    overdueReminderJob(config.publicUrl),
    requestExpiryJob(config.publicUrl),
    agreementExpiryJob(config.publicUrl),
    listingExpiryJob(config.publicUrl),
    capacityReopeningJob,
    ...savedSearchAlertJobs({ publicUrl: config.publicUrl, signingSecret }),
    // Without a transport e-mail waits in the outbox.
    ...(transport ? [outboxJob(new OutboxSender({ orm, transport, logger }))] : []),
  ],
});
await jobs.start();

const pubSub = createEventPubSub();
const events = new PgEventBridge({ databaseUrl: database.url, pubSub, logger });
await events.start();

const server = await createServer({
  orm,
  schema: await buildAppSchema(pubSub),
  config: { ...config, signingSecret },
  logger,
  attachments,
  jobs,
});
server.httpServer.once('error', (error: NodeJS.ErrnoException) => {
  // Taken between the check at start and now: stop what was started, and say why.
  logger.fatal(error.code === 'EADDRINUSE' ? portInUseMessage(config.port) : `cannot listen: ${error.message}`);
  process.exitCode = 1;
  void shutdown('listen failed');
});
server.httpServer.listen(config.port, config.host, () => {
  ready = true;
  const ms = Math.round(performance.now() - started);
  logger.info({ port: config.port, startupMs: ms }, readyLine(config));
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
    await jobs.stop();
    await orm.close();
    await database.stop();
    logger.info('stopped');
  } catch (error) {
    logger.error({ err: error }, 'error during shutdown');
    process.exitCode = 1;
  }
  // Everything is closed: leave now rather than wait for a stray timer or socket of a library.
  process.exit();
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import pg from 'pg';
import { type ConstructorOptions, fromKysely, PgBoss, type Queue } from 'pg-boss';
import type { Logger } from '../logger.js';

/**
 * pg-boss keeps its tables in a schema of its own, created and migrated by pg-boss itself on start:
 * MikroORM's entities and migrations live in `public` and never see (nor try to drop) them.
 */
export const JOB_SCHEMA = 'pgboss';

export interface JobContext {
  /** Outside any transaction: a job opens the ones it needs. */
  db: Db;
  /** Runs `work` in a transaction of its own, committed when `work` resolves and rolled back when it throws. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>;
  logger: Logger;
  /** Aborted when the runner stops or the run outlives its queue's `expireInSeconds`: a long run stops at its next step. */
  signal: AbortSignal;
}

declare const jobData: unique symbol;

/** A queue's name that carries the type of its jobs' data, so that `send` checks the data it is given. */
export type JobName<Data extends object | null> = string & { readonly [jobData]: Data };

/** Names a job that application code sends, with its data's type: `jobName<{ requestId: number }>('request-expiry')`. */
export function jobName<Data extends object | null = null>(name: string): JobName<Data> {
  return name as JobName<Data>;
}

export interface JobDefinition<Data = unknown> {
  /** The queue's name, also the job's name in the logs. */
  name: string;
  /** When to run, as a 5-field cron expression in UTC; without one, the job runs only when sent or woken. */
  cron?: string;
  /**
   * A PostgreSQL NOTIFY channel. A notification on it queues a run at once: PostgreSQL delivers it when the
   * notifying transaction commits, so the run sees what that transaction wrote. The runner's start queues one
   * too, for notifications sent while no runner listened. A cron schedule is then the backstop.
   */
  wakeOn?: string;
  /**
   * Queue options. By default a scheduled (or woken) job has at most one run waiting and one running, and any
   * other job runs once for each `send` ('standard'; 'exclusive' or 'stately' make `singletonKey` keep one per
   * key). Failed runs are retried twice, a minute apart.
   */
  queue?: Omit<Queue, 'name'>;
  /** `data` is what `send` was given; null for a scheduled, woken or `runNow` run. */
  run(context: JobContext, data: Data): Promise<void>;
}

export interface SendJobOptions {
  /** Under the queue's policy, at most one job per key (see `JobDefinition.queue`). */
  singletonKey?: string;
  /** Not before this moment, or this many seconds from now. */
  startAfter?: Date | number;
  /**
   * The transaction to send it in (`em.getKysely()` inside `em.transactional`): the job then exists exactly when
   * the change does, and starts at the next poll of a worker after the commit.
   */
  db?: Db;
}

/** What application code needs of the job queue: sending one-off jobs. */
export interface JobQueue {
  send<Data extends object | null>(name: JobName<Data>, data: Data, options?: SendJobOptions): Promise<string | null>;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  orm: MikroORM;
  logger: Logger;
  jobs: JobDefinition[];
  /**
   * Seconds between a worker's looks for due jobs (default 10): how late a scheduled run, a delayed job or a job
   * sent in a transaction starts at most. A job sent outside a transaction, or woken, starts at once.
   */
  pollingIntervalSeconds?: number;
  /** Milliseconds before listening again after the LISTEN connection dropped (default 2000). */
  relistenMs?: number;
}

const REPEATING_QUEUE: Omit<Queue, 'name'> = {
  // One waiting and one running at most: a slow run or several processes never pile runs up.
  policy: 'stately',
  retryLimit: 2,
  retryDelay: 60,
  expireInSeconds: 15 * 60,
};

const ONE_OFF_QUEUE: Omit<Queue, 'name'> = { ...REPEATING_QUEUE, policy: 'standard' };

function newBoss(databaseUrl: string, extra: ConstructorOptions = {}): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    application_name: 'tt-jobs',
    // Its own small pool: jobs never take connections from requests.
    max: 4,
    ...extra,
  });
}

/**
 * The application's job queue (pg-boss on the application's PostgreSQL): recurring, woken and one-off jobs,
 * each run by one process even when several API processes run, with retries.
 * Started after the database is ready and stopped before the ORM closes.
 */
export class JobRunner implements JobQueue {
  private readonly boss: PgBoss;
  private readonly logger: Logger;
  private readonly jobs: JobDefinition[];
  private readonly orm: MikroORM;
  private readonly databaseUrl: string;
  private readonly pollingIntervalSeconds: number;
  private readonly relistenMs: number;
  private readonly workers = new Map<string, string>();
  private readonly stopping = new AbortController();
  private listener: pg.Client | undefined;
  private relisten: NodeJS.Timeout | undefined;
  /** Jobs whose wake-up is being sent, and those woken again meanwhile (sent once more afterwards). */
  private readonly waking = new Set<string>();
  private readonly wokenAgain = new Set<string>();

  constructor(options: JobRunnerOptions) {
    this.logger = options.logger.child({ component: 'job-runner' });
    this.jobs = options.jobs;
    this.orm = options.orm;
    this.databaseUrl = options.databaseUrl;
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 10;
    this.relistenMs = options.relistenMs ?? 2000;
    this.boss = newBoss(options.databaseUrl, { instanceName: 'api' });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    this.boss.on('warning', (warning) => this.logger.warn({ data: warning.data }, `job queue: ${warning.message}`));
  }

  /** Creates or migrates pg-boss's schema when needed, then declares, schedules and works every job. */
  async start(): Promise<void> {
    await this.boss.start();
    for (const job of this.jobs) {
      const defaults = job.cron || job.wakeOn ? REPEATING_QUEUE : ONE_OFF_QUEUE;
      await this.boss.createQueue(job.name, { ...defaults, ...job.queue });
      if (job.cron) await this.boss.schedule(job.name, job.cron, null, { tz: 'UTC', missed: 'once' });
      else await this.boss.unschedule(job.name);
      const workerId = await this.boss.work<unknown>(
        job.name,
        { pollingIntervalSeconds: this.pollingIntervalSeconds },
        async ([queued]) => {
          if (!queued) return;
          const started = performance.now();
          const logger = this.logger.child({ job: job.name, jobId: queued.id });
          try {
            await job.run(
              {
                db: this.orm.em.fork().getKysely(),
                transaction: (work) => this.orm.em.fork().transactional((em) => work(em.getKysely())),
                logger,
                signal: AbortSignal.any([this.stopping.signal, queued.signal]),
              },
              queued.data ?? null,
            );
          } catch (error) {
            logger.error({ err: error }, 'job failed');
            throw error;
          }
          logger.debug({ ms: Math.round(performance.now() - started) }, 'job done');
        },
      );
      this.workers.set(job.name, workerId);
    }
    await this.listen();
    // What was notified while no runner listened (before a restart, say) is picked up now.
    for (const job of this.jobs) if (job.wakeOn) this.wake(job.name);
    this.logger.info(
      { jobs: this.jobs.map((job) => `${job.name}${job.cron ? ` (${job.cron})` : ''}`) },
      'jobs started',
    );
  }

  /**
   * Queues a one-off job with its data; null when the queue's policy refused it (one per key already waiting).
   * Sent outside a transaction and due now, it is started at once by this process.
   */
  async send<Data extends object | null>(
    name: JobName<Data>,
    data: Data,
    options: SendJobOptions = {},
  ): Promise<string | null> {
    const { db, ...jobOptions } = options;
    const id = await this.boss.send(name, data, { ...jobOptions, ...(db ? { db: fromKysely(db) } : {}) });
    if (id && !db && options.startAfter === undefined) this.notifyWorker(name);
    return id;
  }

  /** Queues a run now (null when one is already waiting) and wakes this process's worker for it. */
  async runNow(name: string): Promise<string | null> {
    const id = await this.boss.send(name, null);
    this.notifyWorker(name);
    return id;
  }

  /** The schedules stored for this runner's jobs (name and cron expression). */
  async schedules(): Promise<{ name: string; cron: string }[]> {
    const schedules = await this.boss.getSchedules();
    return schedules.map((schedule) => ({ name: schedule.name, cron: schedule.cron }));
  }

  /** Tells running jobs to stop at their next step and lets them finish (up to 10 s), then closes the connections. */
  async stop(): Promise<void> {
    this.stopping.abort();
    clearTimeout(this.relisten);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => {});
    await this.boss.stop({ graceful: true, timeout: 10_000, close: true });
  }

  private notifyWorker(name: string): void {
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
  }

  /** One connection LISTENs on every job's `wakeOn` channel; it listens again if it drops. */
  private async listen(): Promise<void> {
    const byChannel = new Map<string, string[]>();
    for (const job of this.jobs) {
      if (job.wakeOn) byChannel.set(job.wakeOn, [...(byChannel.get(job.wakeOn) ?? []), job.name]);
    }
    if (byChannel.size === 0 || this.stopping.signal.aborted) return;
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'tt-jobs-listen' });
    client.on('notification', (message) => {
      for (const name of byChannel.get(message.channel) ?? []) this.wake(name);
    });
    client.on('error', (error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.logger.warn({ err: error }, 'job wake-up connection lost; listening again');
      this.scheduleRelisten();
    });
    try {
      await client.connect();
      for (const channel of byChannel.keys()) await client.query(`listen ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    this.listener = client;
  }

  private scheduleRelisten(): void {
    if (this.stopping.signal.aborted || this.relisten) return;
    this.relisten = setTimeout(() => {
      this.relisten = undefined;
      this.listen().then(
        // Notifications sent while nobody listened are lost: a run now picks up their work.
        () => {
          for (const job of this.jobs) if (job.wakeOn) this.wake(job.name);
        },
        () => this.scheduleRelisten(),
      );
    }, this.relistenMs);
    this.relisten.unref();
  }

  /**
   * Queues a run of `name` and starts it here. A burst of notifications costs two sends at most: one woken
   * while a send is under way is sent again once it is done, so that a run starts after the last notification.
   */
  private wake(name: string): void {
    if (this.stopping.signal.aborted) return;
    if (this.waking.has(name)) {
      this.wokenAgain.add(name);
      return;
    }
    this.waking.add(name);
    this.runNow(name)
      .catch((error: unknown) => {
        if (!this.stopping.signal.aborted) this.logger.error({ err: error, job: name }, 'could not queue a woken job');
      })
      .finally(() => {
        this.waking.delete(name);
        if (this.wokenAgain.delete(name)) this.wake(name);
      });
  }
}

/**
 * Creates (or migrates) pg-boss's schema and nothing else: no worker, schedule or maintenance.
 * Used on the test template database, so that runners started in tests find it ready.
 */
export async function installJobSchema(databaseUrl: string): Promise<void> {
  const boss = newBoss(databaseUrl, { supervise: false, schedule: false, registerInstance: false, max: 1 });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
}

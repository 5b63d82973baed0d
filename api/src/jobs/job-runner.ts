import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import { type ConstructorOptions, PgBoss, type Queue } from 'pg-boss';
import type { Logger } from '../logger.js';

/**
 * pg-boss keeps its tables in a schema of its own, created and migrated by pg-boss itself on start:
 * MikroORM's entities and migrations live in `public` and never see (nor try to drop) them.
 */
export const JOB_SCHEMA = 'pgboss';

export interface JobContext {
  /** Outside any transaction: a job opens the ones it needs. */
  db: Db;
  logger: Logger;
}

export interface JobDefinition {
  /** The queue's name, also the job's name in the logs. */
  name: string;
  /** When to run, as a 5-field cron expression in UTC; without one, the job runs only when sent. */
  cron?: string;
  /** Queue options; by default at most one run waiting and one running, retried twice a minute apart. */
  queue?: Omit<Queue, 'name'>;
  run(context: JobContext): Promise<void>;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  orm: MikroORM;
  logger: Logger;
  jobs: JobDefinition[];
  /** Seconds between a worker's looks for due jobs (default 10; the schedule only fills queues hourly). */
  pollingIntervalSeconds?: number;
}

const DEFAULT_QUEUE: Omit<Queue, 'name'> = {
  // One waiting and one running at most: a slow run or several processes never pile runs up.
  policy: 'stately',
  retryLimit: 2,
  retryDelay: 60,
  expireInSeconds: 15 * 60,
};

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
 * The application's job queue (pg-boss on the application's PostgreSQL): recurring and one-off jobs,
 * each run by exactly one process even when several API processes run, with retries.
 * Started after the database is ready and stopped before the ORM closes.
 */
export class JobRunner {
  private readonly boss: PgBoss;
  private readonly logger: Logger;
  private readonly jobs: JobDefinition[];
  private readonly orm: MikroORM;
  private readonly pollingIntervalSeconds: number;
  private readonly workers = new Map<string, string>();

  constructor(options: JobRunnerOptions) {
    this.logger = options.logger.child({ component: 'job-runner' });
    this.jobs = options.jobs;
    this.orm = options.orm;
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 10;
    this.boss = newBoss(options.databaseUrl, { instanceName: 'api' });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    this.boss.on('warning', (warning) => this.logger.warn({ data: warning.data }, `job queue: ${warning.message}`));
  }

  /** Creates or migrates pg-boss's schema when needed, then declares, schedules and works every job. */
  async start(): Promise<void> {
    await this.boss.start();
    for (const job of this.jobs) {
      await this.boss.createQueue(job.name, { ...DEFAULT_QUEUE, ...job.queue });
      if (job.cron) await this.boss.schedule(job.name, job.cron, null, { tz: 'UTC', missed: 'once' });
      else await this.boss.unschedule(job.name);
      const workerId = await this.boss.work(
        job.name,
        { pollingIntervalSeconds: this.pollingIntervalSeconds },
        async ([queued]) => {
          const started = performance.now();
          const logger = this.logger.child({ job: job.name, jobId: queued?.id });
          try {
            await job.run({ db: this.orm.em.fork().getKysely(), logger });
          } catch (error) {
            logger.error({ err: error }, 'job failed');
            throw error;
          }
          logger.debug({ ms: Math.round(performance.now() - started) }, 'job done');
        },
      );
      this.workers.set(job.name, workerId);
    }
    this.logger.info(
      { jobs: this.jobs.map((job) => `${job.name}${job.cron ? ` (${job.cron})` : ''}`) },
      'jobs started',
    );
  }

  /** Queues a run now (null when one is already waiting) and wakes this process's worker for it. */
  async runNow(name: string): Promise<string | null> {
    const id = await this.boss.send(name, null);
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
    return id;
  }

  /** The schedules stored for this runner's jobs (name and cron expression). */
  async schedules(): Promise<{ name: string; cron: string }[]> {
    const schedules = await this.boss.getSchedules();
    return schedules.map((schedule) => ({ name: schedule.name, cron: schedule.cron }));
  }

  /** Lets running jobs finish (up to 10 s), then closes the queue's connections. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, close: true });
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

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database, Db } from '@tt/db/database';
import { expressionBuilder, type Selectable, sql } from 'kysely';
import type { Logger } from '../logger.js';
import type { MailTransport } from './mail-transport.js';
import { type RenderedMail, renderStoredMail } from './render-mail.js';

export const MAX_ATTEMPTS = 8;
const BATCH_SIZE = 20;
const ERROR_LENGTH = 1000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min … at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), LONGEST_RETRY_MS);
}

/** `clock_timestamp()`: the moment of the send, not of the transaction's start. */
const clockTimestamp = expressionBuilder<Database>().fn<Date>('clock_timestamp');

type DueRow = Pick<
  Selectable<Database['outbox_message']>,
  'id' | 'recipient' | 'template' | 'language' | 'data' | 'attempts'
>;

type Outcome = 'sent' | 'failed' | 'none';

export interface OutboxSenderOptions {
  orm: MikroORM;
  transport: MailTransport;
  logger: Logger;
  /** Milliseconds between looks at the outbox when it was empty (default 2000). */
  pollMs?: number;
}

/**
 * Delivers the outbox. Each message is claimed in its own transaction with `for update skip locked`
 * and the row lock is held while it is sent, so several API processes never send one message twice,
 * and each outcome is committed at once. A crash mid-send rolls the claim back: the message is
 * sent again later (at least once, never lost).
 */
export class OutboxSender {
  private readonly orm: MikroORM;
  private readonly transport: MailTransport;
  private readonly logger: Logger;
  private readonly pollMs: number;
  private running = false;
  /** Bumped by start(), so a tick left over from before a stop() never starts a second loop. */
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(options: OutboxSenderOptions) {
    this.orm = options.orm;
    this.transport = options.transport;
    this.logger = options.logger.child({ component: 'outbox-sender' });
    this.pollMs = options.pollMs ?? 2000;
  }

  /** Starts polling; the first look is immediate, to send what waited through a restart. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.generation++;
    this.schedule(0);
  }

  /** Stops polling; resolves once the message being sent, if any, is sent and recorded. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  /** Sends up to one batch of due messages. `failed` counts failed tries, retried later or not. */
  drainOnce(): Promise<{ sent: number; failed: number }> {
    return this.drain(() => true);
  }

  private schedule(ms: number): void {
    const generation = this.generation;
    this.timer = setTimeout(() => void this.tick(generation), ms);
    this.timer.unref(); // shutdown is main's decision, not the poll timer's
  }

  private async tick(generation: number): Promise<void> {
    this.timer = undefined;
    let busy = false;
    const current = () => this.running && this.generation === generation;
    const run = this.drain(current).then(
      ({ sent, failed }) => {
        busy = sent + failed >= BATCH_SIZE;
      },
      (error: unknown) => {
        this.logger.error({ err: error }, 'outbox could not be read');
      },
    );
    this.inFlight = run;
    await run;
    if (this.inFlight === run) this.inFlight = undefined;
    // A full batch means more may be due: carry on without waiting.
    if (current()) this.schedule(busy ? 0 : this.pollMs);
  }

  private async drain(carryOn: () => boolean): Promise<{ sent: number; failed: number }> {
    const result = { sent: 0, failed: 0 };
    for (let i = 0; i < BATCH_SIZE && carryOn(); i++) {
      const outcome = await this.sendNext();
      if (outcome === 'none') break;
      result[outcome]++;
    }
    return result;
  }

  private sendNext(): Promise<Outcome> {
    return this.orm.em.fork().transactional(async (em) => {
      const db: Db = em.getKysely();
      const row: DueRow | undefined = await db
        .selectFrom('outbox_message')
        .select(['id', 'recipient', 'template', 'language', 'data', 'attempts'])
        .where('status', '=', 'PENDING')
        .where((eb) => eb('next_attempt_at', '<=', eb.fn<Date>('now')))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return 'none';

      let mail: RenderedMail;
      try {
        mail = renderStoredMail(
          row.template,
          typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
          row.language,
        );
      } catch (error) {
        // Retrying cannot fix a message that cannot be written.
        await this.markFailed(db, row, error);
        return 'failed';
      }
      try {
        await this.transport.send({ to: row.recipient, ...mail });
      } catch (error) {
        await this.retryLater(db, row, error);
        return 'failed';
      }
      await db
        .updateTable('outbox_message')
        // Plain objects and set(column, value): a factory's keys are not checked against the table.
        .set({ status: 'SENT' })
        .set('attempts', (eb) => eb('attempts', '+', eb.lit(1)))
        .set({ sent_at: clockTimestamp, last_error: null })
        .where('id', '=', row.id)
        .execute();
      this.logger.info({ outboxId: row.id, template: row.template }, 'mail sent');
      return 'sent';
    });
  }

  private async retryLater(db: Db, row: DueRow, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) return this.markFailed(db, row, error);
    const delayMs = retryDelayMs(attempts);
    await db
      .updateTable('outbox_message')
      .set({
        attempts,
        last_error: errorText(error),
        next_attempt_at: sql<Date>`clock_timestamp() + make_interval(secs => ${delayMs / 1000})`,
      })
      .where('id', '=', row.id)
      .execute();
    this.logger.warn(
      { outboxId: row.id, template: row.template, attempts, retryInMs: delayMs, error: errorText(error) },
      'mail not sent; will retry',
    );
  }

  private async markFailed(db: Db, row: DueRow, error: unknown): Promise<void> {
    await db
      .updateTable('outbox_message')
      .set({ status: 'FAILED' })
      .set('attempts', (eb) => eb('attempts', '+', eb.lit(1)))
      .set({ last_error: errorText(error) })
      .where('id', '=', row.id)
      .execute();
    this.logger.error(
      { outboxId: row.id, template: row.template, attempts: row.attempts + 1, error: errorText(error) },
      'mail given up',
    );
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, ERROR_LENGTH);
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database, Db } from '@tt/db/database';
import { expressionBuilder, type Selectable, sql } from 'kysely';
import { toDate } from '../database/to-date.js';
import type { Logger } from '../logger.js';
import type { MailTransport } from './mail-transport.js';
import { type RenderedMail, renderStoredMail } from './render-mail.js';

export const MAX_ATTEMPTS = 8;
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
  'id' | 'recipient' | 'template' | 'language' | 'data' | 'attempts' | 'created_at'
>;

type Outcome = 'sent' | 'failed' | 'none';

export interface OutboxSenderOptions {
  orm: MikroORM;
  transport: MailTransport;
  logger: Logger;
}

export interface DrainOptions {
  /** Stops before the next message once aborted (the job runner's stop). */
  signal?: AbortSignal;
  /** Stops before the next message once this many milliseconds have passed. */
  budgetMs?: number;
  /** Stops after this many messages tried. */
  limit?: number;
}

/**
 * Delivers the outbox; run by the outbox job (outbox.job.ts). Each message is claimed in its own transaction
 * with `for update skip locked` and the row lock is held while it is sent, so several runs (in one process or
 * several) never send one message twice, and each outcome is committed at once. A crash mid-send rolls the
 * claim back: the message is sent again later, never lost. It can only be delivered twice when the process dies
 * between the mail server's acceptance and the commit; the copies then share a Message-ID.
 */
export class OutboxSender {
  private readonly orm: MikroORM;
  private readonly transport: MailTransport;
  private readonly logger: Logger;

  constructor(options: OutboxSenderOptions) {
    this.orm = options.orm;
    this.transport = options.transport;
    this.logger = options.logger.child({ component: 'outbox-sender' });
  }

  /**
   * Sends the due messages, one at a time, until none is due or an option stops it. `failed` counts failed
   * tries, retried later or not. A failed message is due again 30 s later at the soonest: a drain always ends.
   */
  async drain(options: DrainOptions = {}): Promise<{ sent: number; failed: number }> {
    const { signal, budgetMs, limit = Number.POSITIVE_INFINITY } = options;
    const deadline = budgetMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + budgetMs;
    const result = { sent: 0, failed: 0 };
    while (result.sent + result.failed < limit && !signal?.aborted && performance.now() < deadline) {
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
        .select(['id', 'recipient', 'template', 'language', 'data', 'attempts', 'created_at'])
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
        await this.transport.send({
          to: row.recipient,
          ...mail,
          key: `outbox-${row.id}-${toDate(row.created_at).getTime()}`,
        });
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

import type { JobDefinition } from '../jobs/job-runner.js';
import type { OutboxSender } from './outbox-sender.js';

/** Notified by a trigger on outbox_message when a transaction that queued e-mail commits (migration outbox_notify). */
export const OUTBOX_CHANNEL = 'outbox_queued';

/** A run sends for this long at most and leaves the rest to the next one, well within the queue's expiry. */
const RUN_BUDGET_MS = 4 * 60_000;

/**
 * Sends the outbox. Woken by every commit that queued e-mail, so it leaves within moments; every minute too, for
 * the retries falling due and for anything a lost notification left. Any number of runs may be active at once,
 * in one process or several: each message is claimed on its own (outbox-sender.ts). At most one waits.
 */
export function outboxJob(sender: OutboxSender): JobDefinition {
  return {
    name: 'outbox',
    cron: '* * * * *',
    wakeOn: OUTBOX_CHANNEL,
    // A failed run (the database unreachable) is not retried: the next minute's run is one.
    queue: { policy: 'short', retryLimit: 0, expireInSeconds: 5 * 60 },
    async run({ logger, signal }) {
      const { sent, failed } = await sender.drain({ signal, budgetMs: RUN_BUDGET_MS });
      if (sent + failed > 0) logger.debug({ sent, failed }, 'outbox drained');
    },
  };
}

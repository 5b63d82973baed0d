import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { DEFAULT_LANGUAGE, Language } from '@tt/shared/languages';

export const OutboxStatus = {
  PENDING: 'PENDING',
  SENT: 'SENT',
  FAILED: 'FAILED',
} as const;
export type OutboxStatus = (typeof OutboxStatus)[keyof typeof OutboxStatus];

/** Every e-mail the system sends, written in the same transaction as the change that caused it. */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  properties: {
    id: p.integer().primary().autoincrement(),
    to: p.string().length(200).fieldName('recipient'),
    template: p.string().length(80),
    /** The recipient's language when it was written: the e-mail is rendered in it. */
    language: p
      .enum(() => Language)
      .nativeEnumName('app_language')
      .default(DEFAULT_LANGUAGE),
    data: p.json<Record<string, unknown>>(),
    status: p
      .enum(() => OutboxStatus)
      .nativeEnumName('outbox_status')
      .default(OutboxStatus.PENDING),
    attempts: p.smallint().default(0),
    lastError: p.text().nullable(),
    nextAttemptAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [
    {
      name: 'outbox_message_pending_idx',
      expression: `create index "outbox_message_pending_idx" on "outbox_message" ("next_attempt_at") where "status" = 'PENDING'`,
    },
    // The hourly clean-up's two kinds (sent, and failed for good), by the date they are kept from: it read every
    // e-mail kept (90 days' worth) to find the few to delete.
    {
      name: 'outbox_message_sent_idx',
      expression: `create index "outbox_message_sent_idx" on "outbox_message" ("sent_at") where "status" = 'SENT'`,
    },
    {
      name: 'outbox_message_failed_idx',
      expression: `create index "outbox_message_failed_idx" on "outbox_message" ("next_attempt_at") where "status" = 'FAILED'`,
    },
  ],
  triggers: [
    {
      // NOTIFY "outbox_queued" at the commit of a transaction that queued e-mail: it wakes the outbox job.
      name: 'outbox_queued',
      timing: 'after',
      events: ['insert'],
      forEach: 'statement',
      expression: `create trigger "outbox_queued" after insert on "outbox_message" for each statement execute function "outbox_queued_notify"()`,
    },
  ],
});
export type OutboxMessage = InferEntity<typeof OutboxMessage>;

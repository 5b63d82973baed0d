import { Migration } from '@mikro-orm/migrations';

/**
 * The hourly clean-up deletes the e-mails sent more than 90 days ago and those failed for good: it read every e-mail
 * kept to find them (a sequential scan of 90 days of e-mail). Two partial indexes by the date each kind is kept from.
 */
export class Migration20261204171759_outbox_clean_up_indexes extends Migration {
  override name = 'Migration20261204171759_outbox_clean_up_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "outbox_message_sent_idx" on "outbox_message" ("sent_at") where "status" = 'SENT';`);
    this.addSql(`create index "outbox_message_failed_idx" on "outbox_message" ("next_attempt_at") where "status" = 'FAILED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "outbox_message_sent_idx";`);
    this.addSql(`drop index "outbox_message_failed_idx";`);
  }
}

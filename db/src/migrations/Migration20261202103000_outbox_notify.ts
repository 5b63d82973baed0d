import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103000_outbox_notify extends Migration {

  override name = 'Migration20261202103000_outbox_notify';

  override up(): void | Promise<void> {
    // E-mail queued: a NOTIFY on "outbox_queued", which PostgreSQL delivers when the inserting transaction commits
    // (and once per transaction, however many rows). Every API process's job runner LISTENs and queues an outbox run
    // at once (api/src/mail/outbox.job.ts), so e-mail leaves within moments of the change that wrote it.
    this.addSql(`create or replace function "outbox_queued_notify"() returns trigger as $$ begin
      perform pg_notify('outbox_queued', '');
      return null;
    end $$ language plpgsql;`);
    this.addSql(`create trigger "outbox_queued" after insert on "outbox_message" for each statement execute function "outbox_queued_notify"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "outbox_queued" on "outbox_message";`);
    this.addSql(`drop function if exists "outbox_queued_notify"();`);
  }

}

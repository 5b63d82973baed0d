import { Migration } from '@mikro-orm/migrations';

/**
 * Saved searches: a person's named catalogue (and, later, request) searches, with their e-mail alerts' frequency and
 * watermark (alerted_until). The partial index finds the searches whose alerts are on.
 */
export class Migration20261202103256_saved_searches extends Migration {

  override name = 'Migration20261202103256_saved_searches';

  override up(): void | Promise<void> {
    this.addSql(`create type "saved_search_scope" as enum ('CATALOGUE', 'REQUESTS');`);
    this.addSql(`create type "alert_frequency" as enum ('OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY');`);
    this.addSql(`create table "saved_search" ("id" serial primary key, "user_id" int not null, "name" varchar(120) not null, "scope" "saved_search_scope" not null default 'CATALOGUE', "query" varchar(200) not null default '', "filter" jsonb not null, "language" "app_language" not null default 'en', "alert_frequency" "alert_frequency" not null default 'OFF', "alerted_until" timestamptz not null, "last_alert_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "saved_search_user_idx" on "saved_search" ("user_id", "created_at");`);
    this.addSql(`create index "saved_search_alerts_due_idx" on "saved_search" ("alert_frequency", "alerted_until") where "alert_frequency" <> 'OFF';`);

    this.addSql(`alter table "saved_search" add constraint "saved_search_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "saved_search" cascade;`);
    this.addSql(`drop type "saved_search_scope";`);
    this.addSql(`drop type "alert_frequency";`);
  }
}

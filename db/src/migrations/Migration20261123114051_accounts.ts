import { Migration } from '@mikro-orm/migrations';

export class Migration20261123114051_accounts extends Migration {

  override name = 'Migration20261123114051_accounts';

  override up(): void | Promise<void> {
    this.addSql(`create type "outbox_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create type "token_purpose" as enum ('VERIFY_EMAIL', 'RESET_PASSWORD');`);
    this.addSql(`create table "login_failure" ("id" serial primary key, "email" varchar(200) not null, "ip" varchar(64) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_failure_email_at_index" on "login_failure" ("email", "at");`);
    this.addSql(`create index "login_failure_ip_at_index" on "login_failure" ("ip", "at");`);

    this.addSql(`create table "outbox_message" ("id" serial primary key, "recipient" varchar(200) not null, "template" varchar(80) not null, "data" jsonb not null, "status" "outbox_status" not null default 'PENDING', "attempts" smallint not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`create index "outbox_message_pending_idx" on "outbox_message" ("next_attempt_at") where "status" = 'PENDING';`);

    this.addSql(`create table "user_session" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "user_agent" varchar(300) null, "ip" varchar(64) null);`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "one_time_token" ("id" serial primary key, "user_id" int not null, "purpose" "token_purpose" not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`);
    this.addSql(`create index "one_time_token_user_id_index" on "one_time_token" ("user_id");`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "invitation" ("id" serial primary key, "email" varchar(200) not null, "role" "user_role" not null, "institution_id" int null, "company_id" int null, "invited_by_id" int null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "invitation_email_index" on "invitation" ("email");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "app_user" add "email_verified_at" timestamptz null, add "password_changed_at" timestamptz null, add "last_login_at" timestamptz null, add "disabled_at" timestamptz null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_membership_check" check ((role = 'COMPANY_MEMBER' and company_id is not null and institution_id is null) or (role in ('RESEARCHER', 'TT_OFFICER') and institution_id is not null and company_id is null) or (role = 'ADMIN' and company_id is null));`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "one_time_token" add constraint "one_time_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_failure" cascade;`);
    this.addSql(`drop table if exists "outbox_message" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(`drop table if exists "one_time_token" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_membership_check";`);
    this.addSql(`alter table "app_user" drop column "email_verified_at", drop column "password_changed_at", drop column "last_login_at", drop column "disabled_at";`);

    this.addSql(`drop type "outbox_status";`);
    this.addSql(`drop type "token_purpose";`);
  }

}

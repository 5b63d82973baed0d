import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122018_expressions_of_interest extends Migration {

  override name = 'Migration20261123122018_expressions_of_interest';

  override up(): void | Promise<void> {
    this.addSql(`create type "interest_type" as enum ('LICENSE', 'CO_DEVELOPMENT', 'SERVICE_REQUEST', 'SPONSORED_RESEARCH', 'INVESTMENT', 'OTHER');`);
    this.addSql(`create type "eoi_status" as enum ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION', 'AGREED', 'DECLINED', 'WITHDRAWN');`);
    this.addSql(`create type "eoi_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create type "decline_reason" as enum ('TOO_EARLY_STAGE', 'NO_FIT', 'BENEFIT_UNCLEAR', 'COMMERCIAL_ROUTE_UNCLEAR', 'ASSET_UNAVAILABLE', 'DUPLICATE', 'OTHER');`);
    this.addSql(`create table "expression_of_interest" ("id" serial primary key, "asset_id" int not null, "company_id" int not null, "submitter_id" int not null, "interest_type" "interest_type" not null, "message" text not null, "intended_use" text null, "timeline" varchar(200) null, "nda_requested" boolean not null default false, "status" "eoi_status" not null default 'SUBMITTED', "priority" "eoi_priority" not null default 'NORMAL', "assignee_id" int null, "idempotency_key" varchar(100) not null, "decline_reason" "decline_reason" null, "decline_message" text null, "first_response_at" timestamptz null, "response_due_at" timestamptz not null, "last_activity_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "expression_of_interest_asset_id_index" on "expression_of_interest" ("asset_id");`);
    this.addSql(`create index "expression_of_interest_company_id_index" on "expression_of_interest" ("company_id");`);
    this.addSql(`create index "expression_of_interest_assignee_id_index" on "expression_of_interest" ("assignee_id");`);
    this.addSql(`create unique index "eoi_one_open_per_company_asset" on "expression_of_interest" ("company_id", "asset_id") where "status" in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION');`);
    this.addSql(`create index "expression_of_interest_status_last_activity_at_index" on "expression_of_interest" ("status", "last_activity_at");`);
    this.addSql(`alter table "expression_of_interest" add constraint "eoi_idempotency_unique" unique ("submitter_id", "idempotency_key");`);

    this.addSql(`create table "eoi_transition" ("id" serial primary key, "eoi_id" int not null, "actor_id" int null, "from_status" "eoi_status" null, "to_status" "eoi_status" not null, "reason" text null, "at" timestamptz not null);`);
    this.addSql(`create index "eoi_transition_eoi_id_index" on "eoi_transition" ("eoi_id");`);

    this.addSql(`create table "eoi_read_marker" ("eoi_id" int not null, "user_id" int not null, "read_at" timestamptz not null, primary key ("eoi_id", "user_id"));`);

    this.addSql(`create table "eoi_message" ("id" serial primary key, "eoi_id" int not null, "author_id" int null, "body" text not null, "internal" boolean not null default false, "created_at" timestamptz not null);`);
    this.addSql(`create index "eoi_message_eoi_id_index" on "eoi_message" ("eoi_id");`);

    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_asset_id_foreign" foreign key ("asset_id") references "asset" ("id");`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_company_id_foreign" foreign key ("company_id") references "company" ("id");`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_submitter_id_foreign" foreign key ("submitter_id") references "app_user" ("id");`);
    this.addSql(`alter table "expression_of_interest" add constraint "expression_of_interest_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "eoi_transition" add constraint "eoi_transition_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "eoi_transition" add constraint "eoi_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "eoi_read_marker" add constraint "eoi_read_marker_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "eoi_read_marker" add constraint "eoi_read_marker_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "eoi_message" add constraint "eoi_message_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "eoi_message" add constraint "eoi_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "eoi_transition" drop constraint "eoi_transition_eoi_id_foreign";`);
    this.addSql(`alter table "eoi_read_marker" drop constraint "eoi_read_marker_eoi_id_foreign";`);
    this.addSql(`alter table "eoi_message" drop constraint "eoi_message_eoi_id_foreign";`);

    this.addSql(`drop table if exists "expression_of_interest" cascade;`);
    this.addSql(`drop table if exists "eoi_transition" cascade;`);
    this.addSql(`drop table if exists "eoi_read_marker" cascade;`);
    this.addSql(`drop table if exists "eoi_message" cascade;`);

    this.addSql(`drop type "interest_type";`);
    this.addSql(`drop type "eoi_status";`);
    this.addSql(`drop type "eoi_priority";`);
    this.addSql(`drop type "decline_reason";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130635_disclosures extends Migration {

  override name = 'Migration20261123130635_disclosures';

  override up(): void | Promise<void> {
    this.addSql(`create type "disclosure_status" as enum ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'ACCEPTED', 'PUBLISHED', 'DECLINED', 'WITHDRAWN');`);
    this.addSql(`create type "disclosure_patentability" as enum ('UNCLEAR', 'LOW', 'MEDIUM', 'HIGH');`);
    this.addSql(`create type "disclosure_market_potential" as enum ('UNCLEAR', 'LOW', 'MEDIUM', 'HIGH');`);
    this.addSql(`create type "disclosure_recommendation" as enum ('FILE_PATENT', 'PROTECT_AS_KNOW_HOW', 'PUBLISH_OPENLY', 'NEEDS_MORE_DATA', 'DO_NOT_PURSUE');`);
    this.addSql(`create table "disclosure_reference_counter" ("institution_id" int not null, "year" smallint not null, "last_number" int not null default 0, primary key ("institution_id", "year"));`);

    this.addSql(`create table "disclosure" ("id" serial primary key, "institution_id" int not null, "created_by_id" int not null, "status" "disclosure_status" not null default 'DRAFT', "version" int not null default 1, "reference_number" varchar(40) null, "title" varchar(200) null, "inventors" jsonb not null default '[]', "abstract" text null, "problem" text null, "solution" text null, "novelty" text null, "prior_art" text null, "public_disclosures" jsonb not null default '[]', "funding_sources" jsonb not null default '[]', "commercial_applications" text null, "trl" smallint null, "assignee_id" int null, "patentability" "disclosure_patentability" null, "market_potential" "disclosure_market_potential" null, "recommendation" "disclosure_recommendation" null, "assessment_notes" text null, "submitted_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "disclosure_institution_id_index" on "disclosure" ("institution_id");`);
    this.addSql(`alter table "disclosure" add constraint "disclosure_reference_number_unique" unique ("reference_number");`);
    this.addSql(`create index "disclosure_assignee_id_index" on "disclosure" ("assignee_id");`);
    this.addSql(`create index "disclosure_institution_id_status_index" on "disclosure" ("institution_id", "status");`);

    this.addSql(`create table "disclosure_transition" ("id" serial primary key, "disclosure_id" int not null, "actor_id" int null, "from_status" "disclosure_status" null, "to_status" "disclosure_status" not null, "reason" text null, "at" timestamptz not null);`);
    this.addSql(`create index "disclosure_transition_disclosure_id_index" on "disclosure_transition" ("disclosure_id");`);

    this.addSql(`create table "disclosure_researcher" ("disclosure_id" int not null, "user_id" int not null, primary key ("disclosure_id", "user_id"));`);
    this.addSql(`create index "disclosure_researcher_user_id_index" on "disclosure_researcher" ("user_id");`);

    this.addSql(`create table "disclosure_message" ("id" serial primary key, "disclosure_id" int not null, "author_id" int null, "body" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "disclosure_message_disclosure_id_index" on "disclosure_message" ("disclosure_id");`);

    this.addSql(`alter table "disclosure_reference_counter" add constraint "disclosure_reference_counter_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete cascade;`);

    this.addSql(`alter table "disclosure" add constraint "disclosure_institution_id_foreign" foreign key ("institution_id") references "institution" ("id");`);
    this.addSql(`alter table "disclosure" add constraint "disclosure_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id");`);
    this.addSql(`alter table "disclosure" add constraint "disclosure_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "disclosure_transition" add constraint "disclosure_transition_disclosure_id_foreign" foreign key ("disclosure_id") references "disclosure" ("id") on delete cascade;`);
    this.addSql(`alter table "disclosure_transition" add constraint "disclosure_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "disclosure_researcher" add constraint "disclosure_researcher_disclosure_id_foreign" foreign key ("disclosure_id") references "disclosure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "disclosure_researcher" add constraint "disclosure_researcher_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "disclosure_message" add constraint "disclosure_message_disclosure_id_foreign" foreign key ("disclosure_id") references "disclosure" ("id") on delete cascade;`);
    this.addSql(`alter table "disclosure_message" add constraint "disclosure_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "disclosure_transition" drop constraint "disclosure_transition_disclosure_id_foreign";`);
    this.addSql(`alter table "disclosure_researcher" drop constraint "disclosure_researcher_disclosure_id_foreign";`);
    this.addSql(`alter table "disclosure_message" drop constraint "disclosure_message_disclosure_id_foreign";`);

    this.addSql(`drop table if exists "disclosure_reference_counter" cascade;`);
    this.addSql(`drop table if exists "disclosure" cascade;`);
    this.addSql(`drop table if exists "disclosure_transition" cascade;`);
    this.addSql(`drop table if exists "disclosure_researcher" cascade;`);
    this.addSql(`drop table if exists "disclosure_message" cascade;`);

    this.addSql(`drop type "disclosure_status";`);
    this.addSql(`drop type "disclosure_patentability";`);
    this.addSql(`drop type "disclosure_market_potential";`);
    this.addSql(`drop type "disclosure_recommendation";`);
  }

}

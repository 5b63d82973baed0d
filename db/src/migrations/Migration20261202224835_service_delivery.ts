import { Migration } from '@mikro-orm/migrations';

export class Migration20261202224835_service_delivery extends Migration {

  override name = 'Migration20261202224835_service_delivery';

  override up(): void | Promise<void> {
    this.addSql(`create type "service_file_purpose" as enum ('DELIVERY', 'ETHICS_APPROVAL');`);
    this.addSql(`create type "delivery_milestone_kind" as enum ('SAMPLES_RECEIVED', 'IN_PROGRESS', 'DATA_DELIVERED', 'INVOICED');`);
    this.addSql(`create type "access_review_step_kind" as enum ('SCIENTIFIC_REVIEW', 'ETHICS_REVIEW', 'AGREEMENT');`);
    this.addSql(`create type "access_review_outcome" as enum ('PENDING', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED');`);
    this.addSql(`create type "access_material" as enum ('SAMPLES', 'DATA');`);
    this.addSql(`create table "service_file" ("id" serial primary key, "eoi_id" int not null, "purpose" "service_file_purpose" not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "byte_size" int not null, "storage_key" varchar(100) not null, "uploaded_by_id" int null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "service_file_eoi_id_index" on "service_file" ("eoi_id");`);
    this.addSql(`alter table "service_file" add constraint "service_file_storage_key_unique" unique ("storage_key");`);

    this.addSql(`create table "delivery_milestone" ("id" serial primary key, "eoi_id" int not null, "milestone" "delivery_milestone_kind" not null, "reached_at" timestamptz not null, "recorded_by_id" int null, "note" text not null default '');`);
    this.addSql(`alter table "delivery_milestone" add constraint "delivery_milestone_once_per_eoi" unique ("eoi_id", "milestone");`);

    this.addSql(`create table "access_review_step" ("id" serial primary key, "eoi_id" int not null, "step" "access_review_step_kind" not null, "outcome" "access_review_outcome" not null, "decided_at" timestamptz not null, "decided_by_id" int null, "note" text not null default '');`);
    this.addSql(`alter table "access_review_step" add constraint "access_review_step_one_per_eoi" unique ("eoi_id", "step");`);

    this.addSql(`create table "access_request" ("id" serial primary key, "eoi_id" int not null, "material" "access_material" not null, "project_title" varchar(200) not null, "project_summary" text not null, "stated_by_id" int null, "stated_at" timestamptz not null);`);
    this.addSql(`alter table "access_request" add constraint "access_request_eoi_id_unique" unique ("eoi_id");`);

    this.addSql(`alter table "service_file" add constraint "service_file_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "service_file" add constraint "service_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "delivery_milestone" add constraint "delivery_milestone_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "delivery_milestone" add constraint "delivery_milestone_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "access_review_step" add constraint "access_review_step_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "access_review_step" add constraint "access_review_step_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "access_request" add constraint "access_request_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "access_request" add constraint "access_request_stated_by_id_foreign" foreign key ("stated_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "service_file" cascade;`);
    this.addSql(`drop table if exists "delivery_milestone" cascade;`);
    this.addSql(`drop table if exists "access_review_step" cascade;`);
    this.addSql(`drop table if exists "access_request" cascade;`);

    this.addSql(`drop type "service_file_purpose";`);
    this.addSql(`drop type "delivery_milestone_kind";`);
    this.addSql(`drop type "access_review_step_kind";`);
    this.addSql(`drop type "access_review_outcome";`);
    this.addSql(`drop type "access_material";`);
  }
}

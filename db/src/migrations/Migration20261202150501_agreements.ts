import { Migration } from '@mikro-orm/migrations';

/**
 * Agreements: the office's record of CDAs, MTAs, options, licences, service and research agreements with companies,
 * the listings they cover, the payments of options and licences, their documents, and the EoIs they came from (one
 * closing agreement per EoI). The partial index serves the expiry job, which watches signed and active ones.
 */
export class Migration20261202150501_agreements extends Migration {

  override name = 'Migration20261202150501_agreements';

  override up(): void | Promise<void> {
    this.addSql(`create type "agreement_type" as enum ('CDA', 'MTA', 'OPTION', 'LICENSE', 'SERVICE_AGREEMENT', 'RESEARCH_COLLABORATION');`);
    this.addSql(`create type "agreement_status" as enum ('DRAFTING', 'UNDER_NEGOTIATION', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED', 'ABANDONED');`);
    this.addSql(`create type "license_exclusivity" as enum ('EXCLUSIVE', 'NON_EXCLUSIVE', 'SOLE');`);
    this.addSql(`create type "royalty_reporting_period" as enum ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL');`);
    this.addSql(`create type "milestone_kind" as enum ('UPFRONT', 'MILESTONE', 'ANNUAL_FEE');`);
    this.addSql(`create type "milestone_status" as enum ('EXPECTED', 'INVOICED', 'RECEIVED');`);
    this.addSql(`create table "agreement" ("id" serial primary key, "institution_id" int not null, "company_id" int not null, "type" "agreement_type" not null, "title" varchar(200) not null, "status" "agreement_status" not null default 'DRAFTING', "exclusivity" "license_exclusivity" null, "field_of_use" varchar(500) null, "territory" varchar(200) null, "signature_date" date null, "effective_date" date null, "expiry_date" date null, "owner_id" int null, "notes" text not null default '', "terms_shared_with_inventors" boolean not null default false, "royalty_rate_basis_points" int null, "royalty_reporting_period" "royalty_reporting_period" null, "expiry_reminder_sent_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "agreement_company_id_index" on "agreement" ("company_id");`);
    this.addSql(`create index "agreement_institution_status_idx" on "agreement" ("institution_id", "status");`);
    this.addSql(`create index "agreement_in_force_expiry_idx" on "agreement" ("expiry_date") where "status" in ('SIGNED', 'ACTIVE');`);

    this.addSql(`create table "eoi_agreement" ("id" serial primary key, "eoi_id" int not null, "agreement_id" int not null, "closes_eoi" boolean not null default false, "created_at" timestamptz not null);`);
    this.addSql(`create index "eoi_agreement_eoi_id_index" on "eoi_agreement" ("eoi_id");`);
    this.addSql(`alter table "eoi_agreement" add constraint "eoi_agreement_agreement_id_unique" unique ("agreement_id");`);
    this.addSql(`create unique index "eoi_agreement_one_closing" on "eoi_agreement" ("eoi_id") where "closes_eoi";`);

    this.addSql(`create table "agreement_milestone" ("id" serial primary key, "agreement_id" int not null, "kind" "milestone_kind" not null, "event" varchar(300) not null, "due_date" date null, "trigger" varchar(300) null, "amount_cents" bigint not null, "status" "milestone_status" not null default 'EXPECTED', "received_amount_cents" bigint null, "received_on" date null, "created_at" timestamptz not null);`);
    this.addSql(`create index "agreement_milestone_agreement_id_index" on "agreement_milestone" ("agreement_id");`);

    this.addSql(`create table "agreement_listing" ("id" serial primary key, "agreement_id" int not null, "asset_id" int not null);`);
    this.addSql(`create index "agreement_listing_asset_idx" on "agreement_listing" ("asset_id");`);
    this.addSql(`alter table "agreement_listing" add constraint "agreement_listing_unique" unique ("agreement_id", "asset_id");`);

    this.addSql(`create table "agreement_attachment" ("id" serial primary key, "agreement_id" int not null, "uploaded_by_id" int null, "file_name" varchar(200) not null, "content_type" varchar(40) not null, "byte_size" int not null, "storage_key" varchar(100) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "agreement_attachment_agreement_id_index" on "agreement_attachment" ("agreement_id");`);
    this.addSql(`alter table "agreement_attachment" add constraint "agreement_attachment_storage_key_unique" unique ("storage_key");`);

    this.addSql(`alter table "agreement" add constraint "agreement_institution_id_foreign" foreign key ("institution_id") references "institution" ("id");`);
    this.addSql(`alter table "agreement" add constraint "agreement_company_id_foreign" foreign key ("company_id") references "company" ("id");`);
    this.addSql(`alter table "agreement" add constraint "agreement_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "agreement" add constraint "agreement_royalty_rate_basis_points_check" check (((royalty_rate_basis_points >= 0) AND (royalty_rate_basis_points <= 10000)));`);

    this.addSql(`alter table "eoi_agreement" add constraint "eoi_agreement_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "eoi_agreement" add constraint "eoi_agreement_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);

    this.addSql(`alter table "agreement_milestone" add constraint "agreement_milestone_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_milestone" add constraint "agreement_milestone_amount_cents_check" check (amount_cents >= 0);`);
    this.addSql(`alter table "agreement_milestone" add constraint "agreement_milestone_received_amount_cents_check" check (received_amount_cents >= 0);`);

    this.addSql(`alter table "agreement_listing" add constraint "agreement_listing_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_listing" add constraint "agreement_listing_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on delete cascade;`);

    this.addSql(`alter table "agreement_attachment" add constraint "agreement_attachment_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_attachment" add constraint "agreement_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "eoi_agreement" cascade;`);
    this.addSql(`drop table if exists "agreement_milestone" cascade;`);
    this.addSql(`drop table if exists "agreement_listing" cascade;`);
    this.addSql(`drop table if exists "agreement_attachment" cascade;`);
    this.addSql(`drop table if exists "agreement" cascade;`);
    this.addSql(`drop type "agreement_type";`);
    this.addSql(`drop type "agreement_status";`);
    this.addSql(`drop type "license_exclusivity";`);
    this.addSql(`drop type "royalty_reporting_period";`);
    this.addSql(`drop type "milestone_kind";`);
    this.addSql(`drop type "milestone_status";`);
  }
}

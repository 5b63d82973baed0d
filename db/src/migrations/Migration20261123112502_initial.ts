import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112502_initial extends Migration {

  override name = 'Migration20261123112502_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "company_size" as enum ('STARTUP', 'SME', 'MID_CAP', 'LARGE');`);
    this.addSql(`create type "partnership_level" as enum ('PROSPECT', 'PARTNER');`);
    this.addSql(`create type "platform_kind" as enum ('BIOSCIENCE_LAB', 'BIOBANK', 'ANIMAL_FACILITY', 'GENOMICS', 'BIOSTATISTICS', 'RADIOTHERAPY');`);
    this.addSql(`create type "taxonomy_kind" as enum ('SECTOR', 'THERAPEUTIC_AREA');`);
    this.addSql(`create type "user_role" as enum ('COMPANY_MEMBER', 'RESEARCHER', 'TT_OFFICER', 'ADMIN');`);
    this.addSql(`create type "asset_kind" as enum ('INVENTION', 'PROTOTYPE', 'SERVICE');`);
    this.addSql(`create type "asset_status" as enum ('DRAFT', 'PUBLISHED', 'ARCHIVED');`);
    this.addSql(`create type "ip_status" as enum ('NONE', 'PATENT_PENDING', 'PATENT_GRANTED', 'KNOW_HOW', 'COPYRIGHT', 'TRADEMARK');`);
    this.addSql(`create type "development_stage" as enum ('DISCOVERY', 'PROOF_OF_CONCEPT', 'PRECLINICAL', 'CLINICAL_VALIDATION', 'CLINICAL_TRIAL', 'MARKET_READY', 'IN_SERVICE');`);
    this.addSql(`create type "pricing_model" as enum ('FEE_FOR_SERVICE', 'PER_SAMPLE', 'PROJECT_QUOTE', 'COLLABORATIVE');`);
    this.addSql(`create table "company" ("id" serial primary key, "slug" varchar(80) not null, "name" varchar(200) not null, "country" varchar(2) not null, "city" varchar(80) null, "size" "company_size" not null, "interests" text[] not null default '{}', "website" varchar(200) null, "description" text not null, "partnership_level" "partnership_level" not null, "listed" boolean not null default false, "created_at" timestamptz not null);`);
    this.addSql(`alter table "company" add constraint "company_slug_unique" unique ("slug");`);

    this.addSql(`create table "institution" ("id" serial primary key, "slug" varchar(80) not null, "name" varchar(200) not null, "short_name" varchar(40) not null, "city" varchar(80) not null, "region" varchar(80) not null, "country" varchar(2) not null default 'IT', "website" varchar(200) null, "contact_email" varchar(200) not null, "description" text not null, "mission" text not null, "networks" text[] not null default '{}', "created_at" timestamptz not null);`);
    this.addSql(`alter table "institution" add constraint "institution_slug_unique" unique ("slug");`);

    this.addSql(`create table "inventor" ("id" serial primary key, "name" varchar(160) not null, "affiliation" varchar(240) not null, "email" varchar(200) null);`);

    this.addSql(`create table "platform" ("id" serial primary key, "slug" varchar(80) not null, "institution_id" int not null, "name" varchar(200) not null, "kind" "platform_kind" not null, "description" text not null, "capabilities" text[] not null default '{}');`);
    this.addSql(`alter table "platform" add constraint "platform_slug_unique" unique ("slug");`);
    this.addSql(`create index "platform_institution_id_index" on "platform" ("institution_id");`);

    this.addSql(`create table "sector" ("id" serial primary key, "slug" varchar(80) not null, "kind" "taxonomy_kind" not null, "parent_id" int null, "label_en" varchar(120) not null, "label_it" varchar(120) not null, "position" int not null default 0);`);
    this.addSql(`alter table "sector" add constraint "sector_slug_unique" unique ("slug");`);
    this.addSql(`create index "sector_parent_id_index" on "sector" ("parent_id");`);

    this.addSql(`create table "company_sector" ("company_id" int not null, "sector_id" int not null, primary key ("company_id", "sector_id"));`);

    this.addSql(`create table "app_user" ("id" serial primary key, "email" varchar(200) not null, "name" varchar(160) not null, "title" varchar(160) null, "role" "user_role" not null, "institution_id" int null, "company_id" int null, "password_hash" varchar(255) null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_institution_id_index" on "app_user" ("institution_id");`);
    this.addSql(`create index "app_user_company_id_index" on "app_user" ("company_id");`);

    this.addSql(`create table "asset" ("id" serial primary key, "slug" varchar(120) not null, "kind" "asset_kind" not null, "status" "asset_status" not null default 'DRAFT', "title" varchar(200) not null, "summary" varchar(400) not null, "description" text not null, "problem" text not null, "benefits" text not null, "applications" text[] not null default '{}', "trl" smallint not null, "ip_status" "ip_status" not null, "patent_numbers" text[] not null default '{}', "development_stage" "development_stage" not null, "partnering_models" text[] not null default '{}', "keywords" text[] not null default '{}', "institution_id" int not null, "platform_id" int null, "contact_officer_id" int null, "turnaround" varchar(200) null, "pricing_model" "pricing_model" null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_vector" tsvector null);`);
    this.addSql(`alter table "asset" add constraint "asset_slug_unique" unique ("slug");`);
    this.addSql(`create index "asset_status_published_at_index" on "asset" ("status", "published_at");`);
    this.addSql(`create index "asset_institution_id_index" on "asset" ("institution_id");`);
    this.addSql(`create index "asset_kind_index" on "asset" ("kind");`);
    this.addSql(`create index "asset_search_vector_idx" on "asset" using gin ("search_vector");`);
    this.addSql(`create index "asset_partnering_models_idx" on "asset" using gin ("partnering_models");`);
    this.addSql(`create index "asset_published_newest_idx" on "asset" ("published_at" desc, "id" desc) where "status" = 'PUBLISHED';`);
    this.addSql(`create index "asset_published_title_idx" on "asset" (lower("title"), "id") where "status" = 'PUBLISHED';`);

    this.addSql(`create table "asset_sector" ("asset_id" int not null, "sector_id" int not null, primary key ("asset_id", "sector_id"));`);
    this.addSql(`create index "asset_sector_sector_id_index" on "asset_sector" ("sector_id");`);

    this.addSql(`create table "asset_inventor" ("asset_id" int not null, "inventor_id" int not null, "position" smallint not null default 0, primary key ("asset_id", "inventor_id"));`);
    this.addSql(`create index "asset_inventor_inventor_id_index" on "asset_inventor" ("inventor_id");`);

    this.addSql(`alter table "platform" add constraint "platform_institution_id_foreign" foreign key ("institution_id") references "institution" ("id");`);

    this.addSql(`alter table "sector" add constraint "sector_parent_id_foreign" foreign key ("parent_id") references "sector" ("id") on delete set null;`);

    this.addSql(`alter table "company_sector" add constraint "company_sector_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "company_sector" add constraint "company_sector_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete set null;`);

    this.addSql(`alter table "asset" add constraint "asset_institution_id_foreign" foreign key ("institution_id") references "institution" ("id");`);
    this.addSql(`alter table "asset" add constraint "asset_platform_id_foreign" foreign key ("platform_id") references "platform" ("id") on delete set null;`);
    this.addSql(`alter table "asset" add constraint "asset_contact_officer_id_foreign" foreign key ("contact_officer_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "asset" add constraint "asset_trl_check" check (((trl >= 1) AND (trl <= 9)));`);
    this.addSql(`create or replace function "asset_search_vector_fn"() returns trigger as \$\$ begin new.search_vector :=
    setweight(to_tsvector('english', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('italian', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('english', array_to_string(new.keywords, ' ')), 'A') ||
    setweight(to_tsvector('italian', array_to_string(new.keywords, ' ')), 'A') ||
    setweight(to_tsvector('english', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('italian', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('english', concat_ws(' ', new.description, new.problem, new.benefits, array_to_string(new.applications, ' '))), 'C') ||
    setweight(to_tsvector('italian', concat_ws(' ', new.description, new.problem, new.benefits, array_to_string(new.applications, ' '))), 'C') ||
    setweight(to_tsvector('simple', array_to_string(new.patent_numbers, ' ')), 'D');   return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "search_vector" BEFORE INSERT OR UPDATE on "asset" for each ROW execute function "asset_search_vector_fn"();`);

    this.addSql(`alter table "asset_sector" add constraint "asset_sector_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "asset_sector" add constraint "asset_sector_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "asset_inventor" add constraint "asset_inventor_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "asset_inventor" add constraint "asset_inventor_inventor_id_foreign" foreign key ("inventor_id") references "inventor" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "company_sector" drop constraint "company_sector_company_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_company_id_foreign";`);
    this.addSql(`alter table "platform" drop constraint "platform_institution_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_institution_id_foreign";`);
    this.addSql(`alter table "asset" drop constraint "asset_institution_id_foreign";`);
    this.addSql(`alter table "asset_inventor" drop constraint "asset_inventor_inventor_id_foreign";`);
    this.addSql(`alter table "asset" drop constraint "asset_platform_id_foreign";`);
    this.addSql(`alter table "sector" drop constraint "sector_parent_id_foreign";`);
    this.addSql(`alter table "company_sector" drop constraint "company_sector_sector_id_foreign";`);
    this.addSql(`alter table "asset_sector" drop constraint "asset_sector_sector_id_foreign";`);
    this.addSql(`alter table "asset" drop constraint "asset_contact_officer_id_foreign";`);
    this.addSql(`alter table "asset_sector" drop constraint "asset_sector_asset_id_foreign";`);
    this.addSql(`alter table "asset_inventor" drop constraint "asset_inventor_asset_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);
    this.addSql(`drop table if exists "institution" cascade;`);
    this.addSql(`drop table if exists "inventor" cascade;`);
    this.addSql(`drop table if exists "platform" cascade;`);
    this.addSql(`drop table if exists "sector" cascade;`);
    this.addSql(`drop table if exists "company_sector" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop trigger if exists "search_vector" on "asset";`);
    this.addSql(`drop function if exists "asset_search_vector_fn"();`);
    this.addSql(`drop table if exists "asset" cascade;`);
    this.addSql(`drop table if exists "asset_sector" cascade;`);
    this.addSql(`drop table if exists "asset_inventor" cascade;`);

    this.addSql(`drop type "company_size";`);
    this.addSql(`drop type "partnership_level";`);
    this.addSql(`drop type "platform_kind";`);
    this.addSql(`drop type "taxonomy_kind";`);
    this.addSql(`drop type "user_role";`);
    this.addSql(`drop type "asset_kind";`);
    this.addSql(`drop type "asset_status";`);
    this.addSql(`drop type "ip_status";`);
    this.addSql(`drop type "development_stage";`);
    this.addSql(`drop type "pricing_model";`);
  }

}

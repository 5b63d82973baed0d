import { Migration } from '@mikro-orm/migrations';

export class Migration20261202224823_partner_records extends Migration {

  override name = 'Migration20261202224823_partner_records';

  override up(): void | Promise<void> {
    this.addSql(`create type "partner_status" as enum ('PROSPECT', 'IN_CONTACT', 'PARTNER', 'FORMER_PARTNER');`);
    this.addSql(`create table "partner_relationship" ("id" serial primary key, "institution_id" int not null, "company_id" int not null, "status" "partner_status" not null, "owner_id" int null, "notes" text not null default '', "created_at" timestamptz not null, "created_by_id" int null, "updated_at" timestamptz not null, "updated_by_id" int null);`);
    this.addSql(`create index "partner_relationship_company_id_index" on "partner_relationship" ("company_id");`);
    this.addSql(`create index "partner_relationship_owner_id_index" on "partner_relationship" ("owner_id");`);
    this.addSql(`alter table "partner_relationship" add constraint "partner_relationship_institution_company_unique" unique ("institution_id", "company_id");`);

    this.addSql(`create table "partner_contact" ("id" serial primary key, "relationship_id" int not null, "name" varchar(160) not null, "role" varchar(160) not null default '', "email" varchar(200) not null default '', "phone" varchar(40) not null default '', "notes" varchar(2000) not null default '', "created_at" timestamptz not null);`);
    this.addSql(`create index "partner_contact_relationship_id_index" on "partner_contact" ("relationship_id");`);

    this.addSql(`create table "company_contact_person" ("user_id" int not null, "by_email" boolean not null default true, "phone" varchar(40) not null default '', primary key ("user_id"));`);

    this.addSql(`alter table "company" add "contact_note" text not null default '';`);

    this.addSql(`alter table "partner_relationship" add constraint "partner_relationship_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete cascade;`);
    this.addSql(`alter table "partner_relationship" add constraint "partner_relationship_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "partner_relationship" add constraint "partner_relationship_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "partner_relationship" add constraint "partner_relationship_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "partner_relationship" add constraint "partner_relationship_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "partner_contact" add constraint "partner_contact_relationship_id_foreign" foreign key ("relationship_id") references "partner_relationship" ("id") on delete cascade;`);

    this.addSql(`alter table "company_contact_person" add constraint "company_contact_person_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    // The one global label (company.partnership_level) becomes each institute's own record, where the company has a
    // history with the institute (an EoI on one of its listings, or an agreement): the label said "Partner" or
    // "Prospect" without saying whose, so a company nobody at an institute dealt with gets no record there.
    this.addSql(`insert into "partner_relationship" ("institution_id", "company_id", "status", "created_at", "updated_at")
      select h.institution_id, c.id, c.partnership_level::text::partner_status, now(), now()
      from company c join (
        select a.institution_id, e.company_id from expression_of_interest e join asset a on a.id = e.asset_id
        union select g.institution_id, g.company_id from agreement g
      ) h on h.company_id = c.id
      on conflict ("institution_id", "company_id") do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "partner_contact" cascade;`);
    this.addSql(`drop table if exists "partner_relationship" cascade;`);
    this.addSql(`drop table if exists "company_contact_person" cascade;`);
    this.addSql(`alter table "company" drop column "contact_note";`);
    this.addSql(`drop type "partner_status";`);
  }

}

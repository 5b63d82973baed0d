import { Migration } from '@mikro-orm/migrations';

export class Migration20261202224941_quotes extends Migration {

  override name = 'Migration20261202224941_quotes';

  override up(): void | Promise<void> {
    this.addSql(`create type "quote_status" as enum ('SENT', 'ACCEPTED', 'DECLINED', 'SUPERSEDED');`);
    this.addSql(`create type "quote_decline_reason" as enum ('PRICE', 'TIMELINE', 'SCOPE', 'FOUND_ANOTHER_PROVIDER', 'BUDGET_NOT_APPROVED', 'OTHER');`);
    this.addSql(`create table "quote" ("id" serial primary key, "eoi_id" int not null, "version" int not null, "status" "quote_status" not null, "valid_until" date not null, "conditions" text not null default '', "delivery_estimate" varchar(200) not null default '', "delivery_weeks" int null, "currency" varchar(3) not null default 'EUR', "net_cents" bigint not null, "vat_cents" bigint not null, "gross_cents" bigint not null, "language" "app_language" not null default 'en', "created_by_id" int null, "created_at" timestamptz not null, "sent_at" timestamptz not null, "decided_by_id" int null, "decided_at" timestamptz null, "decline_reason" "quote_decline_reason" null, "decline_comment" text null, "decline_comment_language" "app_language" null);`);
    this.addSql(`create index "quote_sent_at_idx" on "quote" ("sent_at");`);
    this.addSql(`create unique index "quote_one_sent_per_eoi" on "quote" ("eoi_id") where "status" = 'SENT';`);
    this.addSql(`alter table "quote" add constraint "quote_eoi_version_unique" unique ("eoi_id", "version");`);

    this.addSql(`create table "quote_line" ("id" serial primary key, "quote_id" int not null, "position" int not null, "description" varchar(300) not null, "quantity_hundredths" bigint not null, "unit" varchar(40) not null, "unit_price_cents" bigint not null, "vat_basis_points" int not null, "net_cents" bigint not null, "vat_cents" bigint not null);`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_position_unique" unique ("quote_id", "position");`);

    this.addSql(`alter table "quote" add constraint "quote_eoi_id_foreign" foreign key ("eoi_id") references "expression_of_interest" ("id") on delete cascade;`);
    this.addSql(`alter table "quote" add constraint "quote_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "quote" add constraint "quote_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "quote" add constraint "quote_version_check" check (version >= 1);`);

    this.addSql(`alter table "quote_line" add constraint "quote_line_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on delete cascade;`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_quantity_hundredths_check" check (quantity_hundredths > 0);`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_vat_basis_points_check" check (((vat_basis_points >= 0) AND (vat_basis_points <= 10000)));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "quote_line" cascade;`);
    this.addSql(`drop table if exists "quote" cascade;`);
    this.addSql(`drop type "quote_status";`);
    this.addSql(`drop type "quote_decline_reason";`);
  }
}

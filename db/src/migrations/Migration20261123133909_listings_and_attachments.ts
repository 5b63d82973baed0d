import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133909_listings_and_attachments extends Migration {

  override name = 'Migration20261123133909_listings_and_attachments';

  override up(): void | Promise<void> {
    this.addSql(`create table "disclosure_attachment" ("id" serial primary key, "disclosure_id" int not null, "uploaded_by_id" int null, "file_name" varchar(200) not null, "content_type" varchar(40) not null, "byte_size" int not null, "storage_key" varchar(100) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "disclosure_attachment_disclosure_id_index" on "disclosure_attachment" ("disclosure_id");`);
    this.addSql(`alter table "disclosure_attachment" add constraint "disclosure_attachment_storage_key_unique" unique ("storage_key");`);

    this.addSql(`create table "asset_slug_redirect" ("slug" varchar(120) not null, "asset_id" int not null, "created_at" timestamptz not null, primary key ("slug"));`);
    this.addSql(`create index "asset_slug_redirect_asset_id_index" on "asset_slug_redirect" ("asset_id");`);

    this.addSql(`alter table "disclosure" add "asset_id" int null;`);
    this.addSql(`alter table "disclosure" add constraint "disclosure_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on delete set null;`);
    this.addSql(`create index "disclosure_asset_id_index" on "disclosure" ("asset_id");`);

    this.addSql(`alter table "disclosure_attachment" add constraint "disclosure_attachment_disclosure_id_foreign" foreign key ("disclosure_id") references "disclosure" ("id") on delete cascade;`);
    this.addSql(`alter table "disclosure_attachment" add constraint "disclosure_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "asset_slug_redirect" add constraint "asset_slug_redirect_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "disclosure_attachment" cascade;`);
    this.addSql(`drop table if exists "asset_slug_redirect" cascade;`);

    this.addSql(`alter table "disclosure" drop constraint "disclosure_asset_id_foreign";`);

    this.addSql(`drop index "disclosure_asset_id_index";`);
    this.addSql(`alter table "disclosure" drop column "asset_id";`);
  }

}

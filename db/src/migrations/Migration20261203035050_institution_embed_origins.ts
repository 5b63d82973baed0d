import { Migration } from '@mikro-orm/migrations';

export class Migration20261203035050_institution_embed_origins extends Migration {

  override name = 'Migration20261203035050_institution_embed_origins';

  override up(): void | Promise<void> {
    this.addSql(`create table "institution_embed_origin" ("id" serial primary key, "institution_id" int not null, "origin" varchar(300) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "institution_embed_origin" add constraint "institution_embed_origin_unique" unique ("institution_id", "origin");`);

    this.addSql(`alter table "institution_embed_origin" add constraint "institution_embed_origin_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "institution_embed_origin" cascade;`);
  }
}

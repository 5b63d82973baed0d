import { Migration } from '@mikro-orm/migrations';

export class Migration20261203024445_retire_sectors_and_platforms extends Migration {
  override name = 'Migration20261203024445_retire_sectors_and_platforms';

  override up(): void | Promise<void> {
    this.addSql(`alter table "platform" add "retired_at" timestamptz null;`);

    this.addSql(`alter table "sector" add "retired_at" timestamptz null, add "replaced_by_id" int null;`);
    this.addSql(
      `alter table "sector" add constraint "sector_replaced_by_id_foreign" foreign key ("replaced_by_id") references "sector" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sector" drop constraint "sector_replaced_by_id_foreign";`);
    this.addSql(`alter table "platform" drop column "retired_at";`);
    this.addSql(`alter table "sector" drop column "retired_at", drop column "replaced_by_id";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123132307_browse_index extends Migration {

  override name = 'Migration20261123132307_browse_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "asset_status_published_at_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "asset_status_published_at_index" on "asset" ("status", "published_at");`);
  }

}

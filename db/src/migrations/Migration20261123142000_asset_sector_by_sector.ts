import { Migration } from '@mikro-orm/migrations';

export class Migration20261123142000_asset_sector_by_sector extends Migration {

  override name = 'Migration20261123142000_asset_sector_by_sector';

  override up(): void | Promise<void> {
    this.addSql(`drop index "asset_sector_sector_id_index";`);
    this.addSql(`create index "asset_sector_sector_asset_idx" on "asset_sector" ("sector_id", "asset_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "asset_sector_sector_asset_idx";`);
    this.addSql(`create index "asset_sector_sector_id_index" on "asset_sector" ("sector_id");`);
  }

}

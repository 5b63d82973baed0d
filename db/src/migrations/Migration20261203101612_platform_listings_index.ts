import { Migration } from '@mikro-orm/migrations';

export class Migration20261203101612_platform_listings_index extends Migration {

  override name = 'Migration20261203101612_platform_listings_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "asset_published_platform_idx" on "asset" ("platform_id", "title", "id") where "status" = 'PUBLISHED' and "platform_id" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "asset_published_platform_idx";`);
  }

}

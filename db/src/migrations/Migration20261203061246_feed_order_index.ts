import { Migration } from '@mikro-orm/migrations';

export class Migration20261203061246_feed_order_index extends Migration {

  override name = 'Migration20261203061246_feed_order_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "asset_published_updated_idx" on "asset" ("updated_at" desc, "id" desc) where "status" = 'PUBLISHED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "asset_published_updated_idx";`);
  }

}

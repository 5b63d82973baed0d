import { Migration } from '@mikro-orm/migrations';

export class Migration20261202173259_listing_expiry extends Migration {

  override name = 'Migration20261202173259_listing_expiry';

  override up(): void | Promise<void> {
    this.addSql(`alter table "asset" add "expires_on" date null, add "expiry_reminder_sent_at" timestamptz null, add "expired_at" timestamptz null;`);
    this.addSql(`create index "asset_published_expiry_idx" on "asset" ("expires_on") where "status" = 'PUBLISHED' and "expires_on" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "asset_published_expiry_idx";`);
    this.addSql(`alter table "asset" drop column "expires_on", drop column "expiry_reminder_sent_at", drop column "expired_at";`);
  }
}

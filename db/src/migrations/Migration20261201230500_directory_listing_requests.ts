import { Migration } from '@mikro-orm/migrations';

export class Migration20261201230500_directory_listing_requests extends Migration {

  override name = 'Migration20261201230500_directory_listing_requests';

  override up(): void | Promise<void> {
    // A company member asks to be listed; an administrator or an officer decides (`listed` is the decision).
    this.addSql(`alter table "company" add column "listing_requested_at" timestamptz null;`);
    // The reviewers' queue, oldest first: only the few pending requests are indexed.
    this.addSql(`create index "company_listing_requested_at_idx" on "company" ("listing_requested_at", "id") where "listing_requested_at" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "company_listing_requested_at_idx";`);
    this.addSql(`alter table "company" drop column "listing_requested_at";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261202064429_user_language extends Migration {

  override name = 'Migration20261202064429_user_language';

  override up(): void | Promise<void> {
    // The languages of the marketplace (shared/languages.ts): the one an account reads it and is e-mailed in,
    // and the one each queued e-mail is written in.
    this.addSql(`create type "app_language" as enum ('en', 'it');`);
    this.addSql(`alter table "app_user" add "language" "app_language" not null default 'en';`);
    this.addSql(`alter table "outbox_message" add "language" "app_language" not null default 'en';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outbox_message" drop column "language";`);
    this.addSql(`alter table "app_user" drop column "language";`);
    this.addSql(`drop type "app_language";`);
  }

}

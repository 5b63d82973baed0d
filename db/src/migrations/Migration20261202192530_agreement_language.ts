import { Migration } from '@mikro-orm/migrations';

/** The language an agreement's texts were written in (rows before it are English, as the demo data are). */
export class Migration20261202192530_agreement_language extends Migration {
  override name = 'Migration20261202192530_agreement_language';

  override up(): void | Promise<void> {
    this.addSql(`alter table "agreement" add "language" "app_language" not null default 'en';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "agreement" drop column "language";`);
  }
}

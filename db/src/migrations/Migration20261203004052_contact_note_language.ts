import { Migration } from '@mikro-orm/migrations';

export class Migration20261203004052_contact_note_language extends Migration {
  override name = 'Migration20261203004052_contact_note_language';

  override up(): void | Promise<void> {
    this.addSql(`alter table "company" add "contact_note_language" "app_language" not null default 'en';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "company" drop column "contact_note_language";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261202080000_written_language extends Migration {

  override name = 'Migration20261202080000_written_language';

  override up(): void | Promise<void> {
    // The language each text people type was written in (db/src/entities/written-language.ts), so pages mark it
    // where it is shown in the other language. What exists was written in English.
    this.addSql(`alter table "company" add "interests_language" "app_language" not null default 'en';`);
    this.addSql(`alter table "app_user" add "title_language" "app_language" not null default 'en';`);
    this.addSql(`alter table "expression_of_interest" add "language" "app_language" not null default 'en', add "decline_message_language" "app_language" null;`);
    this.addSql(`update "expression_of_interest" set "decline_message_language" = 'en' where "decline_message" is not null;`);
    this.addSql(`alter table "eoi_transition" add "language" "app_language" not null default 'en';`);
    this.addSql(`alter table "eoi_message" add "language" "app_language" not null default 'en';`);
    this.addSql(`alter table "disclosure" add "language" "app_language" not null default 'en', add "assessment_notes_language" "app_language" null;`);
    this.addSql(`update "disclosure" set "assessment_notes_language" = 'en' where "assessment_notes" is not null;`);
    this.addSql(`alter table "disclosure_transition" add "language" "app_language" not null default 'en';`);
    this.addSql(`alter table "disclosure_message" add "language" "app_language" not null default 'en';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "disclosure_message" drop column "language";`);
    this.addSql(`alter table "disclosure_transition" drop column "language";`);
    this.addSql(`alter table "disclosure" drop column "language", drop column "assessment_notes_language";`);
    this.addSql(`alter table "eoi_message" drop column "language";`);
    this.addSql(`alter table "eoi_transition" drop column "language";`);
    this.addSql(`alter table "expression_of_interest" drop column "language", drop column "decline_message_language";`);
    this.addSql(`alter table "app_user" drop column "title_language";`);
    this.addSql(`alter table "company" drop column "interests_language";`);
  }

}

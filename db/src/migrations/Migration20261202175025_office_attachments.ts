import { Migration } from '@mikro-orm/migrations';

/** Word, Excel and PowerPoint attachments: their content types are longer than 40 characters. */
export class Migration20261202175025_office_attachments extends Migration {
  override name = 'Migration20261202175025_office_attachments';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "disclosure_attachment" alter column "content_type" type varchar(100) using ("content_type"::varchar(100));`,
    );
    this.addSql(
      `alter table "agreement_attachment" alter column "content_type" type varchar(100) using ("content_type"::varchar(100));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "agreement_attachment" alter column "content_type" type varchar(40) using ("content_type"::varchar(40));`,
    );
    this.addSql(
      `alter table "disclosure_attachment" alter column "content_type" type varchar(40) using ("content_type"::varchar(40));`,
    );
  }
}

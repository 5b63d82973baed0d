import { Migration } from '@mikro-orm/migrations';

/** An institute's city and region as Italian names them (Milano, Lombardia), shown on its pages in Italian. */
export class Migration20261205030500_institution_place_names_in_italian extends Migration {
  override name = 'Migration20261205030500_institution_place_names_in_italian';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "institution" add "city_it" varchar(80) not null default '', add "region_it" varchar(80) not null default '';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "institution" drop column "city_it", drop column "region_it";`);
  }
}

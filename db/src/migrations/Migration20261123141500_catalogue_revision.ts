import { Migration } from '@mikro-orm/migrations';

/** The tables whose rows public catalogue answers are made of (app_user too, for contact officers' names). */
const CATALOGUE_TABLES = [
  'asset',
  'asset_sector',
  'asset_inventor',
  'asset_slug_redirect',
  'inventor',
  'sector',
  'institution',
  'platform',
];

export class Migration20261123141500_catalogue_revision extends Migration {

  override name = 'Migration20261123141500_catalogue_revision';

  override up(): void | Promise<void> {
    this.addSql(`create table "catalogue_revision" ("id" smallint not null, "revision" bigint not null, primary key ("id"));`);
    this.addSql(`insert into "catalogue_revision" ("id", "revision") values (1, 0);`);
    // Once per transaction, from a deferred trigger: the row is locked at commit, after every other lock the
    // transaction takes, so two writers never deadlock on it.
    this.addSql(`create or replace function "catalogue_revision_bump"() returns trigger as $$ begin
    if current_setting('tt.catalogue_revision_bumped', true) is distinct from 'yes' then
      perform set_config('tt.catalogue_revision_bumped', 'yes', true);
      update catalogue_revision set revision = revision + 1 where id = 1;
    end if;
    return null; end; $$ language plpgsql;`);
    for (const table of CATALOGUE_TABLES) {
      this.addSql(`create constraint trigger "catalogue_revision" after insert or update or delete on "${table}" deferrable initially deferred for each row execute function "catalogue_revision_bump"();`);
    }
    this.addSql(`create constraint trigger "catalogue_revision" after update of "name", "title" or delete on "app_user" deferrable initially deferred for each row execute function "catalogue_revision_bump"();`);
  }

  override down(): void | Promise<void> {
    for (const table of [...CATALOGUE_TABLES, 'app_user']) {
      this.addSql(`drop trigger if exists "catalogue_revision" on "${table}";`);
    }
    this.addSql(`drop function if exists "catalogue_revision_bump"();`);
    this.addSql(`drop table if exists "catalogue_revision" cascade;`);
  }

}

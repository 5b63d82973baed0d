import { Migration } from '@mikro-orm/migrations';

// A listing's search row and related-listing key follow its sectors once per statement, for every listing the
// statement touched, instead of once per asset_sector row: saving a listing's sectors (a delete and an insert of
// a row per sector) refreshed the same listing twice per sector, some 17 ms of the database's CPU each time.
// Transition tables are allowed for one event per trigger only, hence three triggers on one function.
export class Migration20261203104235_asset_sector_rows extends Migration {

  override name = 'Migration20261203104235_asset_sector_rows';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "asset_rows_from_asset_sector"() returns trigger as $$
      declare ids int[];
      begin
        if tg_op = 'INSERT' then
          select array_agg(distinct r.asset_id) into ids from new_rows r;
        elsif tg_op = 'DELETE' then
          select array_agg(distinct r.asset_id) into ids from old_rows r;
        else
          select array_agg(distinct x.asset_id) into ids
          from (select r.asset_id from new_rows r union select r.asset_id from old_rows r) x;
        end if;
        if ids is not null then
          perform asset_related_refresh(ids);
          perform asset_search_refresh(ids);
        end if;
        return null;
      end; $$ language plpgsql;`);
    this.addSql(`drop trigger if exists "asset_related" on "asset_sector";`);
    this.addSql(`drop trigger if exists "asset_search" on "asset_sector";`);
    this.addSql(`drop function if exists "asset_related_from_asset_sector"();`);
    this.addSql(`drop function if exists "asset_search_from_asset_sector"();`);
    this.addSql(`create trigger "asset_rows_insert" after insert on "asset_sector" referencing new table as new_rows for each statement execute function "asset_rows_from_asset_sector"();`);
    this.addSql(`create trigger "asset_rows_update" after update on "asset_sector" referencing old table as old_rows new table as new_rows for each statement execute function "asset_rows_from_asset_sector"();`);
    this.addSql(`create trigger "asset_rows_delete" after delete on "asset_sector" referencing old table as old_rows for each statement execute function "asset_rows_from_asset_sector"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "asset_rows_insert" on "asset_sector";`);
    this.addSql(`drop trigger if exists "asset_rows_update" on "asset_sector";`);
    this.addSql(`drop trigger if exists "asset_rows_delete" on "asset_sector";`);
    this.addSql(`drop function if exists "asset_rows_from_asset_sector"();`);
    this.addSql(`create or replace function "asset_search_from_asset_sector"() returns trigger as $$ begin
      perform asset_search_refresh(array[coalesce(new.asset_id, old.asset_id)]);
      return null; end; $$ language plpgsql;`);
    this.addSql(`create or replace function "asset_related_from_asset_sector"() returns trigger as $$ begin
      perform asset_related_refresh(array[coalesce(new.asset_id, old.asset_id)]);
      return null; end; $$ language plpgsql;`);
    this.addSql(`create trigger "asset_search" after insert or update or delete on "asset_sector" for each row execute function "asset_search_from_asset_sector"();`);
    this.addSql(`create trigger "asset_related" after insert or update or delete on "asset_sector" for each row execute function "asset_related_from_asset_sector"();`);
  }

}

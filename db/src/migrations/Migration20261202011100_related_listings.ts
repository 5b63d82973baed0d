import { Migration } from '@mikro-orm/migrations';

/**
 * What ranking a listing's related listings reads, bounded however large the catalogue: "most shared
 * sectors, then the same kind, then the same institute, newest first" only depends, for a candidate, on its
 * set of sectors, kind, institute and publication date.
 *
 * sector_set holds each distinct set of sectors (sorted ids) a published listing has carried: there are as
 * many as the taxonomy's combinations in use, not as listings. asset_related_key is one narrow row per
 * PUBLISHED listing: its set, kind, institute and publication date, with one index per preference (same kind
 * and institute, same kind, same institute, any), each newest first within a set. The related listings are
 * then the sets ordered by sectors shared, and in each set the few newest of each preference, until enough
 * (asset_related_listings, called by asset-lookup.service.ts). Kept by triggers on asset and asset_sector; a
 * set left without listings stays (it costs a few index probes, and the rebuild drops it).
 */
export class Migration20261202011100_related_listings extends Migration {

  override name = 'Migration20261202011100_related_listings';

  override up(): void | Promise<void> {
    this.addSql(`create table "sector_set" ("id" serial primary key, "sector_ids" int[] not null);`);
    this.addSql(`alter table "sector_set" add constraint "sector_set_sector_ids_unique" unique ("sector_ids");`);
    this.addSql(`create index "sector_set_sector_ids_idx" on "sector_set" using gin ("sector_ids");`);
    this.addSql(`create table "asset_related_key" ("asset_id" int not null, "set_id" int not null, "kind" "asset_kind" not null, "institution_id" int not null, "published_at" timestamptz null, primary key ("asset_id"));`);
    this.addSql(`alter table "asset_related_key" add constraint "asset_related_key_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "asset_related_key" add constraint "asset_related_key_set_id_foreign" foreign key ("set_id") references "sector_set" ("id") on update cascade;`);
    this.addSql(`create index "asset_related_key_kind_institution_idx" on "asset_related_key" ("set_id", "kind", "institution_id", "published_at" desc, "asset_id");`);
    this.addSql(`create index "asset_related_key_kind_idx" on "asset_related_key" ("set_id", "kind", "published_at" desc, "asset_id") include ("institution_id");`);
    this.addSql(`create index "asset_related_key_institution_idx" on "asset_related_key" ("set_id", "institution_id", "published_at" desc, "asset_id") include ("kind");`);
    this.addSql(`create index "asset_related_key_newest_idx" on "asset_related_key" ("set_id", "published_at" desc, "asset_id") include ("kind", "institution_id");`);

    // What the rows of these listings should hold: published ones only, with their sectors as a sorted array.
    this.addSql(`create or replace function "asset_related_rows"("ids" int[])
      returns table ("asset_id" int, "sector_ids" int[], "kind" "asset_kind", "institution_id" int, "published_at" timestamptz) as $$
      select a.id, coalesce((select array_agg(x.sector_id order by x.sector_id) from asset_sector x where x.asset_id = a.id), '{}'),
        a.kind, a.institution_id, a.published_at
      from asset a where a.id = any("ids") and a.status = 'PUBLISHED'
    $$ language sql stable;`);
    // Two statements: the second sees a set a concurrent transaction added (and committed) during the first.
    this.addSql(`create or replace function "asset_related_refresh"("ids" int[]) returns void as $$ begin
      delete from asset_related_key k where k.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = k.asset_id and a.status = 'PUBLISHED');
      insert into sector_set (sector_ids) select distinct r.sector_ids from asset_related_rows(ids) r
        order by 1 on conflict (sector_ids) do nothing;
      insert into asset_related_key (asset_id, set_id, kind, institution_id, published_at)
        select r.asset_id, s.id, r.kind, r.institution_id, r.published_at
        from asset_related_rows(ids) r join sector_set s on s.sector_ids = r.sector_ids
      on conflict (asset_id) do update set set_id = excluded.set_id, kind = excluded.kind,
        institution_id = excluded.institution_id, published_at = excluded.published_at
      where (asset_related_key.*) is distinct from (excluded.*);
    end; $$ language plpgsql;`);
    this.addSql(`create or replace function "asset_related_from_asset"() returns trigger as $$ begin
      perform asset_related_refresh(array[coalesce(new.id, old.id)]);
      return null; end; $$ language plpgsql;`);
    this.addSql(`create or replace function "asset_related_from_asset_sector"() returns trigger as $$ begin
      perform asset_related_refresh(array[coalesce(new.asset_id, old.asset_id)]);
      return null; end; $$ language plpgsql;`);
    // Only what the ranking reads: editing a listing's texts costs nothing here.
    this.addSql(`create trigger "asset_related" after insert or delete or update of "status", "kind", "institution_id", "published_at" on "asset" for each row execute function "asset_related_from_asset"();`);
    this.addSql(`create trigger "asset_related" after insert or update or delete on "asset_sector" for each row execute function "asset_related_from_asset_sector"();`);

    // The best few listings of one sector set for a listing (its id, kind and institute): the newest "size" of
    // each preference (same kind and institute, same kind, same institute, any), four index ranges that
    // together hold the set's best "size" by (same kind, same institute, newest, id). A plain query, inlined
    // where it is used.
    this.addSql(`create or replace function "asset_related_best_of_set"("p_set" int, "p_asset" int, "p_kind" "asset_kind", "p_institution" int, "p_size" int)
      returns table ("asset_id" int, "kind" "asset_kind", "institution_id" int, "published_at" timestamptz) as $$
      select distinct * from (
        (select r.asset_id, r.kind, r.institution_id, r.published_at from asset_related_key r
          where r.set_id = p_set and r.kind = p_kind and r.institution_id = p_institution and r.asset_id <> p_asset
          order by r.published_at desc, r.asset_id limit p_size)
        union all
        (select r.asset_id, r.kind, r.institution_id, r.published_at from asset_related_key r
          where r.set_id = p_set and r.kind = p_kind and r.asset_id <> p_asset
          order by r.published_at desc, r.asset_id limit p_size)
        union all
        (select r.asset_id, r.kind, r.institution_id, r.published_at from asset_related_key r
          where r.set_id = p_set and r.institution_id = p_institution and r.asset_id <> p_asset
          order by r.published_at desc, r.asset_id limit p_size)
        union all
        (select r.asset_id, r.kind, r.institution_id, r.published_at from asset_related_key r
          where r.set_id = p_set and r.asset_id <> p_asset
          order by r.published_at desc, r.asset_id limit p_size)
      ) q
    $$ language sql stable;`);
    // The related listings of a listing, with the sectors each shares: published listings sharing the most of
    // its sectors, then of the same kind, then of the same institute, newest first, then by id. Listings with
    // the same set of sectors share as many, so the sets sharing any are ranked by how many, and tier by tier
    // each gives its best few until the list is full (the incremental sort stops there). When too few share a
    // sector, the other sets fill the list (shared 0). PL/pgSQL so the plans are kept per connection: planning
    // the statement cost as much as running it.
    this.addSql(`create or replace function "asset_related_listings"("p_asset" int, "p_kind" "asset_kind", "p_institution" int, "p_size" int)
      returns table ("related_id" int, "shared" int) as $$
    declare
      found int;
      mine int[] := coalesce((select array_agg(x.sector_id) from asset_sector x where x.asset_id = p_asset), '{}');
    begin
      return query
        select c.asset_id, t.shared from (
          select s.id, (select count(*) from unnest(s.sector_ids) v where v = any(mine))::int as shared
          from sector_set s where s.sector_ids && mine
          order by 2 desc
        ) t cross join lateral asset_related_best_of_set(t.id, p_asset, p_kind, p_institution, p_size) c
        order by t.shared desc, (c.kind = p_kind) desc, (c.institution_id = p_institution) desc, c.published_at desc,
          c.asset_id
        limit p_size;
      get diagnostics found = row_count;
      if found < p_size then
        return query
          select c.asset_id, 0 from sector_set t
          cross join lateral asset_related_best_of_set(t.id, p_asset, p_kind, p_institution, p_size) c
          where not t.sector_ids && mine
          order by (c.kind = p_kind) desc, (c.institution_id = p_institution) desc, c.published_at desc, c.asset_id
          limit p_size - found;
      end if;
    end; $$ language plpgsql stable;`);

    // Every published listing's row in one statement, and only the sets in use (also what a bulk load calls).
    this.addSql(`create or replace function "asset_related_rebuild"() returns void as $$ begin
      delete from asset_related_key;
      delete from sector_set;
      perform asset_related_refresh(array(select id from asset where status = 'PUBLISHED'));
    end; $$ language plpgsql;`);
    this.addSql(`select asset_related_rebuild();`);
    this.addSql(`analyze sector_set, asset_related_key;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "asset_related" on "asset";`);
    this.addSql(`drop trigger if exists "asset_related" on "asset_sector";`);
    this.addSql(`drop table if exists "asset_related_key" cascade;`);
    this.addSql(`drop table if exists "sector_set" cascade;`);
    for (const fn of [
      'asset_related_listings(int, asset_kind, int, int)',
      'asset_related_best_of_set(int, int, asset_kind, int, int)',
      'asset_related_rebuild()',
      'asset_related_from_asset_sector()',
      'asset_related_from_asset()',
      'asset_related_refresh(int[])',
      'asset_related_rows(int[])',
    ]) {
      this.addSql(`drop function if exists "${fn.replace('(', '"(')};`);
    }
  }

}

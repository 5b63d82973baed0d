import { Migration } from '@mikro-orm/migrations';

/** What asset_search_rows reads of a listing, as the service_capacity migration wrote it (updated_at appended). */
function assetSearchRows(withUpdatedAt: boolean): string {
  return `create or replace function "asset_search_rows"("ids" int[]) returns setof "asset_search" as $$
      select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
        a.partnering_models, t.sector_ids, r.en, r.it,
        r.en || setweight(to_tsvector('english_unaccent', t.labels_en), 'C') ||
          setweight(to_tsvector('english_unaccent', concat_ws(' ', a.description, a.problem, a.benefits,
            array_to_string(a.applications, ' '))), 'C'),
        r.it || setweight(to_tsvector('italian_unaccent', t.labels_it), 'C') ||
          setweight(to_tsvector('italian_unaccent', concat_ws(' ', a.description_it, a.problem_it, a.benefits_it,
            array_to_string(a.applications_it, ' '))), 'C'),
        a.availability,
        case when a.kind = 'SERVICE' then a.capacity_status end${withUpdatedAt ? ',\n        a.updated_at' : ''}
      from unnest("ids") i(id) join asset a on a.id = i.id
      cross join lateral (
        select coalesce(array_agg(s.id order by s.id), '{}') as sector_ids,
          coalesce(string_agg(s.label_en, ' ' order by s.id), '') as labels_en,
          coalesce(string_agg(s.label_it, ' ' order by s.id), '') as labels_it
        from sector s where s.id in (select an.id from asset_sector x cross join lateral (
            with recursive up(id) as (select x.sector_id union select s.parent_id from sector s join up on s.id = up.id where s.parent_id is not null)
            select id from up) an
          where x.asset_id = a.id)) t
      cross join lateral (select
        setweight(to_tsvector('english_unaccent', a.title), 'A') ||
        setweight(to_tsvector('english_unaccent', array_to_string(a.keywords, ' ')), 'A') ||
        setweight(to_tsvector('english_unaccent', a.summary), 'B') ||
        setweight(to_tsvector('simple', array_to_string(a.patent_numbers, ' ')), 'D') as en,
        setweight(to_tsvector('italian_unaccent', a.title_it), 'A') ||
        setweight(to_tsvector('italian_unaccent', array_to_string(a.keywords_it, ' ')), 'A') ||
        setweight(to_tsvector('italian_unaccent', a.summary_it), 'B') ||
        setweight(to_tsvector('simple', array_to_string(a.patent_numbers, ' ')), 'D') as it) r
      where a.status = 'PUBLISHED'
    $$ language sql stable;`;
}

function assetSearchRefresh(withUpdatedAt: boolean): string {
  return `create or replace function "asset_search_refresh"("ids" int[]) returns void as $$ begin
      delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');
      insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids,
        rank_vector_en = excluded.rank_vector_en, rank_vector_it = excluded.rank_vector_it,
        match_vector_en = excluded.match_vector_en, match_vector_it = excluded.match_vector_it,
        availability = excluded.availability,
        capacity = excluded.capacity${withUpdatedAt ? ',\n        updated_at = excluded.updated_at' : ''}
      where (asset_search.*) is distinct from (excluded.*);
    end; $$ language plpgsql;`;
}

function assetSearchMatch(withUpdatedAt: boolean): string {
  return `create function "asset_search_match"("query_en" tsquery, "query_it" tsquery, "ranked" boolean)
      returns table ("asset_id" int, "published_at" timestamptz, "title_key" text, "kind" "asset_kind", "trl" smallint,
        "ip_status" "ip_status", "institution_id" int, "partnering_models" text[], "sector_ids" int[], "availability" "listing_availability", "capacity" "service_capacity_status", ${withUpdatedAt ? '"updated_at" timestamptz, ' : ''}"rank" real) as $$
      select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids, s.availability, s.capacity, ${withUpdatedAt ? 's.updated_at, ' : ''}
        case when "ranked" then greatest(ts_rank(s.rank_vector_en, "query_en"), ts_rank(s.rank_vector_it, "query_it")) end
      from asset_search s where s.match_vector_en @@ "query_en" or s.match_vector_it @@ "query_it"
    $$ language sql stable set enable_seqscan = off;`;
}

/**
 * The search rows keep their listing's updated_at (the feeds' order, CatalogueSearch.latestChanges), with an index
 * in that order: a feed orders its matches within asset_search and reads only the listings it shows, where it read
 * every match's listing for its date (a saved search's feed of a word in a fifth of the catalogue). The triggers
 * copy it with the rest of the row; asset_search_match returns it.
 */
export class Migration20261203065704_asset_search_updated_at extends Migration {

  override name = 'Migration20261203065704_asset_search_updated_at';

  override up(): void | Promise<void> {
    // Nullable until filled: the new column is the table's last, as in the rows' function.
    this.addSql(`alter table "asset_search" add "updated_at" timestamptz null;`);
    this.addSql(assetSearchRows(true));
    this.addSql(assetSearchRefresh(true));
    this.addSql(`drop function "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(assetSearchMatch(true));
    // Backfill. The date is no facet: the facet-count trigger, which would pair every row's values to sum them to
    // nothing, is left out of it (within this transaction, which holds the table's lock since the column was added).
    this.addSql(`alter table "asset_search" disable trigger "asset_facet_delta_update";`);
    this.addSql(`update "asset_search" s set "updated_at" = a."updated_at" from "asset" a where a.id = s.asset_id;`);
    this.addSql(`alter table "asset_search" enable trigger "asset_facet_delta_update";`);
    this.addSql(`alter table "asset_search" alter column "updated_at" set not null;`);
    this.addSql(`create index "asset_search_updated_idx" on "asset_search" ("updated_at" desc, "asset_id" desc);`);
    this.addSql(`analyze "asset_search";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(assetSearchMatch(false));
    this.addSql(assetSearchRefresh(false));
    this.addSql(`drop function "asset_search_rows"(int[]);`);
    this.addSql(`alter table "asset_search" drop column "updated_at";`);
    this.addSql(assetSearchRows(false));
  }

}

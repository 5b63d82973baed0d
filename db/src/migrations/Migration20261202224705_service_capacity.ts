import { Migration } from '@mikro-orm/migrations';

/** What asset_search_rows reads of a listing, as the listing_availability migration wrote it (capacity appended). */
function assetSearchRows(withCapacity: boolean): string {
  return `create or replace function "asset_search_rows"("ids" int[]) returns setof "asset_search" as $$
      select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
        a.partnering_models, t.sector_ids, r.en, r.it,
        r.en || setweight(to_tsvector('english_unaccent', t.labels_en), 'C') ||
          setweight(to_tsvector('english_unaccent', concat_ws(' ', a.description, a.problem, a.benefits,
            array_to_string(a.applications, ' '))), 'C'),
        r.it || setweight(to_tsvector('italian_unaccent', t.labels_it), 'C') ||
          setweight(to_tsvector('italian_unaccent', concat_ws(' ', a.description_it, a.problem_it, a.benefits_it,
            array_to_string(a.applications_it, ' '))), 'C'),
        a.availability${withCapacity ? ",\n        case when a.kind = 'SERVICE' then a.capacity_status end" : ''}
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

function assetSearchRefresh(withCapacity: boolean): string {
  return `create or replace function "asset_search_refresh"("ids" int[]) returns void as $$ begin
      delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');
      insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids,
        rank_vector_en = excluded.rank_vector_en, rank_vector_it = excluded.rank_vector_it,
        match_vector_en = excluded.match_vector_en, match_vector_it = excluded.match_vector_it,
        availability = excluded.availability${withCapacity ? ',\n        capacity = excluded.capacity' : ''}
      where (asset_search.*) is distinct from (excluded.*);
    end; $$ language plpgsql;`;
}

function assetSearchMatch(withCapacity: boolean): string {
  return `create function "asset_search_match"("query_en" tsquery, "query_it" tsquery, "ranked" boolean)
      returns table ("asset_id" int, "published_at" timestamptz, "title_key" text, "kind" "asset_kind", "trl" smallint,
        "ip_status" "ip_status", "institution_id" int, "partnering_models" text[], "sector_ids" int[], "availability" "listing_availability", ${withCapacity ? '"capacity" "service_capacity_status", ' : ''}"rank" real) as $$
      select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids, s.availability, ${withCapacity ? 's.capacity, ' : ''}
        case when "ranked" then greatest(ts_rank(s.rank_vector_en, "query_en"), ts_rank(s.rank_vector_it, "query_it")) end
      from asset_search s where s.match_vector_en @@ "query_en" or s.match_vector_it @@ "query_it"
    $$ language sql stable set enable_seqscan = off;`;
}

function assetFacetPairs(withCapacity: boolean): string {
  return `create or replace function "asset_facet_pairs"("r" "asset_search") returns table ("facet" text, "value" text) as $$
      select 'kinds', r.kind::text union all select 'trl', r.trl::text
      union all select 'ipStatuses', r.ip_status::text union all select 'institutions', r.institution_id::text
      union all select 'total', ''
      union all select 'availabilities', r.availability::text${withCapacity ? "\n      union all select 'capacities', r.capacity::text where r.capacity is not null" : ''}
      union all select 'partneringModels', v from unnest(r.partnering_models) v
      union all select 'sectors', v::text from unnest(r.sector_ids) v
    $$ language sql immutable;`;
}

/**
 * A service's capacity (shared/service-capacity.ts), set by its office on the listing, copied into its search row
 * (null for every other kind: a filter and the facet "accepting requests" of the catalogue, with kept landing-page
 * counts). The hourly job reopens a fully booked service the day after its date.
 */
export class Migration20261202224705_service_capacity extends Migration {

  override name = 'Migration20261202224705_service_capacity';

  override up(): void | Promise<void> {
    this.addSql(`create type "service_capacity_status" as enum ('ACCEPTING_REQUESTS', 'FULLY_BOOKED', 'NOT_STATED');`);
    this.addSql(`alter table "asset" add "capacity_status" "service_capacity_status" not null default 'NOT_STATED', add "fully_booked_until" date null, add "next_slot_on" date null, add "turnaround_weeks_min" smallint null, add "turnaround_weeks_max" smallint null;`);
    this.addSql(`create index "asset_fully_booked_until_idx" on "asset" ("fully_booked_until") where "capacity_status" = 'FULLY_BOOKED';`);

    this.addSql(`alter table "asset_search" add "capacity" "service_capacity_status" null;`);

    // The search rows carry a service's capacity (the new column is the table's last, as in the rows' function).
    this.addSql(assetSearchRows(true));
    this.addSql(assetSearchRefresh(true));
    this.addSql(`drop function "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(assetSearchMatch(true));
    this.addSql(assetFacetPairs(true));
    // Backfill: the services' search rows take their capacity (NOT_STATED so far); the facet-count triggers on
    // asset_search, with the new pairs above, add them to the kept landing-page counts.
    this.addSql(`update "asset_search" s set "capacity" = a."capacity_status" from "asset" a
      where a.id = s.asset_id and a.kind = 'SERVICE' and s.capacity is distinct from a.capacity_status;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "asset_facet_delta" where "facet" = 'capacities';`);
    this.addSql(assetFacetPairs(false));
    this.addSql(`drop function "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(assetSearchMatch(false));
    this.addSql(assetSearchRefresh(false));
    this.addSql(`drop function "asset_search_rows"(int[]);`);
    this.addSql(`drop index "asset_fully_booked_until_idx";`);
    this.addSql(`alter table "asset" drop column "capacity_status", drop column "fully_booked_until", drop column "next_slot_on", drop column "turnaround_weeks_min", drop column "turnaround_weeks_max";`);
    this.addSql(`alter table "asset_search" drop column "capacity";`);
    this.addSql(assetSearchRows(false));
    this.addSql(`drop type "service_capacity_status";`);
  }

}

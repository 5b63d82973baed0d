import { Migration } from '@mikro-orm/migrations';

/** What asset_search_rows reads of a listing, as the bilingual_text migration wrote it (availability appended). */
function assetSearchRows(withAvailability: boolean): string {
  return `create or replace function "asset_search_rows"("ids" int[]) returns setof "asset_search" as $$
      select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
        a.partnering_models, t.sector_ids, r.en, r.it,
        r.en || setweight(to_tsvector('english_unaccent', t.labels_en), 'C') ||
          setweight(to_tsvector('english_unaccent', concat_ws(' ', a.description, a.problem, a.benefits,
            array_to_string(a.applications, ' '))), 'C'),
        r.it || setweight(to_tsvector('italian_unaccent', t.labels_it), 'C') ||
          setweight(to_tsvector('italian_unaccent', concat_ws(' ', a.description_it, a.problem_it, a.benefits_it,
            array_to_string(a.applications_it, ' '))), 'C')${withAvailability ? ',\n        a.availability' : ''}
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

function assetSearchRefresh(withAvailability: boolean): string {
  return `create or replace function "asset_search_refresh"("ids" int[]) returns void as $$ begin
      delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');
      insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids,
        rank_vector_en = excluded.rank_vector_en, rank_vector_it = excluded.rank_vector_it,
        match_vector_en = excluded.match_vector_en, match_vector_it = excluded.match_vector_it${withAvailability ? ',\n        availability = excluded.availability' : ''}
      where (asset_search.*) is distinct from (excluded.*);
    end; $$ language plpgsql;`;
}

function assetSearchMatch(withAvailability: boolean): string {
  return `create function "asset_search_match"("query_en" tsquery, "query_it" tsquery, "ranked" boolean)
      returns table ("asset_id" int, "published_at" timestamptz, "title_key" text, "kind" "asset_kind", "trl" smallint,
        "ip_status" "ip_status", "institution_id" int, "partnering_models" text[], "sector_ids" int[], ${withAvailability ? '"availability" "listing_availability", ' : ''}"rank" real) as $$
      select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids, ${withAvailability ? 's.availability, ' : ''}
        case when "ranked" then greatest(ts_rank(s.rank_vector_en, "query_en"), ts_rank(s.rank_vector_it, "query_it")) end
      from asset_search s where s.match_vector_en @@ "query_en" or s.match_vector_it @@ "query_it"
    $$ language sql stable set enable_seqscan = off;`;
}

function assetFacetPairs(withAvailability: boolean): string {
  return `create or replace function "asset_facet_pairs"("r" "asset_search") returns table ("facet" text, "value" text) as $$
      select 'kinds', r.kind::text union all select 'trl', r.trl::text
      union all select 'ipStatuses', r.ip_status::text union all select 'institutions', r.institution_id::text
      union all select 'total', ''${withAvailability ? "\n      union all select 'availabilities', r.availability::text" : ''}
      union all select 'partneringModels', v from unnest(r.partnering_models) v
      union all select 'sectors', v::text from unnest(r.sector_ids) v
    $$ language sql immutable;`;
}

/**
 * A listing's availability (shared/listing-availability.ts), kept on the listing by the API from the options and
 * licences in force, copied into its search row (a filter and a facet of the catalogue, with kept landing-page
 * counts), and the visitors waiting for a closed listing to open again.
 */
export class Migration20261202173427_listing_availability extends Migration {

  override name = 'Migration20261202173427_listing_availability';

  override up(): void | Promise<void> {
    this.addSql(`create type "listing_availability" as enum ('AVAILABLE', 'LICENSED_NON_EXCLUSIVELY', 'PARTLY_LICENSED', 'UNDER_OPTION', 'LICENSED_EXCLUSIVELY');`);
    this.addSql(`create table "listing_availability_watch" ("asset_id" int not null, "user_id" int not null, "created_at" timestamptz not null, primary key ("asset_id", "user_id"));`);
    this.addSql(`create index "listing_availability_watch_user_idx" on "listing_availability_watch" ("user_id");`);

    this.addSql(`alter table "asset" add "availability" "listing_availability" not null default 'AVAILABLE';`);

    this.addSql(`alter table "asset_search" add "availability" "listing_availability" not null default 'AVAILABLE';`);

    this.addSql(`alter table "listing_availability_watch" add constraint "listing_availability_watch_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "listing_availability_watch" add constraint "listing_availability_watch_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    // The search rows carry the listing's availability (the new column is the table's last, as in the rows' function).
    this.addSql(assetSearchRows(true));
    this.addSql(assetSearchRefresh(true));
    this.addSql(`drop function "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(assetSearchMatch(true));
    this.addSql(assetFacetPairs(true));
    // The kept counts of the new facet: every search row is AVAILABLE so far; the backfill below moves them.
    this.addSql(`insert into "asset_facet_delta" ("facet", "value", "delta")
      select 'availabilities', 'AVAILABLE', count(*) from "asset_search" having count(*) > 0;`);
    // The listings' availability from the agreements in force (the shared rule, as of this migration; the API keeps
    // it from now on). The listing's triggers copy it into its search row and counts.
    this.addSql(`update "asset" a set "availability" = x.availability from (
        select l.asset_id, (case
          when bool_or(g.type = 'LICENSE' and g.exclusivity in ('EXCLUSIVE', 'SOLE') and w.whole) then 'LICENSED_EXCLUSIVELY'
          when bool_or(g.type = 'OPTION' and w.whole) then 'UNDER_OPTION'
          when bool_or((g.type = 'OPTION' or g.exclusivity in ('EXCLUSIVE', 'SOLE')) and not w.whole) then 'PARTLY_LICENSED'
          else 'LICENSED_NON_EXCLUSIVELY' end)::listing_availability as availability
        from agreement_listing l join agreement g on g.id = l.agreement_id
        cross join lateral (select coalesce(btrim(g.field_of_use), '') = '' and coalesce(btrim(g.territory), '') = '' as whole) w
        where g.status in ('SIGNED', 'ACTIVE') and g.type in ('OPTION', 'LICENSE')
        group by l.asset_id) x
      where a.id = x.asset_id;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "listing_availability_watch" cascade;`);
    this.addSql(`delete from "asset_facet_delta" where "facet" = 'availabilities';`);
    this.addSql(assetFacetPairs(false));
    this.addSql(`drop function "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(assetSearchMatch(false));
    this.addSql(assetSearchRefresh(false));
    this.addSql(`drop function "asset_search_rows"(int[]);`);
    this.addSql(`alter table "asset" drop column "availability";`);
    this.addSql(`alter table "asset_search" drop column "availability";`);
    this.addSql(assetSearchRows(false));
    this.addSql(`drop type "listing_availability";`);
  }

}

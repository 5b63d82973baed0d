import { Migration } from '@mikro-orm/migrations';
import { Migration20261201234500_asset_search } from './Migration20261201234500_asset_search.js';

/**
 * The search rows lose their text facet keys: the facets are grouped straight from the facet columns (one hash
 * per facet, in one pass), which is cheaper than unnesting and grouping ~10 text keys per match, and the rows
 * the searches visit get about 240 bytes narrower. The kept landing-page counts take their (facet, value) pairs
 * from the same columns, in the same format as before. asset_search_match returns only the small columns
 * (no text arrays: its in-memory result no longer spills to disk) and ranks with ts_rank.
 */
export class Migration20261202011000_asset_search_facet_columns extends Migration {

  override name = 'Migration20261202011000_asset_search_facet_columns';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "asset_facet_pairs"("r" "asset_search") returns table ("facet" text, "value" text) as $$
      select 'kinds', r.kind::text union all select 'trl', r.trl::text
      union all select 'ipStatuses', r.ip_status::text union all select 'institutions', r.institution_id::text
      union all select 'total', ''
      union all select 'partneringModels', v from unnest(r.partnering_models) v
      union all select 'sectors', v::text from unnest(r.sector_ids) v
    $$ language sql immutable;`);
    this.addSql(`drop function "asset_search_match"(tsquery, boolean);`);
    this.addSql(`alter table "asset_search" drop column "facet_keys";`);
    this.addSql(`create or replace function "asset_search_rows"("ids" int[]) returns setof "asset_search" as $$
      select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
        a.partnering_models, t.sector_ids,
        setweight(to_tsvector('english', coalesce(a.title, '')), 'A') ||
        setweight(to_tsvector('italian', coalesce(a.title, '')), 'A') ||
        setweight(to_tsvector('english', array_to_string(a.keywords, ' ')), 'A') ||
        setweight(to_tsvector('italian', array_to_string(a.keywords, ' ')), 'A') ||
        setweight(to_tsvector('english', coalesce(a.summary, '')), 'B') ||
        setweight(to_tsvector('italian', coalesce(a.summary, '')), 'B') ||
        setweight(to_tsvector('simple', array_to_string(a.patent_numbers, ' ')), 'D'),
        coalesce(a.search_vector, ''::tsvector)
      from unnest("ids") i(id) join asset a on a.id = i.id
      cross join lateral (select coalesce((select array_agg(distinct an.id order by an.id) from asset_sector x
          cross join lateral (
            with recursive up(id) as (select x.sector_id union select s.parent_id from sector s join up on s.id = up.id where s.parent_id is not null)
            select id from up) an
          where x.asset_id = a.id), '{}') as sector_ids) t
      where a.status = 'PUBLISHED'
    $$ language sql stable;`);
    this.addSql(`create or replace function "asset_search_refresh"("ids" int[]) returns void as $$ begin
      delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');
      insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids, rank_vector = excluded.rank_vector,
        match_vector = excluded.match_vector
      where (asset_search.*) is distinct from (excluded.*);
    end; $$ language plpgsql;`);
    // The search rows matching a query, through the GIN index whatever the planner thinks: it prices the
    // de-TOASTing of every text vector a sequential scan would do as nothing, and picks that scan for common
    // terms. Only the small columns come out (the result is kept in memory), with the rank, computed here once
    // per match from the inline ranking vector, when asked for.
    this.addSql(`create function "asset_search_match"("query" tsquery, "ranked" boolean)
      returns table ("asset_id" int, "published_at" timestamptz, "title_key" text, "kind" "asset_kind", "trl" smallint,
        "ip_status" "ip_status", "institution_id" int, "partnering_models" text[], "sector_ids" int[], "rank" real) as $$
      select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids, case when "ranked" then ts_rank(s.rank_vector, "query") end
      from asset_search s where s.match_vector @@ "query"
    $$ language sql stable set enable_seqscan = off;`);
    // Dropping a column leaves its bytes in every row until the table is rewritten (in asset_id order).
    this.addSql(`cluster "asset_search" using "asset_search_pkey";`);
    this.addSql(`analyze "asset_search";`);
  }

  /** Back to the previous shape: the search rows and their kept counts are rebuilt as that migration built them. */
  override async down(): Promise<void> {
    const previous = new Migration20261201234500_asset_search(this.driver, this.config);
    await previous.down();
    await previous.up();
    for (const query of previous.getQueries()) this.addSql(query);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Matchmaking, explained: the officers' invitations to look at a listing (listing_invitation), and the two rankings
 * as functions, each one statement for the API and the bench.
 *
 * recommended_listings(company, n): published listings for a company, from its profile and what it did. The
 * candidates come from four bounded sources: listings matching any of its interests (every word of one, in its
 * language's vector), listings matching one of its open requests (two words of the title together), the newest
 * listings under its sectors or its requests' (sector_ids holds each listing's sectors and their ancestors), and
 * listings related to those it recently showed interest in (asset_related_listings, sharing two sectors, or the
 * only one). Listings it expressed interest in, or dismissed, never come back. Each is scored by where it came
 * from, the sectors it shares, whether its TRL lies in the company's range (or a matched request's) and how recent
 * it is; the best n come with their reasons as JSON (REQUEST, INTEREST, SECTOR, TRL_RANGE, SIMILAR_TO_INTEREST),
 * each true of the data it cites, which the API words.
 *
 * companies_to_approach(listing, institute, n): the other way round, over every company: its sectors under the
 * listing's, its interests and open requests matching the listing's text, its TRL range, and its interest in
 * related listings of the office's institute; companies with an open EoI on the listing, or that dismissed it, are
 * left out. PL/pgSQL so the plans are kept per connection.
 */
export class Migration20261202103347_matchmaking extends Migration {

  override name = 'Migration20261202103347_matchmaking';

  override up(): void | Promise<void> {
    this.addSql(`create table "listing_invitation" ("id" serial primary key, "asset_id" int not null, "company_id" int not null, "sender_id" int null, "message" varchar(1000) null, "message_language" "app_language" null, "created_at" timestamptz not null);`);
    this.addSql(`create index "listing_invitation_company_id_index" on "listing_invitation" ("company_id");`);
    this.addSql(`create index "listing_invitation_asset_id_company_id_created_at_index" on "listing_invitation" ("asset_id", "company_id", "created_at");`);

    this.addSql(`alter table "listing_invitation" add constraint "listing_invitation_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on delete cascade;`);
    this.addSql(`alter table "listing_invitation" add constraint "listing_invitation_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "listing_invitation" add constraint "listing_invitation_sender_id_foreign" foreign key ("sender_id") references "app_user" ("id") on delete set null;`);

    // The text search configuration of a language: what its texts' vectors (asset_search) are built with.
    this.addSql(`create or replace function "text_search_config"("p_language" app_language) returns regconfig as $$
  select case when p_language = 'it' then 'italian_unaccent'::regconfig else 'english_unaccent'::regconfig end
$$ language sql immutable strict;`);
    // A lexeme quoted for a tsquery's text (quotes and backslashes escaped).
    this.addSql(`create or replace function "tsquery_lexeme"("p_lexeme" text) returns text as $$
  select '''' || replace(replace(p_lexeme, '\\', '\\\\'), '''', '''''') || ''''
$$ language sql immutable strict;`);
    // An interest (a company's phrase, "Liquid biopsy assays"): every word of it, in the text's language. Built from
    // to_tsvector (no notice for a stop word); null when it has no word to match.
    this.addSql(`create or replace function "interest_match_query"("p_term" text, "p_language" app_language) returns tsquery as $$
  select string_agg(tsquery_lexeme(x), ' & ')::tsquery
  from unnest(tsvector_to_array(to_tsvector(text_search_config(p_language), p_term))) x
$$ language sql immutable strict;`);
    // Any of a company's interests.
    this.addSql(`create or replace function "interests_match_query"("p_terms" text[], "p_language" app_language) returns tsquery as $$
  select string_agg('(' || q::text || ')', ' | ')::tsquery
  from unnest(p_terms) t cross join lateral interest_match_query(t, p_language) q where q is not null
$$ language sql immutable strict;`);
    // A request's title as a query: any two of its words (at most its first eight) together, so a listing answers it by
    // more than one common word.
    this.addSql(`create or replace function "request_match_query"("p_title" text, "p_language" app_language) returns tsquery as $$
  with recursive words as (
    select tsquery_lexeme(x) as lexeme, n
    from unnest(tsvector_to_array(to_tsvector(text_search_config(p_language), p_title))) with ordinality u(x, n)
    where n <= 6
  ),
  wanted as (select case when count(*) <= 1 then count(*) when count(*) <= 4 then 2 else 3 end as size from words),
  together (last, size, query) as (
    select n, 1, lexeme from words
    union all
    select w.n, t.size + 1, t.query || ' & ' || w.lexeme from together t join words w on w.n > t.last
    where t.size < (select size from wanted)
  )
  select string_agg('(' || query || ')', ' | ')::tsquery from together where size = (select size from wanted)
$$ language sql immutable strict;`);
    // A company's recommendations, best first, with their reasons (see the class comment).
    this.addSql(`create or replace function "recommended_listings"("p_company" int, "p_limit" int)
  returns table ("asset_id" int, "score" real, "reasons" jsonb) as $$
#variable_conflict use_column
declare
  v_language app_language;
  v_interests text[];
  v_trl_min smallint;
  v_trl_max smallint;
  v_sectors int[];
  v_query_en tsquery;
  v_query_it tsquery;
begin
  select c.interests_language, c.interests, c.trl_min, c.trl_max,
    coalesce((select array_agg(x.sector_id) from company_sector x where x.company_id = c.id), '{}')
  into v_language, v_interests, v_trl_min, v_trl_max, v_sectors
  from company c where c.id = p_company;
  if not found then return; end if;
  if v_language = 'it' then v_query_it := interests_match_query(v_interests, v_language);
  else v_query_en := interests_match_query(v_interests, v_language); end if;
  return query
  with requests as materialized (
    select r.id, r.slug, r.title, r.trl_min, r.trl_max,
      coalesce((select array_agg(x.sector_id) from technology_request_sector x where x.request_id = r.id), '{}') as sectors,
      case when r.language = 'en' then request_match_query(r.title, r.language) end as query_en,
      case when r.language = 'it' then request_match_query(r.title, r.language) end as query_it
    from technology_request r
    where r.company_id = p_company and r.status = 'OPEN' and r.deadline >= current_date
  ),
  request_sectors as (select coalesce(array_agg(distinct x), '{}') as ids from requests r, unnest(r.sectors) x),
  liked as (
    select e.asset_id, a.kind, a.institution_id,
      least(2, (select count(*) from asset_sector x where x.asset_id = e.asset_id)) as enough
    from expression_of_interest e join asset a on a.id = e.asset_id
    where e.company_id = p_company and e.status <> 'WITHDRAWN' and a.status = 'PUBLISHED'
    order by e.created_at desc limit 5
  ),
  candidates as (
    select s.asset_id, 'I'::text as source, null::int as ref from asset_search s
      where s.match_vector_en @@ v_query_en or s.match_vector_it @@ v_query_it
    union all
    select s.asset_id, 'R', r.id from requests r join asset_search s
      on s.match_vector_en @@ r.query_en or s.match_vector_it @@ r.query_it
    union all
    (select s.asset_id, 'S', null from asset_search s, request_sectors rs
      where s.sector_ids && (v_sectors || rs.ids) order by s.published_at desc limit 300)
    union all
    select r.related_id, 'L', l.asset_id from liked l
      cross join lateral asset_related_listings(l.asset_id, l.kind, l.institution_id, 10) r
      where r.shared >= l.enough and r.shared > 0
  ),
  grouped as (
    select c.asset_id, bool_or(c.source = 'I') as by_interest,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'R'), '{}') as request_ids,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'L'), '{}') as liked_ids
    from candidates c
    where not exists (select 1 from expression_of_interest e where e.company_id = p_company and e.asset_id = c.asset_id)
      and not exists (select 1 from recommendation_dismissal d where d.company_id = p_company and d.asset_id = c.asset_id)
    group by c.asset_id
  ),
  scored as (
    select g.*, s.trl, s.sector_ids, s.published_at,
      (case when g.by_interest
         then 2 + 4 * greatest(ts_rank(s.rank_vector_en, v_query_en), ts_rank(s.rank_vector_it, v_query_it)) else 0 end
       + coalesce((select sum(3 + 6 * greatest(ts_rank(s.rank_vector_en, r.query_en), ts_rank(s.rank_vector_it, r.query_it))
           + case when r.sectors && s.sector_ids then 1 else 0 end)
         from requests r where r.id = any(g.request_ids)), 0)
       + least((select count(*) from unnest(v_sectors) x where x = any(s.sector_ids)), 3)
       + case when s.trl between v_trl_min and v_trl_max then 1
           when exists (select 1 from requests r where r.id = any(g.request_ids) and s.trl between r.trl_min and r.trl_max)
           then 0.5 else 0 end
       + case when cardinality(g.liked_ids) > 0 then 1.5 + 0.25 * (cardinality(g.liked_ids) - 1) else 0 end
       + 0.5 * exp(-extract(epoch from now() - s.published_at) / 31536000.0)
      )::real as score
    from grouped g join asset_search s on s.asset_id = g.asset_id
    order by score desc, s.published_at desc, g.asset_id
    limit p_limit
  )
  select t.asset_id, t.score, (
    select coalesce(jsonb_agg(reason order by position, sub), '[]') from (
      select 1 as position, r.id as sub, jsonb_build_object('kind', 'REQUEST', 'requestId', r.id, 'title', r.title, 'slug', r.slug) as reason
        from requests r where r.id = any(t.request_ids)
      union all
      (select 2, n::int, jsonb_build_object('kind', 'INTEREST', 'term', i.term)
        from unnest(v_interests) with ordinality i(term, n)
        cross join lateral interest_match_query(i.term, v_language) q
        join asset_search s on s.asset_id = t.asset_id
        where t.by_interest and (case when v_language = 'it' then s.match_vector_it @@ q else s.match_vector_en @@ q end)
        order by n limit 2)
      union all
      (select 3, m.id, jsonb_build_object('kind', 'SECTOR', 'sector', to_jsonb(m))
        from sector m where m.id = any(v_sectors) and m.id = any(t.sector_ids)
          and not exists (select 1 from sector d where d.parent_id = m.id and d.id = any(v_sectors) and d.id = any(t.sector_ids))
        order by m.kind, m.position limit 2)
      union all
      select 4, 0, jsonb_build_object('kind', 'TRL_RANGE', 'trl', t.trl, 'min', v_trl_min, 'max', v_trl_max)
        where t.trl between v_trl_min and v_trl_max
      union all
      (select 4, 0, jsonb_build_object('kind', 'TRL_RANGE', 'trl', t.trl, 'min', r.trl_min, 'max', r.trl_max,
          'requestTitle', r.title, 'requestSlug', r.slug)
        from requests r where not coalesce(t.trl between v_trl_min and v_trl_max, false)
          and r.id = any(t.request_ids) and t.trl between r.trl_min and r.trl_max order by r.id limit 1)
      union all
      (select 5, l, jsonb_build_object('kind', 'SIMILAR_TO_INTEREST', 'assetId', l)
        from unnest(t.liked_ids) l order by l limit 1)
    ) reasons
  ) from scored t
  order by t.score desc, t.published_at desc, t.asset_id;
end; $$ language plpgsql stable;`);
    // The companies to approach about a published listing, best first, with their reasons; the companies' interest in
    // related listings counts only for listings of p_institution (an office sees only its own EoIs), all when null.
    this.addSql(`create or replace function "companies_to_approach"("p_asset" int, "p_institution" int, "p_limit" int)
  returns table ("company_id" int, "score" real, "reasons" jsonb) as $$
#variable_conflict use_column
declare
  v_sector_ids int[];
  v_trl smallint;
  v_kind asset_kind;
  v_institution int;
  v_vector_en tsvector;
  v_vector_it tsvector;
  v_enough int;
begin
  select s.sector_ids, s.trl, s.kind, s.institution_id, s.match_vector_en, s.match_vector_it
  into v_sector_ids, v_trl, v_kind, v_institution, v_vector_en, v_vector_it
  from asset_search s where s.asset_id = p_asset;
  if not found then return; end if;
  v_enough := least(2, (select count(*) from asset_sector x where x.asset_id = p_asset));
  return query
  with requests as materialized (
    select r.id, r.company_id, r.slug, r.title, r.trl_min, r.trl_max,
      coalesce((select array_agg(x.sector_id) from technology_request_sector x where x.request_id = r.id), '{}') as sectors
    from technology_request r
    where r.status = 'OPEN' and r.deadline >= current_date
      and case when r.language = 'it' then v_vector_it @@ request_match_query(r.title, r.language)
        else v_vector_en @@ request_match_query(r.title, r.language) end
  ),
  related as (
    select r.related_id from asset_related_listings(p_asset, v_kind, v_institution, 20) r
    join asset a on a.id = r.related_id
    where r.shared >= v_enough and r.shared > 0 and (p_institution is null or a.institution_id = p_institution)
  ),
  candidates as (
    select x.company_id, 'S'::text as source, null::int as ref from company_sector x where x.sector_id = any(v_sector_ids)
    union all
    select c.id, 'I', null from company c
      where cardinality(c.interests) > 0 and case when c.interests_language = 'it'
        then v_vector_it @@ interests_match_query(c.interests, c.interests_language)
        else v_vector_en @@ interests_match_query(c.interests, c.interests_language) end
    union all
    select r.company_id, 'R', r.id from requests r
    union all
    select e.company_id, 'L', e.asset_id from expression_of_interest e
      where e.asset_id in (select related_id from related) and e.status <> 'WITHDRAWN'
  ),
  grouped as (
    select c.company_id, bool_or(c.source = 'I') as by_interest,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'R'), '{}') as request_ids,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'L'), '{}') as liked_ids
    from candidates c
    where not exists (select 1 from expression_of_interest e where e.asset_id = p_asset and e.company_id = c.company_id
        and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
      and not exists (select 1 from recommendation_dismissal d where d.asset_id = p_asset and d.company_id = c.company_id)
    group by c.company_id
  ),
  scored as (
    select g.*, c.interests, c.interests_language, c.trl_min, c.trl_max,
      (case when g.by_interest then 2 else 0 end
       + 3 * least(cardinality(g.request_ids), 2)
       + (select count(*) from requests r where r.id = any(g.request_ids) and r.sectors && v_sector_ids)
       + least((select count(*) from company_sector x where x.company_id = g.company_id and x.sector_id = any(v_sector_ids)), 3)
       + case when v_trl between c.trl_min and c.trl_max then 1
           when exists (select 1 from requests r where r.id = any(g.request_ids) and v_trl between r.trl_min and r.trl_max)
           then 0.5 else 0 end
       + case when cardinality(g.liked_ids) > 0 then 1.5 + 0.25 * (cardinality(g.liked_ids) - 1) else 0 end
      )::real as score
    from grouped g join company c on c.id = g.company_id
    order by score desc, g.company_id
    limit p_limit
  )
  select t.company_id, t.score, (
    select coalesce(jsonb_agg(reason order by position, sub), '[]') from (
      (select 1 as position, r.id as sub,
          jsonb_build_object('kind', 'REQUEST', 'requestId', r.id, 'title', r.title, 'slug', r.slug) as reason
        from requests r where r.id = any(t.request_ids) order by r.id limit 2)
      union all
      (select 2, n::int, jsonb_build_object('kind', 'INTEREST', 'term', i.term)
        from unnest(t.interests) with ordinality i(term, n)
        cross join lateral interest_match_query(i.term, t.interests_language) q
        where t.by_interest and (case when t.interests_language = 'it' then v_vector_it @@ q else v_vector_en @@ q end)
        order by n limit 2)
      union all
      (select 3, m.id, jsonb_build_object('kind', 'SECTOR', 'sector', to_jsonb(m))
        from company_sector x join sector m on m.id = x.sector_id
        where x.company_id = t.company_id and m.id = any(v_sector_ids)
          and not exists (select 1 from company_sector y join sector d on d.id = y.sector_id
            where y.company_id = t.company_id and d.parent_id = m.id and d.id = any(v_sector_ids))
        order by m.kind, m.position limit 2)
      union all
      select 4, 0, jsonb_build_object('kind', 'TRL_RANGE', 'trl', v_trl, 'min', t.trl_min, 'max', t.trl_max)
        where v_trl between t.trl_min and t.trl_max
      union all
      (select 4, 0, jsonb_build_object('kind', 'TRL_RANGE', 'trl', v_trl, 'min', r.trl_min, 'max', r.trl_max,
          'requestTitle', r.title, 'requestSlug', r.slug)
        from requests r where not coalesce(v_trl between t.trl_min and t.trl_max, false)
          and r.id = any(t.request_ids) and v_trl between r.trl_min and r.trl_max order by r.id limit 1)
      union all
      (select 5, l, jsonb_build_object('kind', 'SIMILAR_TO_INTEREST', 'assetId', l)
        from unnest(t.liked_ids) l order by l limit 1)
    ) reasons
  ) from scored t
  order by t.score desc, t.company_id;
end; $$ language plpgsql stable;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "companies_to_approach"(int, int, int);`);
    this.addSql(`drop function if exists "recommended_listings"(int, int);`);
    this.addSql(`drop function if exists "request_match_query"(text, app_language);`);
    this.addSql(`drop function if exists "interests_match_query"(text[], app_language);`);
    this.addSql(`drop function if exists "interest_match_query"(text, app_language);`);
    this.addSql(`drop function if exists "tsquery_lexeme"(text);`);
    this.addSql(`drop function if exists "text_search_config"(app_language);`);
    this.addSql(`drop table if exists "listing_invitation" cascade;`);
  }

}

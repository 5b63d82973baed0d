import { Migration } from '@mikro-orm/migrations';

/**
 * The rankings cite an interest (INTEREST reason) when the listing's text holds every word of it: they parsed each
 * interest's text again (to_tsvector, with its dictionaries) for every row they gave. The database now keeps each
 * interest's query beside the interests (company.interest_term_queries, one per interest, in their order; null for
 * an interest of stop words only, which any text holds), and both rankings match the listing's text against it.
 * Same answers.
 */
export class Migration20261203110000_interest_term_queries extends Migration {

  override name = 'Migration20261203110000_interest_term_queries';

  override up(): void | Promise<void> {
    // Each interest's query (interest_match_query), in the interests' order.
    this.addSql(`create or replace function "interest_term_queries"("p_terms" text[], "p_language" app_language) returns tsquery[] as $$
  select coalesce(array_agg(public.interest_match_query(t, p_language) order by n), '{}')
  from unnest(p_terms) with ordinality u(t, n)
$$ language sql immutable strict;`);
    this.addSql(`alter table "company" add "interest_term_queries" tsquery[] generated always as (public.interest_term_queries(interests, interests_language)) stored null;`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.recommended_listings(p_company integer, p_limit integer)
 RETURNS TABLE(asset_id integer, score real, reasons jsonb)
 LANGUAGE plpgsql
 STABLE
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
#variable_conflict use_column
declare
  v_language app_language;
  v_interests text[];
  v_term_queries tsquery[];
  v_trl_min smallint;
  v_trl_max smallint;
  v_sectors int[];
  v_query_en tsquery;
  v_query_it tsquery;
  v_interest_ids int[] := '{}';
  v_seqscan text := current_setting('enable_seqscan');
begin
  select c.interests_language, c.interests, c.interest_term_queries, c.trl_min, c.trl_max,
    coalesce((select array_agg(x.sector_id) from company_sector x where x.company_id = c.id), '{}'),
    case when c.interests_language = 'en' then c.interests_query end,
    case when c.interests_language = 'it' then c.interests_query end
  into v_language, v_interests, v_term_queries, v_trl_min, v_trl_max, v_sectors, v_query_en, v_query_it
  from company c where c.id = p_company;
  if not found then return; end if;
  -- Listings matching any of its interests, through the GIN index whatever a generic plan would guess (EXECUTE plans
  -- with the query at hand): a bounded sample, ranked below.
  if v_query_en is not null or v_query_it is not null then
    -- The newest thousand listings first, by their title, keywords and summary (inline, cheap to read): enough of them
    -- for an interest many listings share. Else the GIN index over the whole texts (sequential scans off for the
    -- plan, whatever a generic plan would guess): few listings match then.
    select array(select s.asset_id from (select * from asset_search order by published_at desc limit 1000) s
      where s.rank_vector_en @@ v_query_en or s.rank_vector_it @@ v_query_it limit 150) into v_interest_ids;
    if cardinality(v_interest_ids) < 50 then
      perform set_config('enable_seqscan', 'off', true);
      v_interest_ids := array(select s.asset_id from asset_search s
        where s.match_vector_en @@ v_query_en or s.match_vector_it @@ v_query_it limit 150);
      perform set_config('enable_seqscan', v_seqscan, true);
    end if;
  end if;
  return query
  with requests as materialized (
    select r.id, r.slug, r.title, r.trl_min, r.trl_max, q.query,
      case when r.language = 'en' then q.query end as query_en,
      case when r.language = 'it' then q.query end as query_it,
      coalesce((select array_agg(x.sector_id) from technology_request_sector x where x.request_id = r.id), '{}') as sectors
    from technology_request r
    cross join lateral (select public.request_match_query(public.request_match_words(r.title_words, public.common_lexemes(r.language))) as query) q
    where r.company_id = p_company and r.status = 'OPEN' and r.deadline >= current_date
  ),
  -- The sets of sectors (sector_set) under the company's sectors or its requests' (or their descendants).
  wanted_sets as (
    select t.id from sector_set t where t.sector_ids && array(
      with recursive under(id) as (
        select unnest(v_sectors || coalesce((select array_agg(x) from requests r, unnest(r.sectors) x), '{}'))
        union select s.id from sector s join under u on s.parent_id = u.id
      ) select id from under)
  ),
  -- The listings it most recently showed interest in (not withdrawn), published.
  liked as (
    select e.asset_id, a.kind, a.institution_id,
      least(2, (select count(*) from asset_sector x where x.asset_id = e.asset_id)) as enough
    from (select e.asset_id, e.created_at from expression_of_interest e
      where e.company_id = p_company and e.status <> 'WITHDRAWN' order by e.created_at desc limit 6) e
    join asset a on a.id = e.asset_id
    where a.status = 'PUBLISHED'
    order by e.created_at desc limit 3
  ),
  candidates as (
    select i.id as asset_id, 'I'::text as source, null::int as ref from unnest(v_interest_ids) i(id)
    union all
    select m.asset_id, 'R', r.id from requests r cross join lateral (
      select s.asset_id from asset_search s where s.match_vector_en @@ r.query_en or s.match_vector_it @@ r.query_it
      limit 100) m
    union all
    (select k.asset_id, 'S', null from wanted_sets w cross join lateral (
        select r.asset_id, r.published_at from asset_related_key r where r.set_id = w.id
        order by r.published_at desc limit 20) k
      order by k.published_at desc limit 100)
    union all
    -- Listings related to one of them (sharing two of its sectors, or its only one).
    select r.related_id, 'L', l.asset_id from liked l
      cross join lateral asset_related_listings(l.asset_id, l.kind, l.institution_id, 8) r
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
      (select 1 as position, r.id as sub,
          jsonb_build_object('kind', 'REQUEST', 'requestId', r.id, 'title', r.title, 'slug', r.slug) as reason
        from requests r where r.id = any(t.request_ids) order by r.id limit 2)
      union all
      -- Every word of the interest in the listing's text: its stored query (company.interest_term_queries), none
      -- for an interest of stop words only, which any text holds.
      (select 2, n::int, jsonb_build_object('kind', 'INTEREST', 'term', i.term)
        from unnest(v_interests, v_term_queries) with ordinality i(term, query, n), asset_search s
        where t.by_interest and s.asset_id = t.asset_id
          and coalesce(case when v_language = 'it' then s.match_vector_it else s.match_vector_en end @@ i.query, true)
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
end; $function$;`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.companies_to_approach(p_asset integer, p_institution integer, p_limit integer)
 RETURNS TABLE(company_id integer, score real, reasons jsonb)
 LANGUAGE plpgsql
 STABLE
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
#variable_conflict use_column
declare
  v_sector_ids int[];
  v_trl smallint;
  v_kind asset_kind;
  v_institution int;
  v_vector_en tsvector;
  v_vector_it tsvector;
  v_words_en text[];
  v_words_it text[];
  v_common_en text[];
  v_common_it text[];
  v_rare_en text[];
  v_rare_it text[];
  v_interested int[];
  v_title_words_en text[];
  v_title_words_it text[];
  v_seqscan text := current_setting('enable_seqscan');
begin
  -- The listing's vectors stripped of their positions (a ranking matches words, never phrases): a fresh, compact
  -- value that each company's interests are matched against, instead of the stored one read again for every company.
  select s.sector_ids, s.trl, s.kind, s.institution_id, strip(s.match_vector_en), strip(s.match_vector_it),
    tsvector_to_array(s.rank_vector_en), tsvector_to_array(s.rank_vector_it)
  into v_sector_ids, v_trl, v_kind, v_institution, v_vector_en, v_vector_it, v_title_words_en, v_title_words_it
  from asset_search s where s.asset_id = p_asset;
  if not found then return; end if;
  v_words_en := tsvector_to_array(v_vector_en);
  v_words_it := tsvector_to_array(v_vector_it);
  v_common_en := public.common_lexemes('en');
  v_common_it := public.common_lexemes('it');
  -- The listing's words that are not common in the catalogue: a request it matches holds one in its title.
  v_rare_en := array(select unnest(v_words_en) except select unnest(v_common_en));
  v_rare_it := array(select unnest(v_words_it) except select unnest(v_common_it));
  -- Companies with an interest word in the listing's title, keywords or summary (the GIN index on interest_words:
  -- sequential scans are off for the plan, whatever a generic plan would guess), then every word of one of their
  -- interests in its text: a bounded sample, for companies no other source finds (the others' interests are read
  -- with their rows below).
  perform set_config('enable_seqscan', 'off', true);
  v_interested := array(select c.id from company c
      where c.interest_words && v_title_words_en and c.interests_language = 'en' and v_vector_en @@ c.interests_query
    union all select c.id from company c
      where c.interest_words && v_title_words_it and c.interests_language = 'it' and v_vector_it @@ c.interests_query
    limit 200);
  perform set_config('enable_seqscan', v_seqscan, true);
  return query
  with listing_words as materialized (
    select 'en'::app_language as language, w as word from unnest(v_words_en) w
    union all select 'it', w from unnest(v_words_it) w
  ),
  common_words as materialized (
    select 'en'::app_language as language, w as word from unnest(v_common_en) w
    union all select 'it', w from unnest(v_common_it) w
  ),
  -- Open requests with a title word among the listing's rare ones (the GIN index on title_words), then the rule of
  -- request_match_words and request_match_size: enough of the title's first six uncommon words are in the listing.
  maybe_requests as materialized (
    select r.id, r.language, r.title_words from technology_request r
    where r.status = 'OPEN' and r.deadline >= current_date
      and ((r.language = 'en' and r.title_words && v_rare_en) or (r.language = 'it' and r.title_words && v_rare_it))
  ),
  request_words as (
    select r.id, r.language, x.word, row_number() over (partition by r.id order by x.n) as n
    from maybe_requests r cross join unnest(r.title_words) with ordinality x(word, n)
    where not exists (select 1 from common_words c where c.language = r.language and c.word = x.word)
  ),
  matched_requests as materialized (
    select r.id, r.company_id, r.slug, r.title, r.trl_min, r.trl_max,
      coalesce((select array_agg(x.sector_id) from technology_request_sector x where x.request_id = r.id), '{}') as sectors
    from (
      select w.id from request_words w left join listing_words l on l.language = w.language and l.word = w.word
      where w.n <= 6 group by w.id
      having count(l.word) >= case when count(*) <= 1 then count(*) when count(*) <= 4 then 2 else 3 end
    ) m join technology_request r on r.id = m.id
  ),
  -- Listings related to this one (sharing two of its sectors, or its only one), of the office's institute (any for
  -- admins).
  related as materialized (
    select r.related_id from asset_related_listings(p_asset, v_kind, v_institution, 20) r
    join asset a on a.id = r.related_id
    where r.shared >= least(2, (select count(*) from asset_sector x where x.asset_id = p_asset)) and r.shared > 0
      and (p_institution is null or a.institution_id = p_institution)
  ),
  -- The companies under the listing's sectors, counted (many: no per-company aggregate of arrays for them).
  sector_hits as (
    select x.company_id, count(*) as sectors_shared from company_sector x where x.sector_id = any(v_sector_ids)
    group by x.company_id
  ),
  -- The few found by their interests, requests or interest in related listings, with what cites them.
  other_hits as (
    select c.company_id, bool_or(c.source = 'I') as by_interest,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'R'), '{}') as request_ids,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'L'), '{}') as liked_ids
    from (
      select i.id as company_id, 'I'::text as source, null::int as ref from unnest(v_interested) i(id)
      union all
      select r.company_id, 'R', r.id from matched_requests r
      union all
      select e.company_id, 'L', e.asset_id from expression_of_interest e
        where e.asset_id in (select related_id from related) and e.status <> 'WITHDRAWN'
    ) c
    group by c.company_id
  ),
  grouped as (
    select coalesce(s.company_id, o.company_id) as company_id, coalesce(o.by_interest, false) as by_interest,
      coalesce(s.sectors_shared, 0) as sectors_shared, coalesce(o.request_ids, '{}') as request_ids,
      coalesce(o.liked_ids, '{}') as liked_ids
    from sector_hits s full join other_hits o on o.company_id = s.company_id
    where coalesce(s.company_id, o.company_id) not in (select e.company_id from expression_of_interest e
        where e.asset_id = p_asset and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
      and coalesce(s.company_id, o.company_id) not in (select d.company_id from recommendation_dismissal d
        where d.asset_id = p_asset)
  ),
  -- Every candidate's score, best first (apart: the visibility below is read in this order, for the best ones only).
  ranked as (
    select g.company_id, g.sectors_shared, g.request_ids, g.liked_ids, i.by_interest,
      c.interests_language, c.trl_min, c.trl_max, c.listed,
      (case when i.by_interest then 2 else 0 end
       + case when cardinality(g.request_ids) = 0 then 0 else (select sum(3
           + case when r.sectors && v_sector_ids then 1 else 0 end) from matched_requests r where r.id = any(g.request_ids)) end
       + least(g.sectors_shared, 3)
       + case when cardinality(g.liked_ids) > 0 then 1.5 + 0.25 * (cardinality(g.liked_ids) - 1) else 0 end
       + case when v_trl between c.trl_min and c.trl_max then 1
           when cardinality(g.request_ids) > 0 and exists (select 1 from matched_requests r
             where r.id = any(g.request_ids) and v_trl between r.trl_min and r.trl_max) then 0.5
           else 0 end
      )::real as score
    from grouped g join company c on c.id = g.company_id
    cross join lateral (select g.by_interest or case when c.interests_language = 'it' then v_vector_it @@ c.interests_query
      else v_vector_en @@ c.interests_query end as by_interest) i
    order by score desc, g.company_id
    offset 0
  ),
  -- Only companies the office may know of: listed in the directory, with an open request (offices read requests),
  -- or with an EoI on one of its institute's listings; any for admins.
  scored as (
    select t.* from ranked t
    where p_institution is null or t.listed or cardinality(t.request_ids) > 0
      -- Correlated (LIMIT 1), for the few companies read in score order: never a scan of every EoI.
      or (select 1 from technology_request r where r.company_id = t.company_id and r.status = 'OPEN' limit 1) = 1
      or (select 1 from expression_of_interest e join asset a on a.id = e.asset_id
        where e.company_id = t.company_id and a.institution_id = p_institution limit 1) = 1
    limit p_limit
  )
  select t.company_id, t.score, (
    select coalesce(jsonb_agg(reason order by position, sub), '[]') from (
      (select 1 as position, r.id as sub,
          jsonb_build_object('kind', 'REQUEST', 'requestId', r.id, 'title', r.title, 'slug', r.slug) as reason
        from matched_requests r where r.id = any(t.request_ids) order by r.id limit 2)
      union all
      -- Every word of the interest in the listing's text: its stored query (company.interest_term_queries), none
      -- for an interest of stop words only, which any text holds.
      (select 2, n::int, jsonb_build_object('kind', 'INTEREST', 'term', i.term)
        from company c cross join unnest(c.interests, c.interest_term_queries) with ordinality i(term, query, n)
        where c.id = t.company_id and t.by_interest
          and coalesce(case when t.interests_language = 'it' then v_vector_it else v_vector_en end @@ i.query, true)
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
        from matched_requests r where not coalesce(v_trl between t.trl_min and t.trl_max, false)
          and r.id = any(t.request_ids) and v_trl between r.trl_min and r.trl_max order by r.id limit 1)
      union all
      (select 5, l, jsonb_build_object('kind', 'SIMILAR_TO_INTEREST', 'assetId', l)
        from unnest(t.liked_ids) l order by l limit 1)
    ) reasons
  ) from scored t
  order by t.score desc, t.company_id;
end; $function$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION public.recommended_listings(p_company integer, p_limit integer)
 RETURNS TABLE(asset_id integer, score real, reasons jsonb)
 LANGUAGE plpgsql
 STABLE
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
#variable_conflict use_column
declare
  v_language app_language;
  v_interests text[];
  v_trl_min smallint;
  v_trl_max smallint;
  v_sectors int[];
  v_query_en tsquery;
  v_query_it tsquery;
  v_interest_ids int[] := '{}';
  v_seqscan text := current_setting('enable_seqscan');
begin
  select c.interests_language, c.interests, c.trl_min, c.trl_max,
    coalesce((select array_agg(x.sector_id) from company_sector x where x.company_id = c.id), '{}'),
    case when c.interests_language = 'en' then c.interests_query end,
    case when c.interests_language = 'it' then c.interests_query end
  into v_language, v_interests, v_trl_min, v_trl_max, v_sectors, v_query_en, v_query_it
  from company c where c.id = p_company;
  if not found then return; end if;
  -- Listings matching any of its interests, through the GIN index whatever a generic plan would guess (EXECUTE plans
  -- with the query at hand): a bounded sample, ranked below.
  if v_query_en is not null or v_query_it is not null then
    -- The newest thousand listings first, by their title, keywords and summary (inline, cheap to read): enough of them
    -- for an interest many listings share. Else the GIN index over the whole texts (sequential scans off for the
    -- plan, whatever a generic plan would guess): few listings match then.
    select array(select s.asset_id from (select * from asset_search order by published_at desc limit 1000) s
      where s.rank_vector_en @@ v_query_en or s.rank_vector_it @@ v_query_it limit 150) into v_interest_ids;
    if cardinality(v_interest_ids) < 50 then
      perform set_config('enable_seqscan', 'off', true);
      v_interest_ids := array(select s.asset_id from asset_search s
        where s.match_vector_en @@ v_query_en or s.match_vector_it @@ v_query_it limit 150);
      perform set_config('enable_seqscan', v_seqscan, true);
    end if;
  end if;
  return query
  with requests as materialized (
    select r.id, r.slug, r.title, r.trl_min, r.trl_max, q.query,
      case when r.language = 'en' then q.query end as query_en,
      case when r.language = 'it' then q.query end as query_it,
      coalesce((select array_agg(x.sector_id) from technology_request_sector x where x.request_id = r.id), '{}') as sectors
    from technology_request r
    cross join lateral (select public.request_match_query(public.request_match_words(r.title_words, public.common_lexemes(r.language))) as query) q
    where r.company_id = p_company and r.status = 'OPEN' and r.deadline >= current_date
  ),
  -- The sets of sectors (sector_set) under the company's sectors or its requests' (or their descendants).
  wanted_sets as (
    select t.id from sector_set t where t.sector_ids && array(
      with recursive under(id) as (
        select unnest(v_sectors || coalesce((select array_agg(x) from requests r, unnest(r.sectors) x), '{}'))
        union select s.id from sector s join under u on s.parent_id = u.id
      ) select id from under)
  ),
  -- The listings it most recently showed interest in (not withdrawn), published.
  liked as (
    select e.asset_id, a.kind, a.institution_id,
      least(2, (select count(*) from asset_sector x where x.asset_id = e.asset_id)) as enough
    from (select e.asset_id, e.created_at from expression_of_interest e
      where e.company_id = p_company and e.status <> 'WITHDRAWN' order by e.created_at desc limit 6) e
    join asset a on a.id = e.asset_id
    where a.status = 'PUBLISHED'
    order by e.created_at desc limit 3
  ),
  candidates as (
    select i.id as asset_id, 'I'::text as source, null::int as ref from unnest(v_interest_ids) i(id)
    union all
    select m.asset_id, 'R', r.id from requests r cross join lateral (
      select s.asset_id from asset_search s where s.match_vector_en @@ r.query_en or s.match_vector_it @@ r.query_it
      limit 100) m
    union all
    (select k.asset_id, 'S', null from wanted_sets w cross join lateral (
        select r.asset_id, r.published_at from asset_related_key r where r.set_id = w.id
        order by r.published_at desc limit 20) k
      order by k.published_at desc limit 100)
    union all
    -- Listings related to one of them (sharing two of its sectors, or its only one).
    select r.related_id, 'L', l.asset_id from liked l
      cross join lateral asset_related_listings(l.asset_id, l.kind, l.institution_id, 8) r
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
      (select 1 as position, r.id as sub,
          jsonb_build_object('kind', 'REQUEST', 'requestId', r.id, 'title', r.title, 'slug', r.slug) as reason
        from requests r where r.id = any(t.request_ids) order by r.id limit 2)
      union all
      (select 2, n::int, jsonb_build_object('kind', 'INTEREST', 'term', i.term)
        from unnest(v_interests) with ordinality i(term, n), asset_search s
        where t.by_interest and s.asset_id = t.asset_id
          and tsvector_to_array(to_tsvector(public.text_search_config(v_language), i.term)) <@ tsvector_to_array(
            case when v_language = 'it' then s.match_vector_it else s.match_vector_en end)
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
end; $function$;`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.companies_to_approach(p_asset integer, p_institution integer, p_limit integer)
 RETURNS TABLE(company_id integer, score real, reasons jsonb)
 LANGUAGE plpgsql
 STABLE
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
#variable_conflict use_column
declare
  v_sector_ids int[];
  v_trl smallint;
  v_kind asset_kind;
  v_institution int;
  v_vector_en tsvector;
  v_vector_it tsvector;
  v_words_en text[];
  v_words_it text[];
  v_common_en text[];
  v_common_it text[];
  v_rare_en text[];
  v_rare_it text[];
  v_interested int[];
  v_title_words_en text[];
  v_title_words_it text[];
  v_seqscan text := current_setting('enable_seqscan');
begin
  -- The listing's vectors stripped of their positions (a ranking matches words, never phrases): a fresh, compact
  -- value that each company's interests are matched against, instead of the stored one read again for every company.
  select s.sector_ids, s.trl, s.kind, s.institution_id, strip(s.match_vector_en), strip(s.match_vector_it),
    tsvector_to_array(s.rank_vector_en), tsvector_to_array(s.rank_vector_it)
  into v_sector_ids, v_trl, v_kind, v_institution, v_vector_en, v_vector_it, v_title_words_en, v_title_words_it
  from asset_search s where s.asset_id = p_asset;
  if not found then return; end if;
  v_words_en := tsvector_to_array(v_vector_en);
  v_words_it := tsvector_to_array(v_vector_it);
  v_common_en := public.common_lexemes('en');
  v_common_it := public.common_lexemes('it');
  -- The listing's words that are not common in the catalogue: a request it matches holds one in its title.
  v_rare_en := array(select unnest(v_words_en) except select unnest(v_common_en));
  v_rare_it := array(select unnest(v_words_it) except select unnest(v_common_it));
  -- Companies with an interest word in the listing's title, keywords or summary (the GIN index on interest_words:
  -- sequential scans are off for the plan, whatever a generic plan would guess), then every word of one of their
  -- interests in its text: a bounded sample, for companies no other source finds (the others' interests are read
  -- with their rows below).
  perform set_config('enable_seqscan', 'off', true);
  v_interested := array(select c.id from company c
      where c.interest_words && v_title_words_en and c.interests_language = 'en' and v_vector_en @@ c.interests_query
    union all select c.id from company c
      where c.interest_words && v_title_words_it and c.interests_language = 'it' and v_vector_it @@ c.interests_query
    limit 200);
  perform set_config('enable_seqscan', v_seqscan, true);
  return query
  with listing_words as materialized (
    select 'en'::app_language as language, w as word from unnest(v_words_en) w
    union all select 'it', w from unnest(v_words_it) w
  ),
  common_words as materialized (
    select 'en'::app_language as language, w as word from unnest(v_common_en) w
    union all select 'it', w from unnest(v_common_it) w
  ),
  -- Open requests with a title word among the listing's rare ones (the GIN index on title_words), then the rule of
  -- request_match_words and request_match_size: enough of the title's first six uncommon words are in the listing.
  maybe_requests as materialized (
    select r.id, r.language, r.title_words from technology_request r
    where r.status = 'OPEN' and r.deadline >= current_date
      and ((r.language = 'en' and r.title_words && v_rare_en) or (r.language = 'it' and r.title_words && v_rare_it))
  ),
  request_words as (
    select r.id, r.language, x.word, row_number() over (partition by r.id order by x.n) as n
    from maybe_requests r cross join unnest(r.title_words) with ordinality x(word, n)
    where not exists (select 1 from common_words c where c.language = r.language and c.word = x.word)
  ),
  matched_requests as materialized (
    select r.id, r.company_id, r.slug, r.title, r.trl_min, r.trl_max,
      coalesce((select array_agg(x.sector_id) from technology_request_sector x where x.request_id = r.id), '{}') as sectors
    from (
      select w.id from request_words w left join listing_words l on l.language = w.language and l.word = w.word
      where w.n <= 6 group by w.id
      having count(l.word) >= case when count(*) <= 1 then count(*) when count(*) <= 4 then 2 else 3 end
    ) m join technology_request r on r.id = m.id
  ),
  -- Listings related to this one (sharing two of its sectors, or its only one), of the office's institute (any for
  -- admins).
  related as materialized (
    select r.related_id from asset_related_listings(p_asset, v_kind, v_institution, 20) r
    join asset a on a.id = r.related_id
    where r.shared >= least(2, (select count(*) from asset_sector x where x.asset_id = p_asset)) and r.shared > 0
      and (p_institution is null or a.institution_id = p_institution)
  ),
  -- The companies under the listing's sectors, counted (many: no per-company aggregate of arrays for them).
  sector_hits as (
    select x.company_id, count(*) as sectors_shared from company_sector x where x.sector_id = any(v_sector_ids)
    group by x.company_id
  ),
  -- The few found by their interests, requests or interest in related listings, with what cites them.
  other_hits as (
    select c.company_id, bool_or(c.source = 'I') as by_interest,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'R'), '{}') as request_ids,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'L'), '{}') as liked_ids
    from (
      select i.id as company_id, 'I'::text as source, null::int as ref from unnest(v_interested) i(id)
      union all
      select r.company_id, 'R', r.id from matched_requests r
      union all
      select e.company_id, 'L', e.asset_id from expression_of_interest e
        where e.asset_id in (select related_id from related) and e.status <> 'WITHDRAWN'
    ) c
    group by c.company_id
  ),
  grouped as (
    select coalesce(s.company_id, o.company_id) as company_id, coalesce(o.by_interest, false) as by_interest,
      coalesce(s.sectors_shared, 0) as sectors_shared, coalesce(o.request_ids, '{}') as request_ids,
      coalesce(o.liked_ids, '{}') as liked_ids
    from sector_hits s full join other_hits o on o.company_id = s.company_id
    where coalesce(s.company_id, o.company_id) not in (select e.company_id from expression_of_interest e
        where e.asset_id = p_asset and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
      and coalesce(s.company_id, o.company_id) not in (select d.company_id from recommendation_dismissal d
        where d.asset_id = p_asset)
  ),
  -- Every candidate's score, best first (apart: the visibility below is read in this order, for the best ones only).
  ranked as (
    select g.company_id, g.sectors_shared, g.request_ids, g.liked_ids, i.by_interest,
      c.interests_language, c.trl_min, c.trl_max, c.listed,
      (case when i.by_interest then 2 else 0 end
       + case when cardinality(g.request_ids) = 0 then 0 else (select sum(3
           + case when r.sectors && v_sector_ids then 1 else 0 end) from matched_requests r where r.id = any(g.request_ids)) end
       + least(g.sectors_shared, 3)
       + case when cardinality(g.liked_ids) > 0 then 1.5 + 0.25 * (cardinality(g.liked_ids) - 1) else 0 end
       + case when v_trl between c.trl_min and c.trl_max then 1
           when cardinality(g.request_ids) > 0 and exists (select 1 from matched_requests r
             where r.id = any(g.request_ids) and v_trl between r.trl_min and r.trl_max) then 0.5
           else 0 end
      )::real as score
    from grouped g join company c on c.id = g.company_id
    cross join lateral (select g.by_interest or case when c.interests_language = 'it' then v_vector_it @@ c.interests_query
      else v_vector_en @@ c.interests_query end as by_interest) i
    order by score desc, g.company_id
    offset 0
  ),
  -- Only companies the office may know of: listed in the directory, with an open request (offices read requests),
  -- or with an EoI on one of its institute's listings; any for admins.
  scored as (
    select t.* from ranked t
    where p_institution is null or t.listed or cardinality(t.request_ids) > 0
      -- Correlated (LIMIT 1), for the few companies read in score order: never a scan of every EoI.
      or (select 1 from technology_request r where r.company_id = t.company_id and r.status = 'OPEN' limit 1) = 1
      or (select 1 from expression_of_interest e join asset a on a.id = e.asset_id
        where e.company_id = t.company_id and a.institution_id = p_institution limit 1) = 1
    limit p_limit
  )
  select t.company_id, t.score, (
    select coalesce(jsonb_agg(reason order by position, sub), '[]') from (
      (select 1 as position, r.id as sub,
          jsonb_build_object('kind', 'REQUEST', 'requestId', r.id, 'title', r.title, 'slug', r.slug) as reason
        from matched_requests r where r.id = any(t.request_ids) order by r.id limit 2)
      union all
      (select 2, n::int, jsonb_build_object('kind', 'INTEREST', 'term', i.term)
        from company c cross join unnest(c.interests) with ordinality i(term, n)
        where c.id = t.company_id and t.by_interest
          and tsvector_to_array(to_tsvector(public.text_search_config(t.interests_language), i.term))
          <@ case when t.interests_language = 'it' then v_words_it else v_words_en end
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
        from matched_requests r where not coalesce(v_trl between t.trl_min and t.trl_max, false)
          and r.id = any(t.request_ids) and v_trl between r.trl_min and r.trl_max order by r.id limit 1)
      union all
      (select 5, l, jsonb_build_object('kind', 'SIMILAR_TO_INTEREST', 'assetId', l)
        from unnest(t.liked_ids) l order by l limit 1)
    ) reasons
  ) from scored t
  order by t.score desc, t.company_id;
end; $function$;`);
    this.addSql(`alter table "company" drop column "interest_term_queries";`);
    this.addSql(`drop function if exists "interest_term_queries"(text[], app_language);`);
  }

}

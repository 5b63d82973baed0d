import { Migration } from '@mikro-orm/migrations';

/**
 * Companies to approach, about a quarter less work (issue #13), same answers: the companies found by their interests
 * alone (the bounded sample of companies_interested_in, run before everything else until now) score 4 at most, like
 * the many found by one of the listing's sectors alone; they join those, read and scored only when fewer than p_limit
 * strong candidates the office may know of score more, which at scale is rare. A strong candidate's interests are
 * matched with its row, as before.
 */
export class Migration20261203180000_companies_to_approach_interests_when_needed extends Migration {
  override name = 'Migration20261203180000_companies_to_approach_interests_when_needed';

  override up(): void | Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION public.companies_interested_in(p_vector_en tsvector, p_vector_it tsvector,
  p_title_words_en text[], p_title_words_it text[])
 RETURNS int[]
 LANGUAGE sql
 STABLE
 SET enable_seqscan TO off
AS $function$
  -- Companies with an interest word in the listing's title, keywords or summary (the GIN index on interest_words:
  -- sequential scans are off for the function, whatever a generic plan would guess), then every word of one of their
  -- interests in its text: a bounded sample, for companies no other source finds.
  select array(select c.id from company c
      where c.interest_words && p_title_words_en and c.interests_language = 'en' and p_vector_en @@ c.interests_query
    union all select c.id from company c
      where c.interest_words && p_title_words_it and c.interests_language = 'it' and p_vector_it @@ c.interests_query
    limit 200)
$function$;`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.companies_to_approach(p_asset integer, p_institution integer, p_limit integer)
 RETURNS TABLE(company_id integer, score real, reasons jsonb)
 LANGUAGE plpgsql
 STABLE ROWS 10
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
  v_title_words_en text[];
  v_title_words_it text[];
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
  -- The few found by their requests or interest in related listings, with what cites them.
  other_hits as (
    select c.company_id,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'R'), '{}') as request_ids,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'L'), '{}') as liked_ids
    from (
      select r.company_id, 'R'::text as source, r.id as ref from matched_requests r
      union all
      select e.company_id, 'L', e.asset_id from expression_of_interest e
        where e.asset_id in (select related_id from related) and e.status <> 'WITHDRAWN'
    ) c
    group by c.company_id
  ),
  grouped as (
    select coalesce(s.company_id, o.company_id) as company_id,
      o.company_id is not null or s.sectors_shared >= 2 as strong,
      coalesce(s.sectors_shared, 0) as sectors_shared, coalesce(o.request_ids, '{}') as request_ids,
      coalesce(o.liked_ids, '{}') as liked_ids
    from sector_hits s full join other_hits o on o.company_id = s.company_id
    where coalesce(s.company_id, o.company_id) not in (select e.company_id from expression_of_interest e
        where e.asset_id = p_asset and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
      and coalesce(s.company_id, o.company_id) not in (select d.company_id from recommendation_dismissal d
        where d.asset_id = p_asset)
  ),
  -- The strong candidates' scores: found by their requests or interest in related listings, or sharing two of the
  -- listing's sectors or more (their interests matched here, company by company).
  ranked_strong as materialized (
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
    cross join lateral (select case when c.interests_language = 'it' then v_vector_it @@ c.interests_query
      else v_vector_en @@ c.interests_query end as by_interest) i
    where g.strong
  ),
  -- The others (found by one of the listing's sectors alone, the many, or by their interests alone) score 4 at most
  -- (a sector, an interest, the TRL range): they are read and scored only when fewer than p_limit strong ones the
  -- office may know of score more.
  strong_enough as (
    select count(*) >= p_limit and min(t.score) > 4 as yes from (
      select t.score from (select * from ranked_strong order by score desc, company_id offset 0) t
      where p_institution is null or t.listed or cardinality(t.request_ids) > 0
        or (select 1 from technology_request r where r.company_id = t.company_id and r.status = 'OPEN' limit 1) = 1
        or (select 1 from expression_of_interest e join asset a on a.id = e.asset_id
          where e.company_id = t.company_id and a.institution_id = p_institution limit 1) = 1
      limit p_limit
    ) t
  ),
  -- The weak candidates: the many under one of the listing's sectors, and the companies found by their interests
  -- alone (a bounded sample, companies_interested_in), only read when the strong ones are not enough.
  weak as (
    select g.company_id, g.sectors_shared, false as by_interest from grouped g where not g.strong
    union all
    select i.id, 0, true from unnest(public.companies_interested_in(v_vector_en, v_vector_it, v_title_words_en,
        v_title_words_it)) i(id)
      where not exists (select 1 from grouped g where g.company_id = i.id)
        and i.id not in (select e.company_id from expression_of_interest e
          where e.asset_id = p_asset and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
        and i.id not in (select d.company_id from recommendation_dismissal d where d.asset_id = p_asset)
  ),
  -- Every candidate's score, best first (apart: the visibility below is read in this order, for the best ones only).
  ranked as (
    select * from ranked_strong
    union all
    -- The same score as above, for a company found by one of its sectors or its interests alone.
    select g.company_id, g.sectors_shared, '{}', '{}', i.by_interest,
      c.interests_language, c.trl_min, c.trl_max, c.listed,
      (case when i.by_interest then 2 else 0 end + least(g.sectors_shared, 3)
       + case when v_trl between c.trl_min and c.trl_max then 1 else 0 end)::real as score
    from weak g join company c on c.id = g.company_id
    cross join lateral (select g.by_interest or case when c.interests_language = 'it' then v_vector_it @@ c.interests_query
      else v_vector_en @@ c.interests_query end as by_interest) i
    where not (select s.yes from strong_enough s)
    order by score desc, company_id
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
    this.addSql(`CREATE OR REPLACE FUNCTION public.companies_to_approach(p_asset integer, p_institution integer, p_limit integer)
 RETURNS TABLE(company_id integer, score real, reasons jsonb)
 LANGUAGE plpgsql
 STABLE ROWS 10
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
    select coalesce(s.company_id, o.company_id) as company_id,
      o.company_id is not null or s.sectors_shared >= 2 as strong, coalesce(o.by_interest, false) as by_interest,
      coalesce(s.sectors_shared, 0) as sectors_shared, coalesce(o.request_ids, '{}') as request_ids,
      coalesce(o.liked_ids, '{}') as liked_ids
    from sector_hits s full join other_hits o on o.company_id = s.company_id
    where coalesce(s.company_id, o.company_id) not in (select e.company_id from expression_of_interest e
        where e.asset_id = p_asset and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
      and coalesce(s.company_id, o.company_id) not in (select d.company_id from recommendation_dismissal d
        where d.asset_id = p_asset)
  ),
  -- The strong candidates' scores: found by their interests, requests or interest in related listings, or sharing
  -- two of the listing's sectors or more.
  ranked_strong as materialized (
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
    where g.strong
  ),
  -- The others (found by their sectors alone, sharing one: the many) score 4 at most (that sector, an interest, the
  -- TRL range): they are scored only when fewer than p_limit strong ones the office may know of score more.
  strong_enough as (
    select count(*) >= p_limit and min(t.score) > 4 as yes from (
      select t.score from (select * from ranked_strong order by score desc, company_id offset 0) t
      where p_institution is null or t.listed or cardinality(t.request_ids) > 0
        or (select 1 from technology_request r where r.company_id = t.company_id and r.status = 'OPEN' limit 1) = 1
        or (select 1 from expression_of_interest e join asset a on a.id = e.asset_id
          where e.company_id = t.company_id and a.institution_id = p_institution limit 1) = 1
      limit p_limit
    ) t
  ),
  -- Every candidate's score, best first (apart: the visibility below is read in this order, for the best ones only).
  ranked as (
    select * from ranked_strong
    union all
    -- The same score as above, for a company found by its sectors alone.
    select g.company_id, g.sectors_shared, g.request_ids, g.liked_ids, i.by_interest,
      c.interests_language, c.trl_min, c.trl_max, c.listed,
      (case when i.by_interest then 2 else 0 end + least(g.sectors_shared, 3)
       + case when v_trl between c.trl_min and c.trl_max then 1 else 0 end)::real as score
    from grouped g join company c on c.id = g.company_id
    cross join lateral (select case when c.interests_language = 'it' then v_vector_it @@ c.interests_query
      else v_vector_en @@ c.interests_query end as by_interest) i
    where not g.strong and not (select s.yes from strong_enough s)
    order by score desc, company_id
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
    this.addSql('drop function public.companies_interested_in(tsvector, tsvector, text[], text[]);');
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261203035050_institution_embed_origins extends Migration {

  override name = 'Migration20261203035050_institution_embed_origins';

  override up(): void | Promise<void> {
    this.addSql(`create table "institution_embed_origin" ("id" serial primary key, "institution_id" int not null, "origin" varchar(300) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "institution_embed_origin" add constraint "institution_embed_origin_unique" unique ("institution_id", "origin");`);

    this.addSql(`alter table "institution_embed_origin" add constraint "institution_embed_origin_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "institution_embed_origin" cascade;`);

    this.addSql(`create or replace function "asset_facet_fold"() returns void security invoker volatile language plpgsql as \$\$ begin -- Exactly the rows deleted are summed back: a concurrent fold cannot count a row twice.
      if pg_try_advisory_xact_lock(hashtext('asset_facet_delta')) then
        with gone as (delete from asset_facet_delta returning facet, value, delta)
        insert into asset_facet_delta (facet, value, delta)
        select facet, value, sum(delta) from gone group by facet, value having sum(delta) <> 0;       end if; end \$\$;`);

    this.addSql(`create or replace function "asset_facet_pairs"("r" asset_search) returns TABLE(facet text, value text) security invoker immutable language sql as \$\$ select 'kinds', r.kind::text union all select 'trl', r.trl::text
      union all select 'ipStatuses', r.ip_status::text union all select 'institutions', r.institution_id::text
      union all select 'total', ''
      union all select 'availabilities', r.availability::text
      union all select 'capacities', r.capacity::text where r.capacity is not null
      union all select 'partneringModels', v from unnest(r.partnering_models) v
      union all select 'sectors', v::text from unnest(r.sector_ids) v \$\$;`);

    this.addSql(`create or replace function "asset_related_best_of_set"("p_set" integer, "p_asset" integer, "p_kind" asset_kind, "p_institution" integer, "p_size" integer) returns TABLE(asset_id integer, kind asset_kind, institution_id integer, published_at timestamp with time zone) security invoker language sql as \$\$ select distinct * from (
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
      ) q \$\$;`);

    this.addSql(`create or replace function "asset_related_listings"("p_asset" integer, "p_kind" asset_kind, "p_institution" integer, "p_size" integer) returns TABLE(related_id integer, shared integer) security invoker language plpgsql as \$\$ begin declare
      found int;       mine int[] := coalesce((select array_agg(x.sector_id) from asset_sector x where x.asset_id = p_asset), '{}');     begin
      return query
        select c.asset_id, t.shared from (
          select s.id, (select count(*) from unnest(s.sector_ids) v where v = any(mine))::int as shared
          from sector_set s where s.sector_ids && mine
          order by 2 desc
        ) t cross join lateral asset_related_best_of_set(t.id, p_asset, p_kind, p_institution, p_size) c
        order by t.shared desc, (c.kind = p_kind) desc, (c.institution_id = p_institution) desc, c.published_at desc,
          c.asset_id
        limit p_size;       get diagnostics found = row_count;       if found < p_size then
        return query
          select c.asset_id, 0 from sector_set t
          cross join lateral asset_related_best_of_set(t.id, p_asset, p_kind, p_institution, p_size) c
          where not t.sector_ids && mine
          order by (c.kind = p_kind) desc, (c.institution_id = p_institution) desc, c.published_at desc, c.asset_id
          limit p_size - found;       end if;     end; end \$\$;`);

    this.addSql(`create or replace function "asset_related_rebuild"() returns void security invoker volatile language plpgsql as \$\$ begin delete from asset_related_key;       delete from sector_set;       perform asset_related_refresh(array(select id from asset where status = 'PUBLISHED')); end \$\$;`);

    this.addSql(`create or replace function "asset_related_refresh"("ids" integer[]) returns void security invoker volatile language plpgsql as \$\$ begin delete from asset_related_key k where k.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = k.asset_id and a.status = 'PUBLISHED');       insert into sector_set (sector_ids) select distinct r.sector_ids from asset_related_rows(ids) r
        order by 1 on conflict (sector_ids) do nothing;       insert into asset_related_key (asset_id, set_id, kind, institution_id, published_at)
        select r.asset_id, s.id, r.kind, r.institution_id, r.published_at
        from asset_related_rows(ids) r join sector_set s on s.sector_ids = r.sector_ids
      on conflict (asset_id) do update set set_id = excluded.set_id, kind = excluded.kind,
        institution_id = excluded.institution_id, published_at = excluded.published_at
      where (asset_related_key.*) is distinct from (excluded.*); end \$\$;`);

    this.addSql(`create or replace function "asset_related_rows"("ids" integer[]) returns TABLE(asset_id integer, sector_ids integer[], kind asset_kind, institution_id integer, published_at timestamp with time zone) security invoker language sql as \$\$ select a.id, coalesce((select array_agg(x.sector_id order by x.sector_id) from asset_sector x where x.asset_id = a.id), '{}'),
        a.kind, a.institution_id, a.published_at
      from asset a where a.id = any("ids") and a.status = 'PUBLISHED' \$\$;`);

    this.addSql(`create or replace function "asset_search_match"("query_en" tsquery, "query_it" tsquery, "ranked" boolean) returns TABLE(asset_id integer, published_at timestamp with time zone, title_key text, kind asset_kind, trl smallint, ip_status ip_status, institution_id integer, partnering_models text[], sector_ids integer[], availability listing_availability, capacity service_capacity_status, rank real) security invoker language sql as \$\$ select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids, s.availability, s.capacity, 
        case when "ranked" then greatest(ts_rank(s.rank_vector_en, "query_en"), ts_rank(s.rank_vector_it, "query_it")) end
      from asset_search s where s.match_vector_en @@ "query_en" or s.match_vector_it @@ "query_it" \$\$;`);

    this.addSql(`create or replace function "asset_search_rebuild"() returns void security invoker volatile language plpgsql as \$\$ begin delete from asset_search;       delete from asset_facet_delta;       insert into asset_search select * from asset_search_rows(array(select id from asset where status = 'PUBLISHED'));       perform asset_facet_fold(); end \$\$;`);

    this.addSql(`create or replace function "asset_search_refresh"("ids" integer[]) returns void security invoker volatile language plpgsql as \$\$ begin delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');       insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids,
        rank_vector_en = excluded.rank_vector_en, rank_vector_it = excluded.rank_vector_it,
        match_vector_en = excluded.match_vector_en, match_vector_it = excluded.match_vector_it,
        availability = excluded.availability,
        capacity = excluded.capacity
      where (asset_search.*) is distinct from (excluded.*); end \$\$;`);

    this.addSql(`create or replace function "asset_search_rows"("ids" integer[]) returns SETOF asset_search security invoker language sql as \$\$ select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
        a.partnering_models, t.sector_ids, r.en, r.it,
        r.en || setweight(to_tsvector('english_unaccent', t.labels_en), 'C') ||
          setweight(to_tsvector('english_unaccent', concat_ws(' ', a.description, a.problem, a.benefits,
            array_to_string(a.applications, ' '))), 'C'),
        r.it || setweight(to_tsvector('italian_unaccent', t.labels_it), 'C') ||
          setweight(to_tsvector('italian_unaccent', concat_ws(' ', a.description_it, a.problem_it, a.benefits_it,
            array_to_string(a.applications_it, ' '))), 'C'),
        a.availability,
        case when a.kind = 'SERVICE' then a.capacity_status end
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
      where a.status = 'PUBLISHED' \$\$;`);

    this.addSql(`create or replace function "common_lexemes"("p_language" app_language) returns text[] security invoker language plpgsql as \$\$ begin declare
  v_key text := 'tt.common_lexemes_' || p_language;   v_cached text := current_setting(v_key, true);   v_words text[]; begin
  -- Kept for ten minutes by the connection (a setting of its session): the statistics change with ANALYZE only.
  if coalesce(v_cached, '') <> '' and split_part(v_cached, '|', 1)::timestamptz > clock_timestamp() - interval '10 minutes' then
    return substr(v_cached, strpos(v_cached, '|') + 1)::text[];   end if;   select coalesce(array_agg(x.lexeme), '{}') into v_words from pg_stats s
  cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) x(lexeme, frequency)
  where s.schemaname = current_schema() and s.tablename = 'asset_search'
    and s.attname = case when p_language = 'it' then 'match_vector_it' else 'match_vector_en' end
    and x.lexeme is not null and x.frequency > 0.1;   perform set_config(v_key, clock_timestamp()::text || '|' || v_words::text, false);   return v_words; end; end \$\$;`);

    this.addSql(`create or replace function "companies_to_approach"("p_asset" integer, "p_institution" integer, "p_limit" integer) returns TABLE(company_id integer, score real, reasons jsonb) security invoker language plpgsql as \$\$ begin #variable_conflict use_column
declare
  v_sector_ids int[];   v_trl smallint;   v_kind asset_kind;   v_institution int;   v_vector_en tsvector;   v_vector_it tsvector;   v_words_en text[];   v_words_it text[];   v_common_en text[];   v_common_it text[];   v_rare_en text[];   v_rare_it text[];   v_interested int[];   v_title_words_en text[];   v_title_words_it text[];   v_seqscan text := current_setting('enable_seqscan'); begin
  select s.sector_ids, s.trl, s.kind, s.institution_id, s.match_vector_en, s.match_vector_it,
    tsvector_to_array(s.rank_vector_en), tsvector_to_array(s.rank_vector_it)
  into v_sector_ids, v_trl, v_kind, v_institution, v_vector_en, v_vector_it, v_title_words_en, v_title_words_it
  from asset_search s where s.asset_id = p_asset;   if not found then return; end if;   v_words_en := tsvector_to_array(v_vector_en);   v_words_it := tsvector_to_array(v_vector_it);   v_common_en := public.common_lexemes('en');   v_common_it := public.common_lexemes('it');   -- The listing's words that are not common in the catalogue: a request it matches holds one in its title.
  v_rare_en := array(select unnest(v_words_en) except select unnest(v_common_en));   v_rare_it := array(select unnest(v_words_it) except select unnest(v_common_it));   -- Companies with an interest word in the listing's title, keywords or summary (the GIN index on interest_words:
  -- sequential scans are off for the plan, whatever a generic plan would guess), then every word of one of their
  -- interests in its text: a bounded sample, for companies no other source finds (the others' interests are read
  -- with their rows below).
  perform set_config('enable_seqscan', 'off', true);   v_interested := array(select c.id from company c
      where c.interest_words && v_title_words_en and c.interests_language = 'en' and v_vector_en @@ c.interests_query
    union all select c.id from company c
      where c.interest_words && v_title_words_it and c.interests_language = 'it' and v_vector_it @@ c.interests_query
    limit 200);   perform set_config('enable_seqscan', v_seqscan, true);   return query
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
  candidates as (
    select x.company_id, 'S'::text as source, null::int as ref from company_sector x where x.sector_id = any(v_sector_ids)
    union all
    -- Companies with an interest word in the listing (the GIN index on interest_words), then every word of one.
    select i.id, 'I', null from unnest(v_interested) i(id)
    union all
    select r.company_id, 'R', r.id from matched_requests r
    union all
    select e.company_id, 'L', e.asset_id from expression_of_interest e
      where e.asset_id in (select related_id from related) and e.status <> 'WITHDRAWN'
  ),
  grouped as (
    select c.company_id, bool_or(c.source = 'I') as by_interest, count(*) filter (where c.source = 'S') as sectors_shared,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'R'), '{}') as request_ids,
      coalesce(array_agg(distinct c.ref) filter (where c.source = 'L'), '{}') as liked_ids
    from candidates c
    where c.company_id not in (select e.company_id from expression_of_interest e where e.asset_id = p_asset
        and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
      and c.company_id not in (select d.company_id from recommendation_dismissal d where d.asset_id = p_asset)
    group by c.company_id
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
  order by t.score desc, t.company_id; end; end \$\$;`);

    this.addSql(`create or replace function "interest_match_query"("p_term" text, "p_language" app_language) returns tsquery security invoker immutable language sql as \$\$ select string_agg(public.tsquery_lexeme(x), ' & ')::tsquery
  from unnest(tsvector_to_array(to_tsvector(public.text_search_config(p_language), p_term))) x \$\$;`);

    this.addSql(`create or replace function "interest_words"("p_terms" text[], "p_language" app_language) returns text[] security invoker immutable language sql as \$\$ select coalesce(array_agg(distinct w order by w), '{}')
  from unnest(p_terms) t cross join lateral unnest(tsvector_to_array(to_tsvector(public.text_search_config(p_language), t))) w \$\$;`);

    this.addSql(`create or replace function "interests_match_query"("p_terms" text[], "p_language" app_language) returns tsquery security invoker immutable language sql as \$\$ select string_agg('(' || q::text || ')', ' | ')::tsquery
  from unnest(p_terms) t cross join lateral public.interest_match_query(t, p_language) q where q is not null \$\$;`);

    this.addSql(`create or replace function "italian_search_query"("query" text) returns tsquery security invoker immutable language sql as \$\$ select regexp_replace(
        regexp_replace(
          regexp_replace(websearch_to_tsquery('italian_unaccent', "query")::text,
            '''([^'']{3,}?)a[lr]''', chr(1) || '\\1' || chr(2), 'g'),
          '''([^'']+)''', chr(1) || '\\1' || chr(2), 'g'),
        chr(1) || '([^' || chr(2) || ']+)' || chr(2), '( ''\\1'' | ''\\1al'' | ''\\1ar'' )', 'g')::tsquery \$\$;`);

    this.addSql(`create or replace function "recommended_listings"("p_company" integer, "p_limit" integer) returns TABLE(asset_id integer, score real, reasons jsonb) security invoker language plpgsql as \$\$ begin #variable_conflict use_column
declare
  v_language app_language;   v_interests text[];   v_trl_min smallint;   v_trl_max smallint;   v_sectors int[];   v_query_en tsquery;   v_query_it tsquery;   v_interest_ids int[] := '{}';   v_seqscan text := current_setting('enable_seqscan'); begin
  select c.interests_language, c.interests, c.trl_min, c.trl_max,
    coalesce((select array_agg(x.sector_id) from company_sector x where x.company_id = c.id), '{}'),
    case when c.interests_language = 'en' then c.interests_query end,
    case when c.interests_language = 'it' then c.interests_query end
  into v_language, v_interests, v_trl_min, v_trl_max, v_sectors, v_query_en, v_query_it
  from company c where c.id = p_company;   if not found then return; end if;   -- Listings matching any of its interests, through the GIN index whatever a generic plan would guess (EXECUTE plans
  -- with the query at hand): a bounded sample, ranked below.
  if v_query_en is not null or v_query_it is not null then
    -- The newest thousand listings first, by their title, keywords and summary (inline, cheap to read): enough of them
    -- for an interest many listings share. Else the GIN index over the whole texts (sequential scans off for the
    -- plan, whatever a generic plan would guess): few listings match then.
    select array(select s.asset_id from (select * from asset_search order by published_at desc limit 1000) s
      where s.rank_vector_en @@ v_query_en or s.rank_vector_it @@ v_query_it limit 150) into v_interest_ids;     if cardinality(v_interest_ids) < 50 then
      perform set_config('enable_seqscan', 'off', true);       v_interest_ids := array(select s.asset_id from asset_search s
        where s.match_vector_en @@ v_query_en or s.match_vector_it @@ v_query_it limit 150);       perform set_config('enable_seqscan', v_seqscan, true);     end if;   end if;   return query
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
  order by t.score desc, t.published_at desc, t.asset_id; end; end \$\$;`);

    this.addSql(`create or replace function "request_match_query"("p_words" text[]) returns tsquery security invoker immutable language sql as \$\$ with recursive words as (select public.tsquery_lexeme(w) as lexeme, n from unnest(p_words) with ordinality u(w, n)),
  together (last, size, query) as (
    select n, 1, lexeme from words
    union all
    select w.n, t.size + 1, t.query || ' & ' || w.lexeme from together t join words w on w.n > t.last
    where t.size < public.request_match_size(cardinality(p_words))
  )
  select string_agg('(' || query || ')', ' | ')::tsquery from together
  where size = public.request_match_size(cardinality(p_words)) and size > 0 \$\$;`);

    this.addSql(`create or replace function "request_match_size"("p_count" integer) returns integer security invoker immutable language sql as \$\$ select case when p_count <= 1 then p_count when p_count <= 4 then 2 else 3 end \$\$;`);

    this.addSql(`create or replace function "request_match_words"("p_words" text[], "p_common" text[]) returns text[] security invoker immutable language sql as \$\$ select coalesce((array(select w from unnest(p_words) with ordinality u(w, n) where not w = any(p_common) order by n))[1:6], '{}') \$\$;`);

    this.addSql(`create or replace function "text_search_config"("p_language" app_language) returns regconfig security invoker immutable language sql as \$\$ select case when p_language = 'it' then 'public.italian_unaccent'::regconfig else 'public.english_unaccent'::regconfig end \$\$;`);

    this.addSql(`create or replace function "tsquery_lexeme"("p_lexeme" text) returns text security invoker immutable language sql as \$\$ select '''' || replace(replace(p_lexeme, '\\', '\\\\'), '''', '''''') || '''' \$\$;`);
  }

}

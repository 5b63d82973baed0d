import { Migration } from '@mikro-orm/migrations';

/**
 * Both sides of the marketplace: companies' technology requests (with their sectors) and the institutes' responses
 * proposing listings or expertise; why companies pass on listings (listing_feedback); the recommendations a
 * company dismissed; and a company's TRL range.
 */
export class Migration20261202102007_market_two_sides extends Migration {

  override name = 'Migration20261202102007_market_two_sides';

  override up(): void | Promise<void> {
    this.addSql(`create type "budget_band" as enum ('BELOW_50K', 'FROM_50K_TO_250K', 'FROM_250K_TO_1M', 'ABOVE_1M');`);
    this.addSql(`create type "request_visibility" as enum ('PUBLIC', 'OFFICES');`);
    this.addSql(`create type "request_status" as enum ('OPEN', 'FULFILLED', 'CLOSED', 'EXPIRED');`);
    this.addSql(`create type "response_kind" as enum ('LISTINGS', 'EXPERTISE');`);
    this.addSql(`create type "proposal_status" as enum ('PROPOSED', 'INTEREST_EXPRESSED', 'DECLINED');`);
    this.addSql(`create type "feedback_source" as enum ('EOI_WITHDRAWN', 'PROPOSAL_DECLINED', 'RECOMMENDATION_DISMISSED');`);
    this.addSql(`create type "feedback_reason" as enum ('NOT_IN_FOCUS', 'TOO_EARLY', 'IP_POSITION', 'COMMERCIAL_POTENTIAL', 'HAVE_SOLUTION', 'TIMING_BUDGET', 'NEED_MORE_DATA', 'OTHER');`);
    this.addSql(`create table "technology_request" ("id" serial primary key, "slug" varchar(120) not null, "company_id" int not null, "author_id" int not null, "title" varchar(200) not null, "description" text not null, "motivation" text not null default '', "language" "app_language" not null default 'en', "trl_min" smallint not null, "trl_max" smallint not null, "partnering_models" text[] not null default '{}', "budget_band" "budget_band" null, "deadline" date not null, "visibility" "request_visibility" not null, "status" "request_status" not null default 'OPEN', "expiry_reminder_sent_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "technology_request" add constraint "technology_request_slug_unique" unique ("slug");`);
    this.addSql(`create index "technology_request_company_id_index" on "technology_request" ("company_id");`);
    this.addSql(`create index "technology_request_status_deadline_index" on "technology_request" ("status", "deadline");`);
    this.addSql(`create index "technology_request_partnering_models_idx" on "technology_request" using gin ("partnering_models");`);

    this.addSql(`create table "technology_request_sector" ("request_id" int not null, "sector_id" int not null, primary key ("request_id", "sector_id"));`);
    this.addSql(`create index "technology_request_sector_sector_idx" on "technology_request_sector" ("sector_id", "request_id");`);

    this.addSql(`create table "request_response" ("id" serial primary key, "request_id" int not null, "institution_id" int not null, "author_id" int not null, "kind" "response_kind" not null, "expert_id" int null, "message" text not null, "language" "app_language" not null default 'en', "created_at" timestamptz not null);`);
    this.addSql(`create index "request_response_request_id_index" on "request_response" ("request_id");`);
    this.addSql(`create index "request_response_institution_id_created_at_index" on "request_response" ("institution_id", "created_at");`);

    this.addSql(`create table "request_response_listing" ("id" serial primary key, "response_id" int not null, "asset_id" int not null, "status" "proposal_status" not null default 'PROPOSED', "decided_at" timestamptz null);`);
    this.addSql(`create index "request_response_listing_asset_idx" on "request_response_listing" ("asset_id");`);
    this.addSql(`alter table "request_response_listing" add constraint "request_response_listing_unique" unique ("response_id", "asset_id");`);

    this.addSql(`create table "recommendation_dismissal" ("company_id" int not null, "asset_id" int not null, "created_at" timestamptz not null, primary key ("company_id", "asset_id"));`);

    this.addSql(`create table "listing_feedback" ("id" serial primary key, "asset_id" int not null, "company_id" int not null, "author_id" int null, "source" "feedback_source" not null, "reason" "feedback_reason" not null, "comment" varchar(1000) null, "comment_language" "app_language" null, "created_at" timestamptz not null);`);
    this.addSql(`create index "listing_feedback_company_id_index" on "listing_feedback" ("company_id");`);
    this.addSql(`create index "listing_feedback_asset_id_created_at_index" on "listing_feedback" ("asset_id", "created_at");`);

    this.addSql(`alter table "company" add "trl_min" smallint null, add "trl_max" smallint null;`);
    this.addSql(`alter table "company" add constraint "company_trl_min_check" check (((trl_min >= 1) AND (trl_min <= 9)));`);
    this.addSql(`alter table "company" add constraint "company_trl_max_check" check (((trl_max >= trl_min) AND (trl_max <= 9)));`);

    this.addSql(`alter table "technology_request" add constraint "technology_request_company_id_foreign" foreign key ("company_id") references "company" ("id");`);
    this.addSql(`alter table "technology_request" add constraint "technology_request_author_id_foreign" foreign key ("author_id") references "app_user" ("id");`);
    this.addSql(`alter table "technology_request" add constraint "technology_request_trl_min_check" check (((trl_min >= 1) AND (trl_min <= 9)));`);
    this.addSql(`alter table "technology_request" add constraint "technology_request_trl_max_check" check (((trl_max >= trl_min) AND (trl_max <= 9)));`);

    this.addSql(`alter table "technology_request_sector" add constraint "technology_request_sector_request_id_foreign" foreign key ("request_id") references "technology_request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "technology_request_sector" add constraint "technology_request_sector_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "request_response" add constraint "request_response_request_id_foreign" foreign key ("request_id") references "technology_request" ("id") on delete cascade;`);
    this.addSql(`alter table "request_response" add constraint "request_response_institution_id_foreign" foreign key ("institution_id") references "institution" ("id");`);
    this.addSql(`alter table "request_response" add constraint "request_response_author_id_foreign" foreign key ("author_id") references "app_user" ("id");`);
    this.addSql(`alter table "request_response" add constraint "request_response_expert_id_foreign" foreign key ("expert_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "request_response_listing" add constraint "request_response_listing_response_id_foreign" foreign key ("response_id") references "request_response" ("id") on delete cascade;`);
    this.addSql(`alter table "request_response_listing" add constraint "request_response_listing_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on delete cascade;`);

    this.addSql(`alter table "recommendation_dismissal" add constraint "recommendation_dismissal_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "recommendation_dismissal" add constraint "recommendation_dismissal_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "listing_feedback" add constraint "listing_feedback_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on delete cascade;`);
    this.addSql(`alter table "listing_feedback" add constraint "listing_feedback_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "listing_feedback" add constraint "listing_feedback_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "technology_request_sector" drop constraint "technology_request_sector_request_id_foreign";`);
    this.addSql(`alter table "request_response" drop constraint "request_response_request_id_foreign";`);
    this.addSql(`alter table "request_response_listing" drop constraint "request_response_listing_response_id_foreign";`);

    this.addSql(`drop table if exists "technology_request" cascade;`);
    this.addSql(`drop table if exists "technology_request_sector" cascade;`);
    this.addSql(`drop table if exists "request_response" cascade;`);
    this.addSql(`drop table if exists "request_response_listing" cascade;`);
    this.addSql(`drop table if exists "recommendation_dismissal" cascade;`);
    this.addSql(`drop table if exists "listing_feedback" cascade;`);

    this.addSql(`alter table "company" drop constraint "company_trl_min_check";`);
    this.addSql(`alter table "company" drop constraint "company_trl_max_check";`);
    this.addSql(`alter table "company" drop column "trl_min", drop column "trl_max";`);

    this.addSql(`drop type "budget_band";`);
    this.addSql(`drop type "request_visibility";`);
    this.addSql(`drop type "request_status";`);
    this.addSql(`drop type "response_kind";`);
    this.addSql(`drop type "proposal_status";`);
    this.addSql(`drop type "feedback_source";`);
    this.addSql(`drop type "feedback_reason";`);
    this.addSql(`create or replace function "asset_facet_fold"() returns void security invoker volatile language plpgsql as \$\$ begin -- Exactly the rows deleted are summed back: a concurrent fold cannot count a row twice.
      if pg_try_advisory_xact_lock(hashtext('asset_facet_delta')) then
        with gone as (delete from asset_facet_delta returning facet, value, delta)
        insert into asset_facet_delta (facet, value, delta)
        select facet, value, sum(delta) from gone group by facet, value having sum(delta) <> 0;       end if; end \$\$;`);

    this.addSql(`create or replace function "asset_facet_pairs"("r" asset_search) returns TABLE(facet text, value text) security invoker immutable language sql as \$\$ select 'kinds', r.kind::text union all select 'trl', r.trl::text
      union all select 'ipStatuses', r.ip_status::text union all select 'institutions', r.institution_id::text
      union all select 'total', ''
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

    this.addSql(`create or replace function "asset_search_match"("query_en" tsquery, "query_it" tsquery, "ranked" boolean) returns TABLE(asset_id integer, published_at timestamp with time zone, title_key text, kind asset_kind, trl smallint, ip_status ip_status, institution_id integer, partnering_models text[], sector_ids integer[], rank real) security invoker language sql as \$\$ select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids,
        case when "ranked" then greatest(ts_rank(s.rank_vector_en, "query_en"), ts_rank(s.rank_vector_it, "query_it")) end
      from asset_search s where s.match_vector_en @@ "query_en" or s.match_vector_it @@ "query_it" \$\$;`);

    this.addSql(`create or replace function "asset_search_rebuild"() returns void security invoker volatile language plpgsql as \$\$ begin delete from asset_search;       delete from asset_facet_delta;       insert into asset_search select * from asset_search_rows(array(select id from asset where status = 'PUBLISHED'));       perform asset_facet_fold(); end \$\$;`);

    this.addSql(`create or replace function "asset_search_refresh"("ids" integer[]) returns void security invoker volatile language plpgsql as \$\$ begin delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');       insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids,
        rank_vector_en = excluded.rank_vector_en, rank_vector_it = excluded.rank_vector_it,
        match_vector_en = excluded.match_vector_en, match_vector_it = excluded.match_vector_it
      where (asset_search.*) is distinct from (excluded.*); end \$\$;`);

    this.addSql(`create or replace function "asset_search_rows"("ids" integer[]) returns SETOF asset_search security invoker language sql as \$\$ select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
        a.partnering_models, t.sector_ids, r.en, r.it,
        r.en || setweight(to_tsvector('english_unaccent', t.labels_en), 'C') ||
          setweight(to_tsvector('english_unaccent', concat_ws(' ', a.description, a.problem, a.benefits,
            array_to_string(a.applications, ' '))), 'C'),
        r.it || setweight(to_tsvector('italian_unaccent', t.labels_it), 'C') ||
          setweight(to_tsvector('italian_unaccent', concat_ws(' ', a.description_it, a.problem_it, a.benefits_it,
            array_to_string(a.applications_it, ' '))), 'C')
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

    this.addSql(`create or replace function "italian_search_query"("query" text) returns tsquery security invoker immutable language sql as \$\$ select regexp_replace(
        regexp_replace(
          regexp_replace(websearch_to_tsquery('italian_unaccent', "query")::text,
            '''([^'']{3,}?)a[lr]''', chr(1) || '\\1' || chr(2), 'g'),
          '''([^'']+)''', chr(1) || '\\1' || chr(2), 'g'),
        chr(1) || '([^' || chr(2) || ']+)' || chr(2), '( ''\\1'' | ''\\1al'' | ''\\1ar'' )', 'g')::tsquery \$\$;`);
  }

}

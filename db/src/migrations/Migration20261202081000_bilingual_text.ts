import { Migration } from '@mikro-orm/migrations';
import { Migration20261201234500_asset_search } from './Migration20261201234500_asset_search.js';
import { Migration20261202011000_asset_search_facet_columns } from './Migration20261202011000_asset_search_facet_columns.js';

/** Italian columns beside the English ones: empty until translated (English stays the reference). */
const ITALIAN_COLUMNS = {
  asset: [
    `"title_it" varchar(200) not null default ''`,
    `"summary_it" varchar(400) not null default ''`,
    `"description_it" text not null default ''`,
    `"problem_it" text not null default ''`,
    `"benefits_it" text not null default ''`,
    `"applications_it" text[] not null default '{}'`,
    `"keywords_it" text[] not null default '{}'`,
    `"turnaround_it" varchar(200) null`,
  ],
  institution: [`"description_it" text not null default ''`, `"mission_it" text not null default ''`],
  platform: [`"description_it" text not null default ''`, `"capabilities_it" text[] not null default '{}'`],
  company: [`"description_it" text not null default ''`],
} as const;

/**
 * Listings, institutes, platforms and companies in English and Italian, and a search in both languages.
 *
 * Two text search configurations fold accents (unaccent) before stemming: english_unaccent for the English
 * texts, italian_unaccent for the Italian ones. Each search row keeps one pair of vectors per language — the
 * small ranking vector inline (title and keywords A, summary B, patent numbers D) and, out of line for matching
 * through its GIN index, the whole text with the labels of the listing's sectors and their ancestors (C) — and a
 * query is matched as its English parse against the English vectors and, for a request in Italian, its Italian
 * parse against the Italian ones, so an English word never matches an unrelated Italian one that stems alike
 * ("lung", "lungo"). The rank is the better of the two, computed once per match from the inline vectors. The
 * labels find the listings under a term but do not weigh in the rank: in the inline vectors they made the rows the
 * facets read a sixth wider (a listing found by a label only ranks after those whose text says it).
 *
 * asset.search_vector (both stemmers over the English text) and its GIN index go: the search rows are built
 * from the listing's text, and nothing else read them.
 */
export class Migration20261202081000_bilingual_text extends Migration {

  override name = 'Migration20261202081000_bilingual_text';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    for (const language of ['english', 'italian']) {
      this.addSql(`create text search configuration "${language}_unaccent" (copy = pg_catalog.${language});`);
      this.addSql(`alter text search configuration "${language}_unaccent" alter mapping for hword, hword_part, word with unaccent, ${language}_stem;`);
    }
    for (const [table, columns] of Object.entries(ITALIAN_COLUMNS)) {
      this.addSql(`alter table "${table}" ${columns.map((column) => `add column ${column}`).join(', ')};`);
    }

    this.addSql(`drop trigger if exists "search_vector" on "asset";`);
    this.addSql(`drop function if exists "asset_search_vector_fn"();`);
    this.addSql(`drop index if exists "asset_search_vector_idx";`);
    this.addSql(`alter table "asset" drop column "search_vector";`);

    // The rows are rebuilt below; emptied first, the new columns need no default.
    this.addSql(`drop function "asset_search_match"(tsquery, boolean);`);
    this.addSql(`truncate "asset_search";`);
    this.addSql(`alter table "asset_search" drop column "rank_vector", drop column "match_vector",
      add column "rank_vector_en" tsvector not null, add column "rank_vector_it" tsvector not null,
      add column "match_vector_en" tsvector not null, add column "match_vector_it" tsvector not null;`);
    // Inline (compressed if need be), never out of line: ranking reads them for every match.
    this.addSql(`alter table "asset_search" alter column "rank_vector_en" set storage main, alter column "rank_vector_it" set storage main;`);
    // The whole texts' vectors, for matching through their GIN indexes only: out of line, never read to rank.
    this.addSql(`alter table "asset_search" alter column "match_vector_en" set storage external, alter column "match_vector_it" set storage external;`);
    // The small columns the facets and orders read stay in the row however long a listing's two ranking vectors
    // are (else the longest rows push them out of line, and counting a facet reads them back one by one).
    this.addSql(`alter table "asset_search" alter column "partnering_models" set storage plain, alter column "sector_ids" set storage plain, alter column "title_key" set storage main;`);
    this.addSql(`create index "asset_search_match_vector_en_idx" on "asset_search" using gin ("match_vector_en");`);
    this.addSql(`create index "asset_search_match_vector_it_idx" on "asset_search" using gin ("match_vector_it");`);

    // The search row of each listing, from the listing itself and its sectors' labels (none unless published).
    this.addSql(`create or replace function "asset_search_rows"("ids" int[]) returns setof "asset_search" as $$
      select a.id, coalesce(a.published_at, a.created_at), lower(a.title), a.kind, a.trl, a.ip_status, a.institution_id,
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
      where a.status = 'PUBLISHED'
    $$ language sql stable;`);
    this.addSql(`create or replace function "asset_search_refresh"("ids" int[]) returns void as $$ begin
      delete from asset_search s where s.asset_id = any(ids)
        and not exists (select 1 from asset a where a.id = s.asset_id and a.status = 'PUBLISHED');
      insert into asset_search select * from asset_search_rows(ids)
      on conflict (asset_id) do update set published_at = excluded.published_at, title_key = excluded.title_key,
        kind = excluded.kind, trl = excluded.trl, ip_status = excluded.ip_status, institution_id = excluded.institution_id,
        partnering_models = excluded.partnering_models, sector_ids = excluded.sector_ids,
        rank_vector_en = excluded.rank_vector_en, rank_vector_it = excluded.rank_vector_it,
        match_vector_en = excluded.match_vector_en, match_vector_it = excluded.match_vector_it
      where (asset_search.*) is distinct from (excluded.*);
    end; $$ language plpgsql;`);
    // The search rows matching a query — its English parse in the English text or its Italian parse (none for a
    // request in English) in the Italian text — through the GIN indexes whatever the planner thinks (it prices the de-TOASTing of every text vector a
    // sequential scan would do as nothing). Only the small columns come out, with the rank when asked for: the
    // better of the two languages', computed here once per match from the inline ranking vectors.
    this.addSql(`create function "asset_search_match"("query_en" tsquery, "query_it" tsquery, "ranked" boolean)
      returns table ("asset_id" int, "published_at" timestamptz, "title_key" text, "kind" "asset_kind", "trl" smallint,
        "ip_status" "ip_status", "institution_id" int, "partnering_models" text[], "sector_ids" int[], "rank" real) as $$
      select s.asset_id, s.published_at, s.title_key, s.kind, s.trl, s.ip_status, s.institution_id, s.partnering_models,
        s.sector_ids,
        case when "ranked" then greatest(ts_rank(s.rank_vector_en, "query_en"), ts_rank(s.rank_vector_it, "query_it")) end
      from asset_search s where s.match_vector_en @@ "query_en" or s.match_vector_it @@ "query_it"
    $$ language sql stable set enable_seqscan = off;`);
    // A query's Italian parse, each stem also as the noun or relational adjective it comes with (Italian says "campioni
    // tumorali" for samples of a tumour, "carcinoma polmonare" for a cancer of the lung): a stem ending in -al/-ar
    // (tumorale, polmonari) stands for its base too (tumor-, polmon-), and any stem for its -al/-ar forms. The stems
    // are rewritten in the query's text, marked first so a stem written by the rewrite is not rewritten again.
    this.addSql(`create or replace function "italian_search_query"("query" text) returns tsquery as $$
      select regexp_replace(
        regexp_replace(
          regexp_replace(websearch_to_tsquery('italian_unaccent', "query")::text,
            '''([^'']{3,}?)a[lr]''', chr(1) || '\\1' || chr(2), 'g'),
          '''([^'']+)''', chr(1) || '\\1' || chr(2), 'g'),
        chr(1) || '([^' || chr(2) || ']+)' || chr(2), '( ''\\1'' | ''\\1al'' | ''\\1ar'' )', 'g')::tsquery
    $$ language sql immutable strict;`);
    // A term's new label is searched for in the rows of the listings under it (their sector_ids hold it).
    this.addSql(`create or replace function "asset_search_from_sector_label"() returns trigger as $$ begin
      if (new.label_en, new.label_it) is distinct from (old.label_en, old.label_it) then
        perform asset_search_refresh(array(select s.asset_id from asset_search s where s.sector_ids @> array[new.id]));
      end if;
      return null; end; $$ language plpgsql;`);
    this.addSql(`create trigger "asset_search_labels" after update of "label_en", "label_it" on "sector" for each row execute function "asset_search_from_sector_label"();`);

    this.addSql(`select asset_search_rebuild();`);
    this.addSql(`analyze "asset_search";`);
  }

  /** Back to English only: the search rows and asset.search_vector as the earlier migrations built them. */
  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "asset_search_labels" on "sector";`);
    this.addSql(`drop function if exists "asset_search_from_sector_label"();`);
    this.addSql(`drop function if exists "asset_search_match"(tsquery, tsquery, boolean);`);
    this.addSql(`drop function if exists "italian_search_query"(text);`);
    this.addSql(`alter table "asset" add column "search_vector" tsvector null;`);
    this.addSql(`create index "asset_search_vector_idx" on "asset" using gin ("search_vector");`);
    this.addSql(`create or replace function "asset_search_vector_fn"() returns trigger as $$ begin new.search_vector :=
    setweight(to_tsvector('english', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('italian', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('english', array_to_string(new.keywords, ' ')), 'A') ||
    setweight(to_tsvector('italian', array_to_string(new.keywords, ' ')), 'A') ||
    setweight(to_tsvector('english', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('italian', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('english', concat_ws(' ', new.description, new.problem, new.benefits, array_to_string(new.applications, ' '))), 'C') ||
    setweight(to_tsvector('italian', concat_ws(' ', new.description, new.problem, new.benefits, array_to_string(new.applications, ' '))), 'C') ||
    setweight(to_tsvector('simple', array_to_string(new.patent_numbers, ' ')), 'D');   return new; end; $$ language plpgsql;`);
    this.addSql(`create trigger "search_vector" BEFORE INSERT OR UPDATE on "asset" for each ROW execute function "asset_search_vector_fn"();`);
    // The search rows as the two earlier migrations left them: dropped, search_vector filled, then rebuilt from it.
    const dropped = new Migration20261201234500_asset_search(this.driver, this.config);
    await dropped.down();
    for (const query of dropped.getQueries()) this.addSql(query);
    this.addSql(`update "asset" set "id" = "id";`);
    const rebuilt = new Migration20261201234500_asset_search(this.driver, this.config);
    await rebuilt.up();
    const facetColumns = new Migration20261202011000_asset_search_facet_columns(this.driver, this.config);
    await facetColumns.up();
    for (const query of [...rebuilt.getQueries(), ...facetColumns.getQueries()]) this.addSql(query);
    for (const [table, columns] of Object.entries(ITALIAN_COLUMNS)) {
      const names = columns.map((column) => column.slice(0, column.indexOf(' ')));
      this.addSql(`alter table "${table}" ${names.map((name) => `drop column ${name}`).join(', ')};`);
    }
    for (const language of ['english', 'italian']) {
      this.addSql(`drop text search configuration if exists "${language}_unaccent";`);
    }
  }

}

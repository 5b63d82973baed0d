import { Migration } from '@mikro-orm/migrations';

/** The columns asset_search_en copies from asset_search, in its own order (the keys are computed). */
const COPIED = [
  'asset_id',
  'published_at',
  'updated_at',
  'trl',
  'kind',
  'ip_status',
  'institution_id',
  'availability',
  'capacity',
  'partnering_models',
  'sector_ids',
] as const;
const RANKED = ['title_key', 'rank_vector_en', 'match_vector_en'] as const;

/** asset_search's rows `r` as asset_search_en's, keys included. */
const englishRow = (r: string) =>
  [
    ...COPIED.map((column) => `${r}.${column}`),
    `array_to_string(${r}.partnering_models, ',')`,
    `array_to_string(${r}.sector_ids, ',')`,
    ...RANKED.map((column) => `${r}.${column}`),
  ].join(', ');

/**
 * asset_search_en: the English half of the search rows, for searches in English (most of them, and every one of
 * the scale benchmark's). asset_search keeps both languages' ranking vectors inline, so a common English word's
 * matches (18 590 on the scale data) fill 12 250 heap pages of rows about 40 % Italian text, which an English
 * search never reads; here the same matches fill 9 600 pages (the table is 76 MB against 122 MB), and the facets'
 * columns come before the ranking vector, with the two arrays also kept as strings to group by
 * (asset-search-en.entity.ts).
 * Measured on the scale data, backend CPU per statement, interleaved with the statements before (with the facets'
 * grouping of catalogue-search.service.ts): a common word's facets 40.4 → 24.1 ms, its page 29.1 → 26.1 ms, both in
 * one statement 59.1 → 43.4 ms (docs/performance.md). The cost: the English match vectors twice (their TOAST, about 200 MB
 * at scale, and a second GIN index) and a second row written per change, by statement triggers on asset_search,
 * so every writer of asset_search (its refresh, its rebuild, the scale loader) keeps the copy without knowing it.
 */
export class Migration20261204204713_asset_search_en extends Migration {
  override name = 'Migration20261204204713_asset_search_en';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "asset_search_en" ("asset_id" int not null, "published_at" timestamptz not null, "updated_at" timestamptz not null, "trl" smallint not null, "kind" "asset_kind" not null, "ip_status" "ip_status" not null, "institution_id" int not null, "availability" "listing_availability" not null, "capacity" "service_capacity_status" null, "partnering_models" text[] not null, "sector_ids" int[] not null, "partnering_key" text not null, "sector_key" text not null, "title_key" text not null, "rank_vector_en" tsvector not null, "match_vector_en" tsvector not null, primary key ("asset_id"));`,
    );
    this.addSql(
      `alter table "asset_search_en" add constraint "asset_search_en_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`,
    );
    // As in asset_search: the small values and the ranking vector inline (never compressed out of line), the
    // match vector out of line (read through its GIN index only).
    this.addSql(
      `alter table "asset_search_en" alter column "partnering_models" set storage plain, alter column "sector_ids" set storage plain, alter column "partnering_key" set storage plain, alter column "sector_key" set storage plain, alter column "title_key" set storage main, alter column "rank_vector_en" set storage main, alter column "match_vector_en" set storage external;`,
    );
    this.addSql(`create or replace function "asset_search_en_copy"() returns trigger as $$ begin
      if tg_op = 'DELETE' then
        delete from asset_search_en e using old_rows o where e.asset_id = o.asset_id;
      else
        insert into asset_search_en select ${englishRow('r')} from new_rows r
        on conflict (asset_id) do update set ${[...COPIED.slice(1), 'partnering_key', 'sector_key', ...RANKED].map((column) => `${column} = excluded.${column}`).join(', ')};
      end if;
      return null; end; $$ language plpgsql;`);
    for (const [event, tables] of [
      ['insert', 'new table as new_rows'],
      ['update', 'new table as new_rows'],
      ['delete', 'old table as old_rows'],
    ] as const) {
      this.addSql(
        `create trigger "asset_search_en_${event}" after ${event} on "asset_search" referencing ${tables} for each statement execute function "asset_search_en_copy"();`,
      );
    }
    this.addSql(`insert into "asset_search_en" select ${englishRow('r')} from "asset_search" r order by r.asset_id;`);
    this.addSql(
      `create index "asset_search_en_match_vector_en_idx" on "asset_search_en" using gin ("match_vector_en");`,
    );
    this.addSql(`analyze "asset_search_en";`);
  }

  override down(): void | Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "asset_search_en_${event}" on "asset_search";`);
    }
    this.addSql(`drop function if exists "asset_search_en_copy"();`);
    this.addSql(`drop table if exists "asset_search_en";`);
  }
}

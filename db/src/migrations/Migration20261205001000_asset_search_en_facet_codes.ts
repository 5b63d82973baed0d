import { Migration } from '@mikro-orm/migrations';

/** asset_search_en's columns up to the facets' codes, as the rows of asset_search `r` give them. */
const LEADING = [
  'asset_id',
  'published_at',
  'updated_at',
  'trl',
  'kind',
  'ip_status',
  'institution_id',
  'availability',
  'capacity',
] as const;
const TRAILING = ['partnering_models', 'sector_ids', 'partnering_key', 'sector_key', 'title_key', 'rank_vector_en'];

/** The three codes' (facet, key) of asset_search's row `r`, as search_facet_code keeps them. */
const CODED = (r: string) => [
  ['combined', `search_facet_combination(${r}.kind, ${r}.trl, ${r}.ip_status, ${r}.availability, ${r}.capacity)`],
  ['partneringModels', `array_to_string(${r}.partnering_models, ',')`],
  ['sectors', `array_to_string(${r}.sector_ids, ',')`],
];

/** asset_search's rows `r` as asset_search_en's columns before the codes were added (the keys included). */
const rowBeforeCodes = (r: string) => [
  ...LEADING.map((column) => `${r}.${column}`),
  `${r}.partnering_models`,
  `${r}.sector_ids`,
  `array_to_string(${r}.partnering_models, ',')`,
  `array_to_string(${r}.sector_ids, ',')`,
  `${r}.title_key`,
  `${r}.rank_vector_en`,
  `${r}.match_vector_en`,
];

/** asset_search's rows `r` as asset_search_en's, codes and keys included (joined to search_facet_code as f, p, s). */
const englishRow = (r: string) => {
  const before = rowBeforeCodes(r);
  return [...before.slice(0, LEADING.length), 'f.code', 'p.code', 's.code', ...before.slice(LEADING.length)].join(', ');
};

/** The joins to the codes of `r`'s combinations (which exist by then). */
const codeJoins = (r: string) =>
  CODED(r)
    .map(([facet, key], index) => {
      const alias = ['f', 'p', 's'][index];
      return `join search_facet_code ${alias} on ${alias}.facet = '${facet}' and ${alias}.key = ${key}`;
    })
    .join(' ');

/** Codes for the combinations of the rows `r` of `from` that have none yet. */
const newCodes = (from: string) => `insert into search_facet_code (facet, key)
        select distinct c.facet, c.key from ${from} r
        cross join lateral (values ${CODED('r')
          .map(([facet, key]) => `('${facet}', ${key})`)
          .join(', ')}) c(facet, key)
        order by c.facet, c.key
        on conflict (facet, key) do nothing;`;

const CREATE_TABLE = `create table "asset_search_en" ("asset_id" int not null, "published_at" timestamptz not null, "updated_at" timestamptz not null, "trl" smallint not null, "kind" "asset_kind" not null, "ip_status" "ip_status" not null, "institution_id" int not null, "availability" "listing_availability" not null, "capacity" "service_capacity_status" null, "facet_code" int not null, "partnering_code" int not null, "sector_code" int not null, "partnering_models" text[] not null, "sector_ids" int[] not null, "partnering_key" text not null, "sector_key" text not null, "title_key" text not null, "rank_vector_en" tsvector not null, "match_vector_en" tsvector not null, primary key ("asset_id"));`;
const CREATE_TABLE_BEFORE = `create table "asset_search_en" ("asset_id" int not null, "published_at" timestamptz not null, "updated_at" timestamptz not null, "trl" smallint not null, "kind" "asset_kind" not null, "ip_status" "ip_status" not null, "institution_id" int not null, "availability" "listing_availability" not null, "capacity" "service_capacity_status" null, "partnering_models" text[] not null, "sector_ids" int[] not null, "partnering_key" text not null, "sector_key" text not null, "title_key" text not null, "rank_vector_en" tsvector not null, "match_vector_en" tsvector not null, primary key ("asset_id"));`;
const FOREIGN_KEY = `alter table "asset_search_en" add constraint "asset_search_en_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`;
const STORAGE = `alter table "asset_search_en" alter column "partnering_models" set storage plain, alter column "sector_ids" set storage plain, alter column "partnering_key" set storage plain, alter column "sector_key" set storage plain, alter column "title_key" set storage main, alter column "rank_vector_en" set storage main, alter column "match_vector_en" set storage external;`;
const GIN = `create index "asset_search_en_match_vector_en_idx" on "asset_search_en" using gin ("match_vector_en");`;

/** Every column an update of a row changes (all but its id). */
const UPDATED = [
  ...LEADING.slice(1),
  'facet_code',
  'partnering_code',
  'sector_code',
  ...TRAILING,
  'match_vector_en',
];
const UPDATED_BEFORE = [...LEADING.slice(1), ...TRAILING, 'match_vector_en'];

/**
 * The facets' codes in the English search rows (search_facet_code, asset-search-en.entity.ts): a common word's
 * facets are counted by grouping its matches (18 590 at scale) four ways; by one integer each (the five facets of
 * few values as one code, the partnering models' and the sectors' keys as one each) instead of five columns and
 * two strings, the one-statement search of "immunotherapy" took ×0.90 of the database's CPU (interleaved, scale
 * data). The table is rebuilt with the codes among the facets' values, before the keys and the vectors (a row's
 * columns are read in order), and its trigger on asset_search gives each new combination its code.
 */
export class Migration20261205001000_asset_search_en_facet_codes extends Migration {
  override name = 'Migration20261205001000_asset_search_en_facet_codes';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "search_facet_code" ("code" serial primary key, "facet" text not null, "key" text not null);`,
    );
    this.addSql(
      `alter table "search_facet_code" add constraint "search_facet_code_facet_key_unique" unique ("facet", "key");`,
    );
    // The combined key: the values' text, the capacity empty when there is none.
    this.addSql(`create function "search_facet_combination"("p_kind" asset_kind, "p_trl" smallint, "p_ip_status" ip_status, "p_availability" listing_availability, "p_capacity" service_capacity_status) returns text as $$
  select concat_ws(',', p_kind, p_trl, p_ip_status, p_availability, coalesce(p_capacity::text, ''))
$$ language sql stable parallel safe;`);
    this.addSql(`create or replace function "asset_search_en_copy"() returns trigger as $$ begin
      if tg_op = 'DELETE' then
        delete from asset_search_en e using old_rows o where e.asset_id = o.asset_id;
      else
        ${newCodes('new_rows')}
        insert into asset_search_en select ${englishRow('r')} from new_rows r ${codeJoins('r')}
        on conflict (asset_id) do update set ${UPDATED.map((column) => `${column} = excluded.${column}`).join(', ')};
      end if;
      return null; end; $$ language plpgsql;`);
    // Rebuilt with the codes in place: nothing writes to asset_search meanwhile (this transaction holds the
    // table's lock from its drop on; the triggers on asset_search write to it by name).
    this.addSql(`drop table "asset_search_en";`);
    this.addSql(CREATE_TABLE);
    this.addSql(FOREIGN_KEY);
    this.addSql(STORAGE);
    this.addSql(newCodes('asset_search'));
    this.addSql(
      `insert into "asset_search_en" select ${englishRow('r')} from "asset_search" r ${codeJoins('r')} order by r.asset_id;`,
    );
    this.addSql(GIN);
    this.addSql(`analyze "asset_search_en";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function "asset_search_en_copy"() returns trigger as $$ begin
      if tg_op = 'DELETE' then
        delete from asset_search_en e using old_rows o where e.asset_id = o.asset_id;
      else
        insert into asset_search_en select ${rowBeforeCodes('r').join(', ')} from new_rows r
        on conflict (asset_id) do update set ${UPDATED_BEFORE.map((column) => `${column} = excluded.${column}`).join(', ')};
      end if;
      return null; end; $$ language plpgsql;`);
    this.addSql(`drop table "asset_search_en";`);
    this.addSql(CREATE_TABLE_BEFORE);
    this.addSql(FOREIGN_KEY);
    this.addSql(STORAGE);
    this.addSql(
      `insert into "asset_search_en" select ${rowBeforeCodes('r').join(', ')} from "asset_search" r order by r.asset_id;`,
    );
    this.addSql(GIN);
    this.addSql(`analyze "asset_search_en";`);
    this.addSql(`drop function "search_facet_combination"(asset_kind, smallint, ip_status, listing_availability, service_capacity_status);`);
    this.addSql(`drop table "search_facet_code";`);
  }
}

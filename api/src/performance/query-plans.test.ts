import type { Db } from '@tt/db/database';
import { GENERAL_WORDS, GENERAL_WORDS_IT, RARE_TERM } from '@tt/db/seeds/scale/scale-vocabulary';
import { AssetKind, AssetOrder } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { Kysely, type KyselyPlugin, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { findRelatedAssets, findVisibleAsset } from '../features/catalogue/asset-lookup.service.js';
import { type CatalogueCriteria, catalogueCriteria } from '../features/catalogue/catalogue-criteria.js';
import { CATALOGUE_SESSION_OPTIONS } from '../features/catalogue/catalogue-reads.js';
import { CatalogueSearch } from '../features/catalogue/catalogue-search.service.js';
import { rankedCompanies } from '../features/matchmaking/companies-to-approach.service.js';
import { createLoaders } from '../loaders/create-loaders.js';
import { encodeCursor } from '../pagination/cursor.js';
import { ExplainPlugin, type PlanNode, planNodes } from '../test-support/explain-plugin.js';
import { useTestOrm } from '../test-support/use-test-orm.js';

// The search and browse queries must use their indexes once the catalogue is large: a plan check
// at scale-like statistics cannot be fooled by a noisy machine the way a timing can. The SQL is
// the API's own: CatalogueSearch runs against a Kysely whose statements are prefixed with EXPLAIN, on connections
// set as the catalogue's own (CATALOGUE_SESSION_OPTIONS), where the match is written into each statement; the
// function the other callers use (asset_search_match) is checked from inside, through auto_explain.

const SCALE = 50_000;
const SENTENCES = 5_003;

function describePlan(plan: PlanNode, depth = 0): string {
  const what = [
    plan['Node Type'],
    plan['Index Name'] ?? plan['Relation Name'],
    `(cost ${plan['Total Cost']}, rows ${plan['Plan Rows']})`,
    plan['Index Cond'] && `index cond: ${plan['Index Cond']}`,
    plan.Filter && `filter: ${plan.Filter}`,
  ]
    .filter(Boolean)
    .join(' ');
  return [`${'  '.repeat(depth)}${what}`, ...(plan.Plans ?? []).map((child) => describePlan(child, depth + 1))].join(
    '\n',
  );
}

const criteria = catalogueCriteria;

const testDb = useTestOrm();
let db: Db;
/** Connections as the catalogue's own (CatalogueReads): what a catalogue request's statements are planned on. */
let catalogueDb: Db;
let commonTerm: string;

beforeAll(async () => {
  const em = testDb.orm.em.fork();
  // The scale data set's running text (most frequent first), so both measure the same kind of catalogue.
  const vocabulary = (words: readonly string[]) => `array[${words.map((word) => `'${word}'`).join(',')}]::text[]`;
  await em.execute(`select setseed(0.42)`);
  for (const [suffix, words] of [
    ['', GENERAL_WORDS],
    ['_it', GENERAL_WORDS_IT],
  ] as const) {
    await em.execute(
      `create function pg_temp.words${suffix}(n int) returns text language sql volatile as $$
         select string_agg(v[1 + floor(power(random(), 2.5) * array_length(v, 1))::int], ' ')
         from generate_series(1, n), (select ${vocabulary(words)} as v) s
       $$`,
    );
  }
  // Realistic lengths: a title of 4 to 8 words, a summary, description, problem and benefits of ~20 words
  // each, drawn from a pool of generated sentences (generating per row is what would cost the time), in English
  // and, for nine listings in ten, in Italian. One asset in 2 000 mentions the rare term in English, another in
  // Italian.
  await em.execute(
    `create temporary table sentence as
       select i as id, pg_temp.words(4 + i % 5) as short, pg_temp.words(20) as long,
         pg_temp.words_it(4 + i % 5) as short_it, pg_temp.words_it(20) as long_it
       from generate_series(0, ${SENTENCES - 1}) i`,
  );
  // As the scale seed does: the search rows and related-listing keys are built in one statement each after the
  // load, not per listing.
  await em.execute(`alter table asset disable trigger asset_search, disable trigger asset_related`);
  await em.execute(
    `insert into asset (slug, kind, status, title, summary, description, problem, benefits, keywords, trl, ip_status,
       development_stage, partnering_models, institution_id, published_at, created_at, updated_at, title_it,
       summary_it, description_it, problem_it, benefits_it, keywords_it)
     select 'scale-' || g,
       (array['INVENTION', 'PROTOTYPE', 'SERVICE']::asset_kind[])[1 + g % 3],
       'PUBLISHED',
       initcap(t.short),
       left(s.long, 400),
       d.long || case when g % 2000 = 0 then ' ${RARE_TERM}' else '' end,
       p.long,
       b.long,
       array[split_part(k.short, ' ', 1), split_part(k.short, ' ', 2)],
       1 + g % 9,
       (array['NONE', 'PATENT_PENDING', 'PATENT_GRANTED', 'KNOW_HOW']::ip_status[])[1 + g % 4],
       'PRECLINICAL',
       array['LICENSE'],
       i.ids[1 + g % array_length(i.ids, 1)],
       now() - (${SCALE} - g) * interval '7 minutes',
       now() - (${SCALE} - g) * interval '7 minutes',
       -- As in the scale data: edited up to two days after publication, never later than now.
       least(now() - (${SCALE} - g) * interval '7 minutes' + (g % 48) * interval '1 hour', now()),
       case when g % 10 <> 0 then initcap(t.short_it) else '' end,
       case when g % 10 <> 0 then left(s.long_it, 400) else '' end,
       case when g % 10 <> 0 then d.long_it || case when g % 2000 = 1 then ' ${RARE_TERM}' else '' end else '' end,
       case when g % 10 <> 0 then p.long_it else '' end,
       case when g % 10 <> 0 then b.long_it else '' end,
       case when g % 10 <> 0 then array[split_part(k.short_it, ' ', 1), split_part(k.short_it, ' ', 2)] else '{}' end
     from generate_series(1, ${SCALE}) g
     cross join (select array_agg(id order by id) as ids from institution) i
     join sentence t on t.id = (g * 7919) % ${SENTENCES}
     join sentence k on k.id = (g * 7561) % ${SENTENCES}
     join sentence s on s.id = (g * 31) % ${SENTENCES}
     join sentence d on d.id = (g * 131) % ${SENTENCES}
     join sentence p on p.id = (g * 1031) % ${SENTENCES}
     join sentence b on b.id = (g * 10007) % ${SENTENCES}`,
  );
  // One to three sectors each, as in the scale data: each sector is shared by thousands of listings.
  await em.execute(
    `alter table asset_sector disable trigger asset_rows_insert, disable trigger asset_rows_update, disable trigger asset_rows_delete`,
  );
  await em.execute(
    `insert into asset_sector (asset_id, sector_id)
     select a.id, s.ids[1 + (a.id * 31 + k * 17) % array_length(s.ids, 1)]
     from asset a, generate_series(0, a.id % 3) k, (select array_agg(id order by id) as ids from sector) s
     where a.slug like 'scale-%'
     on conflict do nothing`,
  );
  await em.execute(`select asset_search_rebuild(), asset_related_rebuild()`);
  await em.execute(`alter table asset enable trigger asset_search, enable trigger asset_related`);
  await em.execute(
    `alter table asset_sector enable trigger asset_rows_insert, enable trigger asset_rows_update, enable trigger asset_rows_delete`,
  );
  await em.execute('analyze');
  db = em.getKysely();
  catalogueDb = new Kysely({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: testDb.database.url, options: CATALOGUE_SESSION_OPTIONS, max: 2 }),
    }),
  });
  // The most frequent word of the running text, in about every other listing.
  const [common] = await em.execute<{ word: string }[]>(
    `select word from ts_stat('select rank_vector_en from asset_search') where length(word) > 4
     order by ndoc desc, word limit 1`,
  );
  commonTerm = common!.word;
  // About 40 s on a quiet machine; a shared machine at a load of 20 took more than 120 s.
}, 360_000);

afterAll(async () => {
  await catalogueDb?.destroy();
});

/** A plan is worth reading when its test fails; a passing run stays quiet. */
function showPlanIfFailed(label: string, plan: PlanNode): void {
  onTestFailed(() => console.log(`${label}:\n${describePlan(plan)}`));
}

async function explain(
  run: (search: CatalogueSearch) => Promise<unknown>,
  of: CatalogueCriteria,
  language: Language = Language.EN,
): Promise<PlanNode> {
  const plugin = new ExplainPlugin('verbose');
  await run(new CatalogueSearch(catalogueDb.withPlugin(plugin), of, undefined, language, true));
  expect(plugin.plans).toHaveLength(1);
  const plan = plugin.plans[0]!;
  showPlanIfFailed(`${JSON.stringify(of.query ?? of.orderBy)}`, plan);
  return plan;
}

/**
 * The plans of the statements run inside functions (asset_search_match, asset_related_listings), from
 * auto_explain: its log lines come back to the client as notices on a connection of its own.
 */
async function plansInside(fn: string, run: (db: Db) => Promise<unknown>): Promise<PlanNode[]> {
  const pool = new pg.Pool({ connectionString: testDb.database.url, max: 1 });
  const plans: PlanNode[] = [];
  pool.on('connect', (client) => {
    client.on('notice', (notice) => {
      const json = notice.message?.slice(notice.message.indexOf('{'));
      if (notice.message?.startsWith('duration:') && json) plans.push(JSON.parse(json).Plan);
    });
  });
  const client = await pool.connect();
  await client.query(`load 'auto_explain'`);
  for (const setting of [
    'auto_explain.log_min_duration = 0',
    'auto_explain.log_nested_statements = on',
    'auto_explain.log_verbose = on',
    `auto_explain.log_format = 'json'`,
    'client_min_messages = log',
  ]) {
    await client.query(`set ${setting}`);
  }
  client.release();
  try {
    await run(new Kysely({ dialect: new PostgresDialect({ pool }) }));
  } finally {
    await pool.end();
  }
  // The function's own statements; the outer one (calling it) is logged last.
  return plans.filter((plan) => !planNodes(plan).some((node) => node['Function Name'] === fn));
}

async function nestedPlans(
  run: (search: CatalogueSearch) => Promise<unknown>,
  of: CatalogueCriteria,
  language: Language = Language.EN,
) {
  const nested = await plansInside('asset_search_match', (db) => run(new CatalogueSearch(db, of, undefined, language)));
  // The match's own statement (not the Italian query's parse, italian_search_query, logged too).
  const inner = nested.filter((plan) => planNodes(plan).some((node) => node['Relation Name'] === 'asset_search'));
  for (const plan of inner) showPlanIfFailed('inside asset_search_match', plan);
  return inner;
}

/** The search rows: both languages', and the English half an English request reads (asset_search_en). */
const SEARCH_ROWS = ['asset_search', 'asset_search_en'];

/** Scans over the matching search rows (a page's own rows, looked up by key, are not). */
const matchScans = (plan: PlanNode) =>
  planNodes(plan).filter(
    (node) =>
      (node['Node Type'] === 'Function Scan' && node['Function Name'] === 'asset_search_match') ||
      (SEARCH_ROWS.includes(node['Relation Name'] ?? '') && !node['Index Name']?.endsWith('_pkey')),
  );

const usesIndex = (plan: PlanNode, type: string, index: string) =>
  planNodes(plan).some((node) => node['Node Type'] === type && node['Index Name'] === index);
const seqScans = (plan: PlanNode) =>
  planNodes(plan).filter(
    (node) => node['Node Type'] === 'Seq Scan' && ['asset', ...SEARCH_ROWS].includes(node['Relation Name'] ?? ''),
  );
const sorts = (plan: PlanNode) => planNodes(plan).filter((node) => node['Node Type'] === 'Sort');

/**
 * Whether the matching went through the GIN index of each language the request searches: English always, Italian
 * too for a request in Italian (the two bitmaps OR-ed). A request in English on the catalogue's connections reads
 * the English rows (asset_search_en); the function the alerts call reads asset_search (`inline` false).
 */
const matchedThroughIndexes = (plan: PlanNode, language: Language, inline = true) =>
  language === Language.EN && inline
    ? usesIndex(plan, 'Bitmap Index Scan', 'asset_search_en_match_vector_en_idx') &&
      !planNodes(plan).some((node) => node['Relation Name'] === 'asset_search')
    : usesIndex(plan, 'Bitmap Index Scan', 'asset_search_match_vector_en_idx') &&
      (language === Language.EN || usesIndex(plan, 'Bitmap Index Scan', 'asset_search_match_vector_it_idx'));

/** Each test below, for a request in English and one in Italian (which searches both languages' texts). */
const LANGUAGES = [Language.EN, Language.IT] as const;

describe(`query plans over ${SCALE} published assets`, () => {
  it('has the scale data and its statistics', async () => {
    const [row] = await testDb.orm.em.fork().execute<{ assets: string; rare: string }[]>(
      `select (select count(*) from asset where status = 'PUBLISHED') as assets,
         (select count(*) from asset_search s where s.match_vector_en @@ to_tsquery('english_unaccent', '${RARE_TERM}')
           or s.match_vector_it @@ to_tsquery('italian_unaccent', '${RARE_TERM}')) as rare`,
    );
    expect(Number(row!.assets)).toBeGreaterThanOrEqual(SCALE);
    expect(Number(row!.rare)).toBeGreaterThanOrEqual(SCALE / 2000);
  });

  it.each(LANGUAGES)(
    'full-text search for a rare term goes through the GIN indexes of the search rows (%s)',
    async (language) => {
      const of = criteria({ query: RARE_TERM, orderBy: AssetOrder.RELEVANCE });
      const plan = await explain((search) => search.page(20, null), of, language);
      expect(matchScans(plan)).toHaveLength(1);
      expect(matchedThroughIndexes(plan, language)).toBe(true);
      expect(seqScans(plan)).toEqual([]);
      // The function the alerts use on the shared connections keeps to the indexes too.
      const [inner] = await nestedPlans((search) => search.page(20, null), of, language);
      expect(matchedThroughIndexes(inner!, language, false)).toBe(true);
      expect(seqScans(inner!)).toEqual([]);
    },
  );

  it.each(LANGUAGES)(
    'full-text search with two filters, its count and its facets go through the GIN indexes (%s)',
    async (language) => {
      const of = criteria({ query: RARE_TERM, kinds: [AssetKind.INVENTION], trlMin: 3 });
      for (const run of [
        (search: CatalogueSearch) => search.page(20, null),
        (search: CatalogueSearch) => search.totalCount(),
        (search: CatalogueSearch) => search.facets(),
      ]) {
        const plan = await explain(run, of, language);
        expect(matchScans(plan)).toHaveLength(1);
        expect(matchedThroughIndexes(plan, language)).toBe(true);
        expect(seqScans(plan)).toEqual([]);
        const [inner] = await nestedPlans(run, of, language);
        expect(matchedThroughIndexes(inner!, language, false)).toBe(true);
        expect(seqScans(inner!)).toEqual([]);
      }
    },
  );

  // A common term: the planner would scan (and de-TOAST) every text vector; the catalogue's connections (sequential
  // scans off) and the function (which sets that itself) keep to the indexes.
  it.each(LANGUAGES)(
    'a common term is matched through the GIN indexes and ranked once, from the inline ranking vectors only (%s)',
    async (language) => {
      const of = criteria({ query: commonTerm, orderBy: AssetOrder.RELEVANCE });
      const [inner] = await nestedPlans((search) => search.page(20, null), of, language);
      expect(matchedThroughIndexes(inner!, language, false)).toBe(true);
      expect(seqScans(inner!)).toEqual([]);
      const plan = await explain((search) => search.page(20, null), of, language);
      expect(matchedThroughIndexes(plan, language)).toBe(true);
      expect(seqScans(plan)).toEqual([]);
      // Inline, the match is read where the statement reads it: no function's rows copied first.
      expect(planNodes(plan).filter((node) => node['Node Type'] === 'Function Scan')).toEqual([]);
      const [scan] = matchScans(plan);
      expect(scan!['Node Type']).toBe('Bitmap Heap Scan');
      expect(scan!.Output!.filter((column) => column.includes('ts_rank('))).toHaveLength(1);
      expect(planNodes(plan).some((node) => node.Filter?.includes('match_vector'))).toBe(false);
      const output = planNodes(inner!).flatMap((node) => node.Output ?? []);
      // One expression ranks each match: the better of the languages' ranks (an English request's, English only).
      const ranks = output.filter((column) => column.includes('ts_rank('));
      expect(ranks).toHaveLength(1);
      expect(ranks[0]).toMatch(
        language === Language.IT
          ? /greatest\(ts_rank\((s\.)?rank_vector_en, .*ts_rank\((s\.)?rank_vector_it,/i
          : /greatest\(ts_rank\((s\.)?rank_vector_en, [^)]*\), NULL::real\)/i,
      );
      // The texts' vectors are only the indexes' conditions, never read to rank or to filter.
      expect(output.some((column) => column.includes('match_vector'))).toBe(false);
      expect(planNodes(inner!).some((node) => node.Filter?.includes('match_vector'))).toBe(false);
      const storage = await testDb.orm.em.fork().execute<{ rows: string; attname: string; attstorage: string }[]>(
        `select attrelid::regclass::text as rows, attname, attstorage from pg_attribute
       where attrelid in ('asset_search'::regclass, 'asset_search_en'::regclass) and attname like '%vector%'
         and not attisdropped order by 1, 2`,
      );
      // Ranking vectors stay in the row (compressed at most); text vectors go out of line.
      expect(storage).toEqual([
        { rows: 'asset_search', attname: 'match_vector_en', attstorage: 'e' },
        { rows: 'asset_search', attname: 'match_vector_it', attstorage: 'e' },
        { rows: 'asset_search', attname: 'rank_vector_en', attstorage: 'm' },
        { rows: 'asset_search', attname: 'rank_vector_it', attstorage: 'm' },
        { rows: 'asset_search_en', attname: 'match_vector_en', attstorage: 'e' },
        { rows: 'asset_search_en', attname: 'rank_vector_en', attstorage: 'm' },
      ]);
    },
  );

  it.each(LANGUAGES)("a search's facets and total count read the matches once (%s)", async (language) => {
    for (const of of [
      criteria({ query: commonTerm }),
      criteria({ query: commonTerm, kinds: [AssetKind.INVENTION], trlMin: 3 }),
      criteria({ kinds: [AssetKind.SERVICE] }),
    ]) {
      const plan = await explain((search) => search.facets(), of, language);
      expect(matchScans(plan)).toHaveLength(1);
      expect(seqScans(plan).filter((node) => node['Relation Name'] === 'asset')).toEqual([]);
      // Filter-only views count every listing of the narrow table: the one scan there is.
      if (of.query) expect(seqScans(plan)).toEqual([]);
    }
  });

  it.each(LANGUAGES)(
    "a search's facets are counted by one aggregation (one hash per set of facets), not per facet value (%s)",
    async (language) => {
      for (const of of [
        criteria({ query: commonTerm }),
        criteria({ query: RARE_TERM, kinds: [AssetKind.INVENTION] }),
        criteria({ kinds: [AssetKind.SERVICE] }),
      ]) {
        const plan = await explain((search) => search.facets(), of, language);
        const grouped = planNodes(plan).filter((node) => node['Node Type'] === 'Aggregate' && node['Grouping Sets']);
        expect(grouped).toHaveLength(1);
        expect(matchScans(grouped[0]!)).toHaveLength(1);
        // The five facets of few values in one set, institutes, partnering models and sectors one each, the total;
        // in the English rows (a query in English) each by one integer: the five facets' code and the arrays'.
        const coded = language === Language.EN && of.query !== null;
        const sets = grouped[0]!['Grouping Sets']!;
        const keys = sets.flatMap((set) => [...(set['Hash Keys'] ?? []), ...(set['Group Keys'] ?? [])]);
        expect(keys.map((key) => key.length).sort()).toEqual(
          [0, 1, 1, 1, coded ? 1 : 5].map((n) => n + (of.kinds.length ? 1 : 0)),
        );
        // Grouped by the arrays' codes or keys (strings), never by the arrays themselves.
        const grouping = JSON.stringify(keys);
        const [sectors, partnering] = coded ? ['sector_code', 'partnering_code'] : ['sector_key', 'partnering_key'];
        expect(grouping.includes(sectors) && grouping.includes(partnering)).toBe(true);
        expect(grouping.includes('facet_code')).toBe(coded);
        expect(grouping.includes('sector_ids') || grouping.includes('partnering_models')).toBe(false);
      }
    },
  );

  // When the cores are busy, a search's page, facets and total come from one statement reading the matches once.
  it.each(LANGUAGES)(
    'a search in one pass reads the matches once, through the GIN indexes, for its page, facets and total (%s)',
    async (language) => {
      for (const of of [
        criteria({ query: commonTerm, orderBy: AssetOrder.RELEVANCE }),
        criteria({ query: RARE_TERM, orderBy: AssetOrder.NEWEST, kinds: [AssetKind.INVENTION], trlMin: 3 }),
      ]) {
        const run = async (search: CatalogueSearch) => {
          search.startFacets({ withPage: true });
          await search.page(20, null);
          await search.facets();
          await search.totalCount();
        };
        const plan = await explain(run, of, language);
        expect(matchScans(plan)).toHaveLength(1);
        expect(matchedThroughIndexes(plan, language)).toBe(true);
        expect(seqScans(plan)).toEqual([]);
        expect(planNodes(plan).filter((node) => node['Node Type'] === 'CTE Scan').length).toBeGreaterThanOrEqual(2);
        const [inner] = await nestedPlans(run, of, language);
        expect(matchedThroughIndexes(inner!, language, false)).toBe(true);
        expect(seqScans(inner!)).toEqual([]);
      }
    },
  );

  it('the landing page counts its facets from the kept counts, without reading the listings', async () => {
    const plan = await explain((search) => search.facets(), criteria({}));
    expect(planNodes(plan).some((node) => node['Relation Name'] === 'asset_facet_delta')).toBe(true);
    expect(matchScans(plan)).toEqual([]);
    expect(planNodes(plan).some((node) => node['Relation Name'] === 'asset')).toBe(false);
  });

  // The search rows' index asset_search_newest_idx (published_at desc, asset_id desc) must serve the browse and
  // its keyset pages.
  let after: string;
  beforeAll(async () => {
    after = await deepCursor();
  });
  const deepCursor = async () => {
    const [deep] = await testDb.orm.em.fork().execute<{ id: number; key: string }[]>(
      `select id, published_at::text as key from asset where status = 'PUBLISHED'
         order by published_at desc, id desc offset ${SCALE - 1000} limit 1`,
    );
    return encodeCursor(AssetOrder.NEWEST, [deep!.key, deep!.id]);
  };

  it('the default browse reads asset_search_newest_idx, without sorting the table', async () => {
    const plan = await explain((search) => search.page(20, null), criteria({}));
    expect(usesIndex(plan, 'Index Only Scan', 'asset_search_newest_idx')).toBe(true);
    expect(seqScans(plan)).toEqual([]);
    for (const sort of sorts(plan)) expect(sort['Plan Rows']).toBeLessThanOrEqual(21);
  });

  it('title order reads asset_search_title_idx', async () => {
    const plan = await explain((search) => search.page(20, null), criteria({ orderBy: AssetOrder.TITLE }));
    expect(usesIndex(plan, 'Index Only Scan', 'asset_search_title_idx')).toBe(true);
    expect(seqScans(plan)).toEqual([]);
    for (const sort of sorts(plan)) expect(sort['Plan Rows']).toBeLessThanOrEqual(21);
  });

  it('a keyset page deep in the list seeks on (published_at, asset_id) in asset_search_newest_idx', async () => {
    const plan = await explain((search) => search.page(20, after), criteria({}));
    expect(seqScans(plan)).toEqual([]);
    for (const sort of sorts(plan)) expect(sort['Plan Rows']).toBeLessThanOrEqual(21);
    const scan = planNodes(plan).find((node) => node['Index Name'] === 'asset_search_newest_idx');
    expect(scan?.['Index Cond']).toMatch(/ROW\((s\.)?published_at, (s\.)?asset_id\) </);
  });

  // The feeds (CatalogueSearch.latestChanges, on the shared connections: through the function for a query) find the
  // latest changes among the search rows, which keep each listing's updated_at, and read only the listings shown.
  it('a feed orders its listings within the search rows and reads only the listings it shows', async () => {
    const [institute] = await testDb.orm.em.fork().execute<{ slug: string }[]>(
      `select i.slug from asset_search s join institution i on i.id = s.institution_id
         group by i.slug order by count(*) desc limit 1`,
    );
    for (const of of [
      criteria({}),
      criteria({ institutions: [{ slug: institute!.slug }] }),
      criteria({ query: commonTerm }),
      criteria({ query: RARE_TERM, kinds: [AssetKind.INVENTION] }),
    ]) {
      // The institute's slug is resolved first, as it runs; only the feed's own statement is explained.
      const plugin = new ExplainPlugin('verbose');
      let explaining = false;
      const afterTerms: KyselyPlugin = {
        transformQuery: (args) => (explaining ? plugin.transformQuery(args) : args.node),
        transformResult: async (args) => (explaining ? plugin.transformResult(args) : args.result),
      };
      const search = new CatalogueSearch(db.withPlugin(afterTerms), of);
      await search.checkTerms();
      explaining = true;
      await search.latestChanges(50);
      expect(plugin.plans).toHaveLength(1);
      const plan = plugin.plans[0]!;
      showPlanIfFailed(`feed of ${JSON.stringify(of.query ?? of.institutions)}`, plan);
      expect(seqScans(plan)).toEqual([]);
      const readsListings = (node: PlanNode) => planNodes(node).some((inner) => inner['Relation Name'] === 'asset');
      // The listings are read by key, after the limit: no sort or limit over them.
      for (const node of planNodes(plan).filter((node) => node['Relation Name'] === 'asset')) {
        expect(node['Index Name']).toBe('asset_pkey');
      }
      expect(sorts(plan).filter(readsListings)).toEqual([]);
      const limits = planNodes(plan).filter((node) => node['Node Type'] === 'Limit');
      expect(limits).toHaveLength(1);
      expect(readsListings(limits[0]!)).toBe(false);
      expect(planNodes(limits[0]!).some((node) => node.Output?.some((column) => column.includes('updated_at')))).toBe(
        true,
      );
      if (of.query) {
        expect(planNodes(plan).some((node) => node['Function Name'] === 'asset_search_match')).toBe(true);
        const [inner] = await nestedPlans((search) => search.latestChanges(50), of);
        expect(matchedThroughIndexes(inner!, Language.EN, false)).toBe(true);
        expect(seqScans(inner!)).toEqual([]);
      } else {
        // Walked in the feed's order, stopping at the limit: no sort at all.
        expect(
          usesIndex(plan, 'Index Only Scan', 'asset_search_updated_idx') ||
            usesIndex(plan, 'Index Scan', 'asset_search_updated_idx'),
        ).toBe(true);
        expect(sorts(plan)).toEqual([]);
      }
    }
  });

  // A listing's sectors are each shared by thousands of listings: its related listings must not count them all.
  it('related listings walk the sets sharing the most sectors through the key indexes, and stop once full', async () => {
    // Listings with one, two and three sectors.
    const listings = await testDb.orm.em
      .fork()
      .execute<{ id: number }[]>(`select min(a.id) as id from asset a where a.slug like 'scale-%' group by a.id % 3`);
    expect(listings).toHaveLength(3);
    for (const { id } of listings) {
      const asset = await findVisibleAsset(db, null, { id });
      const plugin = new ExplainPlugin();
      await findRelatedAssets(db.withPlugin(plugin), asset!, 12, { fields: new Set(['id', 'title']) });
      const outer = plugin.plans[0]!;
      showPlanIfFailed(`related listings of ${id}`, outer);
      // The function gives the ids; the listings' rows are read by key.
      expect(planNodes(outer).some((node) => node['Function Name'] === 'asset_related_listings')).toBe(true);
      expect(seqScans(outer)).toEqual([]);
      const inner = await plansInside('asset_related_listings', (plain) =>
        findRelatedAssets(plain, asset!, 12, { fields: new Set(['id', 'title']) }),
      );
      for (const plan of inner) showPlanIfFailed(`inside asset_related_listings for ${id}`, plan);
      const all = inner.flatMap(planNodes);
      // The sectors each listing has are never counted over asset_sector: only this listing's own are read.
      for (const node of all.filter((node) => node['Relation Name'] === 'asset_sector')) {
        expect(node['Index Name']).toBe('asset_sector_pkey');
      }
      // Each set gives at most its few best per preference, from the covering key indexes (the best-of-set
      // function inlined, not called per set).
      const keyScans = all.filter((node) => node['Relation Name'] === 'asset_related_key');
      expect(keyScans.length).toBeGreaterThanOrEqual(4);
      for (const scan of keyScans) {
        expect(scan['Node Type']).toBe('Index Only Scan');
        expect(scan['Index Cond']).toMatch(/set_id = /);
      }
      expect(all.filter((node) => node['Function Name'] === 'asset_related_best_of_set')).toEqual([]);
      expect(inner.flatMap((plan) => seqScans(plan))).toEqual([]);
      // The sets come in order of sectors shared and are read only until the list is full.
      expect(all.some((node) => node['Node Type'] === 'Incremental Sort')).toBe(true);
    }
  });

  it("an institute's page reads each platform's first listings in the title order of its language, by index", async () => {
    // A quarter of the listings run on one platform, as the services of a large institute's platform do (the
    // search rows do not hold the platform: their triggers are off for the update, as when the data was made).
    const em = testDb.orm.em.fork();
    const [platform] = await em.execute<{ id: number }[]>(`select id from platform order by id limit 1`);
    await em.execute(`alter table asset disable trigger user`);
    await em.execute(`update asset set platform_id = ? where slug like 'scale-%' and id % 4 = 0`, [platform!.id]);
    await em.execute(`alter table asset enable trigger user`);
    await em.execute('analyze asset');
    for (const [language, index] of [
      [Language.EN, 'asset_published_platform_idx'],
      [Language.IT, 'asset_published_platform_it_idx'],
    ] as const) {
      const plugin = new ExplainPlugin();
      await createLoaders(db.withPlugin(plugin), language).publishedAssetsByPlatformId.load(platform!.id);
      const plan = plugin.plans[0]!;
      showPlanIfFailed(`platform listings (${language})`, plan);
      expect(seqScans(plan)).toEqual([]);
      expect(sorts(plan)).toEqual([]);
      expect(usesIndex(plan, 'Index Scan', index)).toBe(true);
    }
  });

  // The ranking function returns a page; guessing the 1000 rows of any function, the planner read the whole directory
  // (a sequential scan and a hash of every company) to join ten companies (issue #13).
  it("a listing's companies to approach are read by key, not by scanning the directory", async () => {
    const em = testDb.orm.em.fork();
    await em.execute(
      `insert into company (slug, name, country, size, description, partnership_level, created_at, listed)
       select 'plan-company-' || g, 'Plan company ' || g, 'IT', 'SME', 'A company of the plan test.', 'PROSPECT', now(), g % 2 = 0
       from generate_series(1, 5000) g`,
    );
    await em.execute(
      `insert into company_sector (company_id, sector_id)
       select c.id, s.ids[1 + c.id % array_length(s.ids, 1)]
       from company c, (select array_agg(id order by id) as ids from sector) s where c.slug like 'plan-company-%'`,
    );
    await em.execute('analyze company, company_sector');
    const [listing] = await em.execute<{ id: number }[]>(`select min(id) as id from asset where slug like 'scale-%'`);
    const plugin = new ExplainPlugin();
    await rankedCompanies(db.withPlugin(plugin), listing!.id, null, 10, true).execute();
    const plan = plugin.plans[0]!;
    showPlanIfFailed('companies to approach', plan);
    const companyReads = planNodes(plan).filter((node) => node['Relation Name'] === 'company');
    expect(companyReads.map((node) => [node['Node Type'], node['Index Name']])).toEqual([
      ['Index Scan', 'company_pkey'],
    ]);
  });

  it('a listing by slug, current or former (a redirect), is found by index, not by scanning', async () => {
    const plugin = new ExplainPlugin();
    await findVisibleAsset(db.withPlugin(plugin), null, { slug: `scale-${SCALE / 2}` });
    const plan = plugin.plans[0]!;
    showPlanIfFailed('asset by slug', plan);
    expect(seqScans(plan)).toEqual([]);
    expect(
      usesIndex(plan, 'Bitmap Index Scan', 'asset_slug_unique') || usesIndex(plan, 'Index Scan', 'asset_slug_unique'),
    ).toBe(true);
  });
});

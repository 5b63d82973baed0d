import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@tt/db/orm-config';
import { GENERAL_WORDS, RARE_TERM } from '@tt/db/seeds/scale/scale-vocabulary';
import { AssetKind, AssetOrder } from '@tt/shared/asset-enums';
import type { Kysely, KyselyPlugin, QueryResult, RawNode, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { findVisibleAsset } from '../services/asset-lookup.service.js';
import type { CatalogueCriteria } from '../services/catalogue-criteria.js';
import { CatalogueSearch } from '../services/catalogue-search.service.js';
import { encodeCursor } from '../services/cursor.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

// The search and browse queries must use their indexes once the catalogue is large: a plan check
// at scale-like statistics cannot be fooled by a noisy machine the way a timing can. The SQL is
// the API's own: CatalogueSearch runs against a Kysely whose statements are prefixed with EXPLAIN.

const SCALE = 50_000;
const SENTENCES = 5_003;

/** EXPLAIN (FORMAT JSON) in front of every statement; the plan is kept and the rows come back empty. */
class ExplainPlugin implements KyselyPlugin {
  plans: PlanNode[] = [];
  transformQuery: KyselyPlugin['transformQuery'] = ({ node }) => {
    if (node.kind !== 'RawNode') throw new Error(`only raw SQL is explained, not ${node.kind}`);
    const raw = node as RawNode;
    return { ...raw, sqlFragments: [`explain (format json) ${raw.sqlFragments[0]}`, ...raw.sqlFragments.slice(1)] };
  };
  async transformResult({ result }: { result: QueryResult<UnknownRow> }): Promise<QueryResult<UnknownRow>> {
    const plan = (result.rows[0]?.['QUERY PLAN'] as { Plan: PlanNode }[] | undefined)?.[0]?.Plan;
    if (!plan) throw new Error('EXPLAIN returned no plan');
    this.plans.push(plan);
    return { rows: [] };
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Plan Rows'?: number;
  'Total Cost'?: number;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

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

const criteria = (overrides: Partial<CatalogueCriteria>): CatalogueCriteria => ({
  query: null,
  kinds: [],
  sectors: [],
  trlMin: null,
  trlMax: null,
  ipStatuses: [],
  institutions: [],
  partneringModels: [],
  orderBy: AssetOrder.NEWEST,
  ...overrides,
});

let database: TestDatabase;
let orm: MikroORM;
// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
let db: Kysely<any>;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(createOrmConfig(database.url));
  const em = orm.em.fork();
  // The scale data set's running text (most frequent first), so both measure the same kind of catalogue.
  const vocabulary = `array[${GENERAL_WORDS.map((word) => `'${word}'`).join(',')}]::text[]`;
  await em.execute(`select setseed(0.42)`);
  await em.execute(
    `create function pg_temp.words(n int) returns text language sql volatile as $$
       select string_agg(v[1 + floor(power(random(), 2.5) * array_length(v, 1))::int], ' ')
       from generate_series(1, n), (select ${vocabulary} as v) s
     $$`,
  );
  // Realistic lengths: a title of 4 to 8 words, a summary, description, problem and benefits of ~20 words
  // each, drawn from a pool of generated sentences (generating per row is what would cost the time). The
  // trigger builds search_vector from them. One asset in 2 000 mentions the rare term.
  await em.execute(
    `create temporary table sentence as
       select i as id, pg_temp.words(4 + i % 5) as short, pg_temp.words(20) as long
       from generate_series(0, ${SENTENCES - 1}) i`,
  );
  await em.execute(
    `insert into asset (slug, kind, status, title, summary, description, problem, benefits, keywords, trl, ip_status,
       development_stage, partnering_models, institution_id, published_at, created_at, updated_at)
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
       now()
     from generate_series(1, ${SCALE}) g
     cross join (select array_agg(id order by id) as ids from institution) i
     join sentence t on t.id = (g * 7919) % ${SENTENCES}
     join sentence k on k.id = (g * 7561) % ${SENTENCES}
     join sentence s on s.id = (g * 31) % ${SENTENCES}
     join sentence d on d.id = (g * 131) % ${SENTENCES}
     join sentence p on p.id = (g * 1031) % ${SENTENCES}
     join sentence b on b.id = (g * 10007) % ${SENTENCES}`,
  );
  await em.execute('analyze');
  db = em.getKysely();
}, 120_000);

afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

/** A plan is worth reading when its test fails; a passing run stays quiet. */
function showPlanIfFailed(label: string, plan: PlanNode): void {
  onTestFailed(() => console.log(`${label}:\n${describePlan(plan)}`));
}

async function explain(run: (search: CatalogueSearch) => Promise<unknown>, of: CatalogueCriteria): Promise<PlanNode> {
  const plugin = new ExplainPlugin();
  await run(new CatalogueSearch(db.withPlugin(plugin), of));
  expect(plugin.plans).toHaveLength(1);
  const plan = plugin.plans[0]!;
  showPlanIfFailed(`${JSON.stringify(of.query ?? of.orderBy)}`, plan);
  return plan;
}

const usesIndex = (plan: PlanNode, type: string, index: string) =>
  nodes(plan).some((node) => node['Node Type'] === type && node['Index Name'] === index);
const seqScans = (plan: PlanNode) =>
  nodes(plan).filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'asset');
const sorts = (plan: PlanNode) => nodes(plan).filter((node) => node['Node Type'] === 'Sort');

describe(`query plans over ${SCALE} published assets`, () => {
  it('has the scale data and its statistics', async () => {
    const [row] = await orm.em.fork().execute<{ assets: string; rare: string }[]>(
      `select count(*) as assets, count(*) filter (where search_vector @@ to_tsquery('english', '${RARE_TERM}')) as rare
         from asset where status = 'PUBLISHED'`,
    );
    expect(Number(row!.assets)).toBeGreaterThanOrEqual(SCALE);
    expect(Number(row!.rare)).toBeGreaterThanOrEqual(SCALE / 2000);
  });

  it('full-text search for a rare term goes through the GIN index', async () => {
    const plan = await explain(
      (search) => search.page(20, null),
      criteria({ query: RARE_TERM, orderBy: AssetOrder.RELEVANCE }),
    );
    expect(usesIndex(plan, 'Bitmap Index Scan', 'asset_search_vector_idx')).toBe(true);
    expect(seqScans(plan)).toEqual([]);
  });

  it('full-text search with two filters, its count and its facets go through the GIN index', async () => {
    const of = criteria({ query: RARE_TERM, kinds: [AssetKind.INVENTION], trlMin: 3 });
    for (const run of [
      (search: CatalogueSearch) => search.page(20, null),
      (search: CatalogueSearch) => search.totalCount(),
      (search: CatalogueSearch) => search.facets(),
    ]) {
      const plan = await explain(run, of);
      expect(usesIndex(plan, 'Bitmap Index Scan', 'asset_search_vector_idx')).toBe(true);
      expect(seqScans(plan)).toEqual([]);
    }
  });

  // The partial index asset_published_newest_idx (published_at desc, id desc) where status = 'PUBLISHED' must
  // serve the browse and its keyset pages; a plain (status, published_at) index used to win and was dropped.
  let after: string;
  beforeAll(async () => {
    after = await deepCursor();
  });
  const deepCursor = async () => {
    const [deep] = await orm.em.fork().execute<{ id: number; key: string }[]>(
      `select id, published_at::text as key from asset where status = 'PUBLISHED'
         order by published_at desc, id desc offset ${SCALE - 1000} limit 1`,
    );
    return encodeCursor(AssetOrder.NEWEST, [deep!.key, deep!.id]);
  };

  it('the default browse reads asset_published_newest_idx, without sorting the table', async () => {
    const plan = await explain((search) => search.page(20, null), criteria({}));
    expect(usesIndex(plan, 'Index Scan', 'asset_published_newest_idx')).toBe(true);
    expect(seqScans(plan)).toEqual([]);
    for (const sort of sorts(plan)) expect(sort['Plan Rows']).toBeLessThanOrEqual(21);
  });

  it('title order reads asset_published_title_idx', async () => {
    const plan = await explain((search) => search.page(20, null), criteria({ orderBy: AssetOrder.TITLE }));
    expect(usesIndex(plan, 'Index Scan', 'asset_published_title_idx')).toBe(true);
    expect(seqScans(plan)).toEqual([]);
    for (const sort of sorts(plan)) expect(sort['Plan Rows']).toBeLessThanOrEqual(21);
  });

  it('a keyset page deep in the list seeks on (published_at, id) in asset_published_newest_idx', async () => {
    const plan = await explain((search) => search.page(20, after), criteria({}));
    expect(seqScans(plan)).toEqual([]);
    for (const sort of sorts(plan)) expect(sort['Plan Rows']).toBeLessThanOrEqual(21);
    const scan = nodes(plan).find((node) => node['Index Name'] === 'asset_published_newest_idx');
    expect(scan?.['Index Cond']).toMatch(/ROW\(published_at, id\) </);
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

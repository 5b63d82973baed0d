// Times the catalogue's own SQL on the scale database (`pnpm seed:scale` first): every statement the search
// service and the listing lookup send is run under EXPLAIN (ANALYZE, BUFFERS) a few times, and the median
// execution time and the buffers of the last run are printed, with the load average. Usage:
//   pnpm exec tsc -b api && node api/dist/cli/explain-catalogue.js [runs] [en|it]
// (it: the searches of a request in Italian, which also reads the Italian texts, with the common term in Italian.)
// (SCALE_PG_DATA_DIR / SCALE_PG_PORT / SCALE_DATABASE_URL choose the database, as for `pnpm seed:scale`.)
import { loadavg } from 'node:os';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import { createOrmConfig } from '@tt/db/orm-config';
import { openScaleDatabase } from '@tt/db/seeds/scale/scale-database';
import { COMMON_TERM, COMMON_TERM_IT, RARE_TERM } from '@tt/db/seeds/scale/scale-vocabulary';
import { AssetKind, AssetOrder } from '@tt/shared/asset-enums';
import { isLanguage, Language } from '@tt/shared/languages';
import { Kysely, type KyselyPlugin, PostgresDialect, type QueryResult, type UnknownRow } from 'kysely';
import pg from 'pg';
import { findRelatedAssets, findVisibleAsset } from '../features/catalogue/asset-lookup.service.js';
import { catalogueCriteria } from '../features/catalogue/catalogue-criteria.js';
import { CATALOGUE_SESSION_OPTIONS } from '../features/catalogue/catalogue-reads.js';
import { CatalogueSearch } from '../features/catalogue/catalogue-search.service.js';
import { encodeCursor } from '../pagination/cursor.js';
import { explained } from '../performance/explained.js';

interface Explained {
  ms: number;
  hit: number;
  read: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) in front of every statement; the plan's figures are kept, the rows come back empty. */
class ExplainAnalyze implements KyselyPlugin {
  runs: Explained[] = [];
  transformQuery: KyselyPlugin['transformQuery'] = ({ node }) => explained(node, 'json', 'analyze, buffers');
  async transformResult({ result }: { result: QueryResult<UnknownRow> }): Promise<QueryResult<UnknownRow>> {
    // biome-ignore lint/suspicious/noExplicitAny: EXPLAIN's JSON
    const top = (result.rows[0]!['QUERY PLAN'] as any[])[0];
    this.runs.push({
      ms: top['Execution Time'] + top['Planning Time'],
      hit: top.Plan['Shared Hit Blocks'],
      read: top.Plan['Shared Read Blocks'],
    });
    return { rows: [] };
  }
}

const criteria = catalogueCriteria;

const runs = Number(process.argv[2] ?? 7);
const language = isLanguage(process.argv[3]) ? process.argv[3] : Language.EN;
const common = language === Language.IT ? COMMON_TERM_IT : COMMON_TERM;
const database = await openScaleDatabase();
const orm = await MikroORM.init(createOrmConfig(database.url));
// The catalogue's statements run on connections with the catalogue's own settings, as in the server.
const db: Db = new Kysely({
  dialect: new PostgresDialect({
    pool: new pg.Pool({ connectionString: database.url, options: CATALOGUE_SESSION_OPTIONS, max: 2 }),
  }),
});
try {
  const em = orm.em.fork();
  const [deep] = await em.execute<{ id: number; key: string }[]>(
    `select id, published_at::text as key from asset where status = 'PUBLISHED'
       order by published_at desc, id desc offset ${49 * 20 - 1} limit 1`,
  );
  const page50 = encodeCursor(AssetOrder.NEWEST, [deep!.key, deep!.id]);
  const [listing] = await em.execute<{ slug: string }[]>(
    `select slug from asset where status = 'PUBLISHED' order by id limit 1 offset 4321`,
  );
  // The browse page's selection (test/bench/bench-operations.mjs BROWSE): the columns it reads.
  const relations = {
    institution: true,
    institutionFields: new Set(['id', 'slug', 'name', 'shortName']),
    sectors: true,
    inventors: true,
    fields: new Set([
      'id',
      'slug',
      'title',
      'kind',
      'summary',
      'trl',
      'ipStatus',
      'publishedAt',
      'institution',
      'sectors',
      'inventors',
    ]),
  };
  // EXPLAIN gives no rows back, so nothing is ever primed: the loaders only have to be there.
  const ignored = { prime: () => ignored };
  const loaders = { institutionById: ignored, sectorsByAssetId: ignored, inventorsByAssetId: ignored } as never;
  const scenarios: [string, (db: Db) => Promise<unknown>][] = [
    [
      'landing page with facets (no term)',
      async (db) => {
        const search = new CatalogueSearch(db, criteria({}), loaders, language, true);
        await search.page(20, null, relations);
        await search.facets();
        await search.totalCount();
      },
    ],
    [
      `common term "${common}" with facets`,
      async (db) => {
        const search = new CatalogueSearch(
          db,
          criteria({ query: common, orderBy: AssetOrder.RELEVANCE }),
          loaders,
          language,
          true,
        );
        await search.page(20, null, relations);
        await search.facets();
        await search.totalCount();
      },
    ],
    [
      `common term "${common}" with facets, in one statement (as when the cores are busy)`,
      async (db) => {
        const search = new CatalogueSearch(
          db,
          criteria({ query: common, orderBy: AssetOrder.RELEVANCE }),
          loaders,
          language,
          true,
        );
        search.startFacets({ withPage: true });
        await search.page(20, null, relations);
        await search.facets();
        await search.totalCount();
      },
    ],
    [
      `rare term "${RARE_TERM}", kind and minimum TRL, with facets`,
      async (db) => {
        const search = new CatalogueSearch(
          db,
          criteria({ query: RARE_TERM, orderBy: AssetOrder.RELEVANCE, kinds: [AssetKind.INVENTION], trlMin: 3 }),
          loaders,
          language,
          true,
        );
        await search.page(20, null, relations);
        await search.facets();
        await search.totalCount();
      },
    ],
    ['browse page 1', (db) => new CatalogueSearch(db, criteria({}), loaders, language, true).page(20, null, relations)],
    [
      'browse page 50',
      (db) => new CatalogueSearch(db, criteria({}), loaders, language, true).page(20, page50, relations),
    ],
    [
      'listing by slug with related listings',
      async (db) => {
        const asset = await findVisibleAsset(db, null, { slug: listing!.slug });
        // EXPLAIN gives no rows back: the related listings are looked up for the listing read directly.
        const real = asset ?? (await findVisibleAsset(em.getKysely() as Db, null, { slug: listing!.slug }));
        await findRelatedAssets(db, real!, 4);
      },
    ],
  ];
  console.log(
    `load average at start: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ')}`,
  );
  for (const [label, run] of scenarios) {
    const totals: number[] = [];
    let last: Explained[] = [];
    for (let i = 0; i < runs; i += 1) {
      const plugin = new ExplainAnalyze();
      await run(db.withPlugin(plugin));
      totals.push(plugin.runs.reduce((sum, r) => sum + r.ms, 0));
      last = plugin.runs;
    }
    totals.sort((a, b) => a - b);
    const median = totals[Math.floor(totals.length / 2)]!;
    const statements = last.map((r) => `${r.ms.toFixed(1)} ms (hit ${r.hit}, read ${r.read})`).join(' + ');
    console.log(
      `${label}: median ${median.toFixed(1)} ms, min ${totals[0]!.toFixed(1)} ms over ${runs} runs; ` +
        `last run: ${statements}; load ${loadavg()[0]!.toFixed(2)}`,
    );
  }
} finally {
  await db.destroy();
  await orm.close();
  await database.stop();
}

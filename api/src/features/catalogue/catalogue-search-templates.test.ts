import type { Db } from '@tt/db/database';
import { AssetKind, AssetOrder, IpStatus, PartneringModel } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../../loaders/create-loaders.js';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import type { AssetPage } from './asset-records.js';
import { relationsOf } from './asset-relations.js';
import { type CatalogueCriteria, catalogueCriteria } from './catalogue-criteria.js';
import { CatalogueSearch, type PageRelations } from './catalogue-search.service.js';

// CatalogueSearch compiles each statement once per key and fills in each search's values (query-templates.ts): a
// key that missed something shaping the SQL text (a filter's presence, the order, the language, a cursor, the
// columns) would serve one search the statement of another. Each search here runs on connections that have served
// every search before it, and again on a database of its own (its templates built for it alone): the statements
// sent and the answers must be the same.

const testDb = useTestOrm();
let pool: pg.Pool;
let sent: CompiledQuery[] = [];
/** A Kysely on the test database logging the statements it sends: a new one has no template yet. */
const loggingDb = (): Db =>
  new Kysely({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      sent.push(event.query);
    },
  });
let warm: Db;
let sector: string;
let institution: string;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: testDb.database.url, max: 4 });
  warm = loggingDb();
  const em = testDb.orm.em.fork();
  // A sector with sub-sectors, and the institute with the most published listings.
  [{ slug: sector }] = (await em.execute(
    `select p.slug from sector p where exists (select 1 from sector c where c.parent_id = p.id) order by p.id limit 1`,
  )) as [{ slug: string }];
  [{ slug: institution }] = (await em.execute(
    `select i.slug from institution i join asset a on a.institution_id = i.id and a.status = 'PUBLISHED'
     group by i.slug order by count(*) desc, i.slug limit 1`,
  )) as [{ slug: string }];
});

afterAll(async () => {
  await pool?.end();
});

/** How a request reads the catalogue: its page and facets in one statement or two, or its page and count. */
type Reading = 'one pass' | 'split' | 'page and count';

interface Case {
  criteria: Partial<CatalogueCriteria>;
  language: Language;
  onCatalogueConnections: boolean;
  reading: Reading;
  /** The Asset fields selected (with their relations); absent: every column, no relation. */
  fields?: string[];
}

/** What a search answers (two pages, facets, total) and the statements it sent, in an order of their own. */
async function answer(db: Db, c: Case) {
  sent = [];
  const criteria = catalogueCriteria(c.criteria);
  const fields = c.fields && new Set(c.fields);
  const relations: PageRelations = fields ? { ...relationsOf(fields, new Set(['name', 'slug'])), fields } : {};
  const search = () =>
    new CatalogueSearch(
      db,
      criteria,
      fields ? createLoaders(db, c.language) : undefined,
      c.language,
      c.onCatalogueConnections,
    );
  const first = search();
  if (c.reading === 'one pass') first.startFacets({ withPage: true });
  if (c.reading === 'split') first.startFacets();
  const shown = (page: AssetPage) => ({
    edges: page.edges.map((edge) => ({ ...edge, node: { id: edge.node.dbId, title: edge.node.title } })),
    pageInfo: page.pageInfo,
  });
  const page = shown(await first.page(3, null, relations));
  const facets = c.reading === 'page and count' ? null : await first.facets();
  const total = await first.totalCount();
  // The next page: a cursor in the statement.
  const next = page.pageInfo.endCursor ? shown(await search().page(3, page.pageInfo.endCursor, relations)) : null;
  const statements = sent.map(({ sql, parameters }) => JSON.stringify({ sql, parameters })).sort();
  return { page, next, facets, total, statements };
}

const READINGS: Reading[] = ['one pass', 'split', 'page and count'];
const SELECTIONS = [undefined, ['id', 'title', 'institution', 'sectors'], ['id', 'title', 'summary', 'inventors']];

/** Searches differing from the one before in one or two things, every shape of a dimension met by the next. */
function cases(): Case[] {
  const filters: Partial<CatalogueCriteria>[] = [
    {},
    { kinds: [AssetKind.INVENTION], trlMin: 3 },
    { kinds: [AssetKind.INVENTION, AssetKind.PROTOTYPE], trlMax: 6 },
    {
      ipStatuses: [IpStatus.PATENT_GRANTED, IpStatus.PATENT_PENDING],
      partneringModels: [PartneringModel.CO_DEVELOPMENT],
    },
    { sectors: [{ slug: sector }], availabilities: ['AVAILABLE'] },
    { institutions: [{ slug: institution }], capacities: [ServiceCapacityStatus.ACCEPTING_REQUESTS] },
  ];
  const all: Case[] = [];
  for (const language of [Language.EN, Language.IT]) {
    for (const onCatalogueConnections of [true, false]) {
      for (const filter of filters) {
        for (const query of [null, 'cancer', 'tumour OR therapy']) {
          for (const orderBy of query
            ? [AssetOrder.RELEVANCE, AssetOrder.NEWEST, AssetOrder.TITLE]
            : [AssetOrder.NEWEST, AssetOrder.TITLE]) {
            const n = all.length;
            all.push({
              criteria: { ...filter, query, orderBy },
              language,
              onCatalogueConnections,
              reading: READINGS[n % READINGS.length]!,
              fields: SELECTIONS[Math.floor(n / READINGS.length) % SELECTIONS.length],
            });
          }
        }
      }
    }
  }
  return all;
}

describe('the catalogue search, its statements compiled once per shape', () => {
  it('gives each search the statements and answer it gets alone, whichever searches came before', async () => {
    let found = 0;
    for (const c of cases()) {
      const after = await answer(warm, c);
      const alone = await answer(loggingDb(), c);
      expect(after, JSON.stringify(c)).toEqual(alone);
      if (after.page.edges.length > 0) found++;
    }
    // The cases find listings (their answers are worth comparing): most of them.
    expect(found).toBeGreaterThan(100);
  }, 120_000);

  it('keeps searches in different languages apart: an Italian word finds its listings in Italian only', async () => {
    const italian = catalogueCriteria({ query: 'polmone', orderBy: AssetOrder.RELEVANCE });
    const ids = async (language: Language) =>
      (await new CatalogueSearch(warm, italian, undefined, language, true).page(50, null)).edges.map(
        (edge) => edge.node.dbId,
      );
    for (let round = 0; round < 2; round++) {
      expect((await ids(Language.IT)).length).toBeGreaterThan(0);
      expect(await ids(Language.EN)).toEqual([]);
    }
  });
});

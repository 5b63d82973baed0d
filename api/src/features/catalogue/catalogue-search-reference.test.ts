import { PartneringModel } from '@tt/shared/asset-enums';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

// The catalogue's search (narrow search rows, kept facet counts) against a straightforward computation over
// the listings themselves: the same listings in the same order, the same facet counts and total, for a
// handful of criteria on the demo data, before and after the catalogue changes.

type Facet =
  | 'kinds'
  | 'sectors'
  | 'trl'
  | 'ipStatuses'
  | 'institutions'
  | 'partneringModels'
  | 'availabilities'
  | 'capacities';
type FacetCounts = Record<Facet, { value: string; count: number }[]>;
interface Criteria {
  /** The request's language: Italian also searches the Italian texts. */
  language?: 'it';
  query?: string;
  orderBy?: 'RELEVANCE' | 'NEWEST' | 'TITLE';
  filter?: {
    kinds?: string[];
    sectors?: string[];
    trlMin?: number;
    trlMax?: number;
    ipStatuses?: string[];
    institutions?: string[];
    partneringModels?: string[];
    availabilities?: string[];
    capacities?: string[];
  };
}

const ASSETS = /* GraphQL */ `
  query Assets($query: String, $filter: AssetFilter, $orderBy: AssetOrder, $first: Int, $after: String) {
    assets(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { node { slug } }
      pageInfo { hasNextPage endCursor }
      facets {
        kinds { value count }
        sectors { value count }
        trl { value count }
        ipStatuses { value count }
        institutions { value count }
        partneringModels { value count }
        availabilities { value count }
        capacities { value count }
      }
    }
  }
`;

let server: TestServer;
/** The same database served as when the cores are busy: every search's page and facets in one statement. */
let onePass: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  onePass = await startTestServer({ database: server.database, catalogueLimits: { splitSearchesUpTo: 0 } });
});
afterAll(async () => {
  await onePass?.close();
  await server?.close();
});

interface Page {
  assets: {
    totalCount: number;
    facets: FacetCounts;
    edges: { node: { slug: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function served(criteria: Criteria, from: TestServer) {
  const slugs: string[] = [];
  let after: string | null = null;
  let first: { totalCount: number; facets: FacetCounts } | null = null;
  do {
    const { language, ...question } = criteria;
    const response: { data?: Page; errors?: unknown } = await from.gql<Page>(
      ASSETS,
      { ...question, first: 7, after },
      language ? { headers: { 'accept-language': language } } : {},
    );
    expect(response.errors).toBeUndefined();
    const assets: Page['assets'] = response.data!.assets;
    first ??= { totalCount: assets.totalCount, facets: assets.facets };
    slugs.push(...assets.edges.map((edge) => edge.node.slug));
    after = assets.pageInfo.hasNextPage ? assets.pageInfo.endCursor : null;
  } while (after);
  return { slugs, totalCount: first!.totalCount, facets: first!.facets };
}

/**
 * A listing's text in one language as plain vectors over `a` and its sectors' labels `l` (a lateral of
 * LABELS): title and keywords A, summary B, patent numbers D for ranking; the labels and the long texts too (C)
 * for matching. English stemming on the English text, Italian on the Italian one, accents folded.
 */
function vectors(language: 'en' | 'it') {
  const config = language === 'en' ? 'english_unaccent' : 'italian_unaccent';
  const column = (name: string) => (language === 'en' ? `a.${name}` : `a.${name}_it`);
  const rank = `setweight(to_tsvector('${config}', ${column('title')}), 'A') ||
    setweight(to_tsvector('${config}', array_to_string(${column('keywords')}, ' ')), 'A') ||
    setweight(to_tsvector('${config}', ${column('summary')}), 'B') ||
    setweight(to_tsvector('simple', array_to_string(a.patent_numbers, ' ')), 'D')`;
  const long = `setweight(to_tsvector('${config}', l.${language}), 'C') ||
    setweight(to_tsvector('${config}', concat_ws(' ', ${column('description')}, ${column('problem')},
    ${column('benefits')}, array_to_string(${column('applications')}, ' '))), 'C')`;
  return { rank, match: `(${rank} || ${long})` };
}

/** The labels, in each language, of a listing's sectors and all their ancestors, as `l`. */
const LABELS = `cross join lateral (
  with recursive up(id) as (select x.sector_id from asset_sector x where x.asset_id = a.id
    union select s.parent_id from sector s join up on s.id = up.id where s.parent_id is not null)
  select coalesce(string_agg(s.label_en, ' ' order by s.id), '') as en,
    coalesce(string_agg(s.label_it, ' ' order by s.id), '') as it
  from sector s where s.id in (select id from up)) l`;

/**
 * Whether a listing `a` (with LABELS) matches a query: its English parse in English and, for a request in Italian,
 * its Italian parse (with nouns and adjectives, italian_search_query) in Italian.
 */
function matches(query: string, language?: 'it') {
  const english = `${vectors('en').match} @@ websearch_to_tsquery('english_unaccent', ${query})`;
  return language ? `(${english} or ${vectors('it').match} @@ italian_search_query(${query}))` : english;
}

/** The same answer computed plainly from asset, asset_sector and sector. */
async function reference(criteria: Criteria) {
  const em = server.orm.em.fork();
  const f = criteria.filter ?? {};
  // The criteria are this file's constants: written into the SQL as quoted literals.
  const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
  const p = (value: string | number | string[]) =>
    Array.isArray(value)
      ? `array[${value.map(quote).join(', ')}]::text[]`
      : typeof value === 'number'
        ? String(value)
        : quote(value);
  const query = criteria.query ? p(criteria.query) : null;
  const conditions: [Facet | 'query', string][] = [['query', `a.status = 'PUBLISHED'`]];
  if (query) conditions.push(['query', matches(query, criteria.language)]);
  if (f.kinds) conditions.push(['kinds', `a.kind::text = any(${p(f.kinds)}::text[])`]);
  if (f.ipStatuses) conditions.push(['ipStatuses', `a.ip_status::text = any(${p(f.ipStatuses)}::text[])`]);
  if (f.trlMin) conditions.push(['trl', `a.trl >= ${p(f.trlMin)}`]);
  if (f.trlMax) conditions.push(['trl', `a.trl <= ${p(f.trlMax)}`]);
  if (f.partneringModels) {
    conditions.push(['partneringModels', `a.partnering_models && ${p(f.partneringModels)}::text[]`]);
  }
  if (f.availabilities) {
    conditions.push(['availabilities', `a.availability::text = any(${p(f.availabilities)}::text[])`]);
  }
  if (f.capacities) {
    conditions.push(['capacities', `a.kind = 'SERVICE' and a.capacity_status::text = any(${p(f.capacities)}::text[])`]);
  }
  if (f.institutions) {
    conditions.push([
      'institutions',
      `a.institution_id in (select id from institution where slug = any(${p(f.institutions)}::text[]))`,
    ]);
  }
  if (f.sectors) {
    conditions.push([
      'sectors',
      `exists (with recursive tree(id) as (select id from sector where slug = any(${p(f.sectors)}::text[])
         union select s.id from sector s join tree on s.parent_id = tree.id)
       select 1 from asset_sector x join tree on tree.id = x.sector_id where x.asset_id = a.id)`,
    ]);
  }
  const where = (except?: Facet) =>
    conditions
      .filter(([facet]) => facet !== except)
      .map(([, condition]) => condition)
      .join(' and ');
  const english = `ts_rank(${vectors('en').rank}, websearch_to_tsquery('english_unaccent', ${query}))`;
  const rank = !query
    ? 'null'
    : criteria.language
      ? `greatest(${english}, ts_rank(${vectors('it').rank}, italian_search_query(${query})))`
      : english;
  const orderBy = criteria.orderBy ?? (criteria.query ? 'RELEVANCE' : 'NEWEST');
  const order =
    orderBy === 'RELEVANCE'
      ? 'rank desc, a.id'
      : orderBy === 'TITLE'
        ? 'lower(a.title), a.id'
        : 'a.published_at desc, a.id desc';
  const rows = await em.execute<{ slug: string }[]>(
    `select a.slug, ${rank} as rank from asset a ${LABELS} where ${where()} order by ${order}`,
  );
  const facetSql: Record<Facet, string> = {
    kinds: `select a.kind::text as value, count(*) from asset a ${LABELS} where ${where('kinds')} group by 1`,
    trl: `select a.trl::text as value, count(*) from asset a ${LABELS} where ${where('trl')} group by 1`,
    ipStatuses: `select a.ip_status::text as value, count(*) from asset a ${LABELS} where ${where('ipStatuses')} group by 1`,
    institutions: `select i.slug as value, count(*) from asset a ${LABELS} join institution i on i.id = a.institution_id
      where ${where('institutions')} group by 1`,
    partneringModels: `select m as value, count(*) from asset a ${LABELS} cross join unnest(a.partnering_models) m
      where ${where('partneringModels')} group by 1`,
    availabilities: `select a.availability::text as value, count(*) from asset a ${LABELS}
      where ${where('availabilities')} group by 1`,
    capacities: `select a.capacity_status::text as value, count(*) from asset a ${LABELS}
      where a.kind = 'SERVICE' and ${where('capacities')} group by 1`,
    sectors: `with recursive up(asset_id, sector_id) as (
        select x.asset_id, x.sector_id from asset_sector x
        union select up.asset_id, s.parent_id from up join sector s on s.id = up.sector_id where s.parent_id is not null
      )
      select s.slug as value, count(*) from asset a ${LABELS} join up on up.asset_id = a.id join sector s on s.id = up.sector_id
      where ${where('sectors')} group by 1`,
  };
  const facets = {} as FacetCounts;
  for (const [facet, text] of Object.entries(facetSql) as [Facet, string][]) {
    const counted = await em.execute<{ value: string; count: string }[]>(text);
    facets[facet] = counted.map((row) => ({ value: row.value, count: Number(row.count) }));
  }
  return { slugs: rows.map((row) => row.slug), totalCount: rows.length, facets };
}

const sorted = (facets: FacetCounts) =>
  Object.fromEntries(
    Object.entries(facets).map(([facet, values]) => [
      facet,
      [...values].sort((a, b) => a.value.localeCompare(b.value)),
    ]),
  );

async function expectSame(criteria: Criteria) {
  const [actual, inOnePass, expected] = await Promise.all([
    served(criteria, server),
    served(criteria, onePass),
    reference(criteria),
  ]);
  for (const answer of [actual, inOnePass]) {
    expect(answer.slugs).toEqual(expected.slugs);
    expect(answer.totalCount).toBe(expected.totalCount);
    expect(sorted(answer.facets)).toEqual(sorted(expected.facets));
  }
  return actual;
}

const CASES: [string, Criteria][] = [
  ['the landing page', {}],
  ['a term, by relevance', { query: 'cancer' }],
  ['a term with two filters', { query: 'tumour', filter: { kinds: ['INVENTION'], trlMin: 3 } }],
  ['a phrase, newest first', { query: '"cell therapy" OR immunotherapy', orderBy: 'NEWEST' }],
  ['an Italian term, by relevance (the Italian text and labels)', { language: 'it', query: 'polmone' }],
  [
    'Italian words typed without their accents, by title',
    { language: 'it', query: 'sanita digitale', orderBy: 'TITLE' },
  ],
  [
    'Italian words with a filter, in Italian: English and Italian texts alike',
    { language: 'it', query: 'campioni tumorali OR biobank', filter: { kinds: ['SERVICE'] } },
  ],
  [
    'filters only, by title',
    { orderBy: 'TITLE', filter: { ipStatuses: ['PATENT_GRANTED', 'PATENT_PENDING'], trlMax: 6 } },
  ],
  [
    'a sector and its descendants with a partnering model',
    { filter: { sectors: ['oncology'], partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'] } },
  ],
  [
    'listings still available (partly licensed included), with a term',
    { query: 'cancer OR tumour', filter: { availabilities: ['AVAILABLE', 'PARTLY_LICENSED'], trlMin: 2 } },
  ],
  ['listings under option or licensed', { filter: { availabilities: ['UNDER_OPTION', 'LICENSED_NON_EXCLUSIVELY'] } }],
  ['services accepting requests', { filter: { capacities: ['ACCEPTING_REQUESTS'] } }],
  [
    'services accepting requests or fully booked, with a term and a kind',
    {
      query: 'biobank OR sequencing OR samples',
      filter: { capacities: ['ACCEPTING_REQUESTS', 'FULLY_BOOKED'], kinds: ['SERVICE'] },
    },
  ],
];

describe('the catalogue search gives what a plain computation over the listings gives', () => {
  it.each(CASES)('%s', async (_label, criteria) => {
    const actual = await expectSame(criteria);
    expect(actual.slugs.length).toBeGreaterThan(0);
  });

  // The statements are compiled once per shape and given each search's values (query-templates.ts): asked one
  // after the other on the same server, searches that differ in one thing only must each get their own answer.
  it('searches differing only in a filter, the order, the language or the query each get their own answer in turn', async () => {
    // An English word and an Italian one: in Italian, the Italian one finds listings too.
    const base: Criteria = { query: 'tumour OR polmone', orderBy: 'RELEVANCE' };
    const variants: Criteria[] = [
      base,
      { ...base, filter: { kinds: ['INVENTION'] } },
      { ...base, filter: { trlMin: 3 } },
      { ...base, orderBy: 'TITLE' },
      { ...base, orderBy: 'NEWEST' },
      { ...base, language: 'it' },
      { ...base, query: 'cancer' },
      { ...base, query: 'cancer', language: 'it' },
      { orderBy: 'NEWEST' },
    ];
    for (const criteria of [...variants, ...[...variants].reverse()]) await expectSame(criteria);
  });

  it('a search whose filter leaves no listing still counts what that filter leaves out', async () => {
    // A kind and TRL no matching listing has together (each facet still counts the other's listings).
    const [empty] = await server.orm.em.fork().execute<{ kind: string; trl: number }[]>(
      `select k.kind::text as kind, t.trl from unnest(enum_range(null::asset_kind)) k(kind), generate_series(1, 9) t(trl)
       where not exists (select 1 from asset a ${LABELS} where a.kind = k.kind and a.trl = t.trl
         and a.status = 'PUBLISHED' and ${matches(`'tumour'`)})
       order by 1, 2 limit 1`,
    );
    const filter = { kinds: [empty!.kind], trlMin: empty!.trl, trlMax: empty!.trl };
    const actual = await expectSame({ query: 'tumour', filter });
    expect(actual.slugs).toEqual([]);
    expect(actual.facets.kinds.length + actual.facets.trl.length).toBeGreaterThan(0);
  });

  it('and still does after listings are archived, re-filed under other sectors and edited', async () => {
    const em = server.orm.em.fork();
    const [first, second, third] = await em.execute<{ id: number }[]>(
      `select id from asset where status = 'PUBLISHED' order by id limit 3`,
    );
    await em.execute(`update asset set status = 'ARCHIVED' where id = ?`, [first!.id]);
    await em.execute(`delete from asset_sector where asset_id = ?`, [second!.id]);
    await em.execute(
      `insert into asset_sector (asset_id, sector_id) select ?, id from sector where parent_id is not null order by id limit 2`,
      [second!.id],
    );
    await em.execute(`update asset set kind = 'SERVICE', trl = 2, partnering_models = '{OPTION}' where id = ?`, [
      third!.id,
    ]);
    // Availability as the API keeps it (listing-availability.service.ts): copied to the search rows and counts.
    await em.execute(`update asset set availability = 'LICENSED_EXCLUSIVELY' where id = ?`, [second!.id]);
    await em.execute(`update asset set availability = 'AVAILABLE' where availability = 'UNDER_OPTION'`);
    // Capacity as its office sets it (features/services/capacity.service.ts), and a listing no longer a service.
    await em.execute(`update asset set capacity_status = 'FULLY_BOOKED', fully_booked_until = current_date + 30
      where id = (select min(id) from asset where kind = 'SERVICE' and capacity_status = 'ACCEPTING_REQUESTS' and status = 'PUBLISHED')`);
    await em.execute(`update asset set capacity_status = 'ACCEPTING_REQUESTS' where id = ?`, [third!.id]);
    await em.execute(
      `update asset set kind = 'INVENTION' where id = (select max(id) from asset
      where kind = 'SERVICE' and capacity_status = 'ACCEPTING_REQUESTS' and status = 'PUBLISHED' and id <> ?)`,
      [third!.id],
    );
    for (const [, criteria] of CASES) await expectSame(criteria);
    await expectEnglishRowsKept();
    await em.execute(`update asset set status = 'PUBLISHED' where id = ?`, [first!.id]);
    await expectSame({});
    await expectEnglishRowsKept();
  });
});

describe("the English rows' facet codes", () => {
  it('give a combination of values never seen before a code of its own, counted like any other', async () => {
    const em = server.orm.em.fork();
    const codes = async () =>
      (await em.execute<{ n: number }[]>(`select count(*)::int as n from search_facet_code`))[0]!.n;
    const [listing] = await em.execute<{ id: number }[]>(
      `select id from asset where status = 'PUBLISHED' and kind = 'INVENTION' and description ilike '%cancer%'
       order by id limit 1`,
    );
    const before = await codes();
    // Every partnering model at once, and a TRL of 1 with them: no listing of the demo data has either combination.
    await em.execute(`update asset set partnering_models = string_to_array(?, ','), trl = 1 where id = ?`, [
      Object.values(PartneringModel).join(','),
      listing!.id,
    ]);
    expect(await codes()).toBe(before + 2);
    await expectEnglishRowsKept();
    await expectSame({ query: 'cancer' });
    await expectSame({ query: 'cancer', filter: { partneringModels: [PartneringModel.MATERIAL_TRANSFER], trlMax: 2 } });
  });
});

/**
 * The English rows (asset_search_en, what a search in English reads) are asset_search's English half, row for row,
 * with the arrays' keys and the facets' codes (each code's key, in search_facet_code, the row's values): kept by
 * its triggers through whatever changed the search rows.
 */
async function expectEnglishRowsKept(): Promise<void> {
  const [row] = await server.orm.em.fork().execute<{ rows: number; english: number; different: number }[]>(
    `select (select count(*) from asset_search)::int as rows, (select count(*) from asset_search_en)::int as english,
       (select count(*) from (
         select asset_id, published_at, updated_at, trl, kind, ip_status, institution_id, availability, capacity,
           partnering_models, sector_ids, array_to_string(partnering_models, ','), array_to_string(sector_ids, ','),
           'combined:' || concat_ws(',', kind, trl, ip_status, availability, coalesce(capacity::text, '')),
           'partneringModels:' || array_to_string(partnering_models, ','), 'sectors:' || array_to_string(sector_ids, ','),
           title_key, rank_vector_en, match_vector_en from asset_search
         except
         select e.asset_id, e.published_at, e.updated_at, e.trl, e.kind, e.ip_status, e.institution_id, e.availability,
           e.capacity, e.partnering_models, e.sector_ids, e.partnering_key, e.sector_key,
           f.facet || ':' || f.key, p.facet || ':' || p.key, s.facet || ':' || s.key,
           e.title_key, e.rank_vector_en, e.match_vector_en
         from asset_search_en e join search_facet_code f on f.code = e.facet_code
           join search_facet_code p on p.code = e.partnering_code join search_facet_code s on s.code = e.sector_code
       ) d)::int as different`,
  );
  expect(row!.rows).toBeGreaterThan(0);
  expect(row).toEqual({ rows: row!.rows, english: row!.rows, different: 0 });
}

describe('list pages leave the long texts out only when the selection names none of them', () => {
  it('a catalogue page and related listings asking for description, problem and benefits get them', async () => {
    const [listing] = await server.orm.em
      .fork()
      .execute<{ slug: string; description: string; problem: string; benefits: string }[]>(
        `select slug, description, problem, benefits from asset where status = 'PUBLISHED' order by published_at desc, id desc limit 1`,
      );
    const page = await server.gql<{
      assets: { edges: { node: { slug: string; description: string; problem: string; benefits: string } }[] };
    }>(`{ assets(first: 1) { edges { node { slug description problem benefits } } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.data!.assets.edges[0]!.node).toEqual(listing);
    const related = await server.gql<{ asset: { relatedAssets: { slug: string; description: string }[] } }>(
      `query ($slug: String!) { asset(slug: $slug) { relatedAssets(first: 2) { slug description } } }`,
      { slug: listing!.slug },
    );
    expect(related.errors).toBeUndefined();
    for (const item of related.data!.asset.relatedAssets) {
      const [row] = await server.orm.em
        .fork()
        .execute<{ description: string }[]>(`select description from asset where slug = ?`, [item.slug]);
      expect(item.description).toBe(row!.description);
      expect(item.description.length).toBeGreaterThan(0);
    }
  });
});

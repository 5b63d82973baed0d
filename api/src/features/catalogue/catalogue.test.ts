import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';

interface Facet {
  value: string;
  label: string | null;
  count: number;
}
interface AssetsData {
  assets: {
    totalCount: number;
    edges: {
      cursor: string;
      rank: number | null;
      snippet: { text: string; highlighted: boolean }[] | null;
      node: { slug: string; title: string; kind: string; trl: number; status: string; publishedAt: string };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: Record<'kinds' | 'sectors' | 'trl' | 'ipStatuses' | 'institutions' | 'partneringModels', Facet[]>;
  };
}

const ASSETS = /* GraphQL */ `
  query Assets($query: String, $filter: AssetFilter, $orderBy: AssetOrder, $first: Int, $after: String) {
    assets(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { cursor rank snippet { text highlighted } node { slug title kind trl status publishedAt } }
      pageInfo { hasNextPage endCursor }
      facets {
        kinds { value label count }
        sectors { value label count }
        trl { value label count }
        ipStatuses { value label count }
        institutions { value label count }
        partneringModels { value label count }
      }
    }
  }
`;

const server = useTestServer();
let publishedCount: number;

beforeAll(async () => {
  const [row] = await server.orm.em
    .fork()
    .execute<{ count: string }[]>(`select count(*) as count from asset where status = 'PUBLISHED'`);
  publishedCount = Number(row?.count);
});

async function assets(variables: Record<string, unknown>) {
  const response = await server.gql<AssetsData>(ASSETS, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.assets;
}

const sum = (facet: Facet[]) => facet.reduce((total, value) => total + value.count, 0);

describe('assets: browsing', () => {
  it('lists only published assets, newest first, with a total', async () => {
    const result = await assets({ first: 100 });
    expect(publishedCount).toBeGreaterThanOrEqual(60);
    expect(result.totalCount).toBe(publishedCount);
    expect(result.edges).toHaveLength(publishedCount);
    expect(result.edges.every((edge) => edge.node.status === 'PUBLISHED')).toBe(true);
    const dates = result.edges.map((edge) => Date.parse(edge.node.publishedAt));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('pages with cursors without gaps or repeats, in every order', async () => {
    for (const orderBy of ['NEWEST', 'TITLE']) {
      const all = (await assets({ first: 100, orderBy })).edges.map((edge) => edge.node.slug);
      const paged: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const result: AssetsData['assets'] = await assets({ first: 7, after, orderBy });
        paged.push(...result.edges.map((edge) => edge.node.slug));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(paged).toEqual(all);
    }
  });

  it('orders by title', async () => {
    const titles = (await assets({ first: 100, orderBy: 'TITLE' })).edges.map((edge) => edge.node.title.toLowerCase());
    expect([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(titles);
  });

  it('facet counts without filters add up to the total for single-valued facets', async () => {
    const result = await assets({ first: 1 });
    expect(sum(result.facets.kinds)).toBe(result.totalCount);
    expect(sum(result.facets.trl)).toBe(result.totalCount);
    expect(sum(result.facets.ipStatuses)).toBe(result.totalCount);
    expect(sum(result.facets.institutions)).toBe(result.totalCount);
    expect(result.facets.institutions.map((facet) => facet.value).sort()).toEqual(['int', 'irst']);
    expect(result.facets.institutions.every((facet) => facet.label)).toBe(true);
  });
});

describe('assets: filters and facets', () => {
  it('filters by kind, and the kind facet still counts the other kinds', async () => {
    const all = await assets({ first: 1 });
    const services = await assets({ first: 100, filter: { kinds: ['SERVICE'] } });
    expect(services.edges.every((edge) => edge.node.kind === 'SERVICE')).toBe(true);
    const serviceFacet = all.facets.kinds.find((facet) => facet.value === 'SERVICE');
    expect(services.totalCount).toBe(serviceFacet?.count);
    // Its own facet ignores its own filter, as shops do.
    expect(services.facets.kinds).toEqual(all.facets.kinds);
    // Other facets reflect it.
    expect(sum(services.facets.institutions)).toBe(services.totalCount);
  });

  it('filters by TRL range and combines filters with AND', async () => {
    const result = await assets({ first: 100, filter: { trlMin: 4, trlMax: 6, kinds: ['INVENTION', 'PROTOTYPE'] } });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.edges.every((edge) => edge.node.trl >= 4 && edge.node.trl <= 6)).toBe(true);
    expect(result.edges.every((edge) => edge.node.kind !== 'SERVICE')).toBe(true);
  });

  it('a parent sector includes its children', async () => {
    const rows = await server.orm.em.fork().execute<{ parent: string; child: string }[]>(
      `select p.slug as parent, c.slug as child from sector c
       join sector p on p.id = c.parent_id
       join asset_sector x on x.sector_id = c.id
       join asset a on a.id = x.asset_id and a.status = 'PUBLISHED' limit 1`,
    );
    const pair = rows[0]!;
    const parent = await assets({ first: 100, filter: { sectors: [pair.parent] } });
    const child = await assets({ first: 100, filter: { sectors: [pair.child] } });
    expect(child.totalCount).toBeGreaterThan(0);
    const parentSlugs = new Set(parent.edges.map((edge) => edge.node.slug));
    expect(child.edges.every((edge) => parentSlugs.has(edge.node.slug))).toBe(true);
    const facet = (await assets({ first: 1 })).facets.sectors.find((value) => value.value === pair.parent);
    expect(facet?.count).toBe(parent.totalCount);
  });

  it('filters by institute and partnering model', async () => {
    const irst = await assets({
      first: 100,
      filter: { institutions: ['irst'], partneringModels: ['SERVICE_AGREEMENT'] },
    });
    expect(irst.totalCount).toBeGreaterThan(0);
    const facet = irst.facets.partneringModels.find((value) => value.value === 'SERVICE_AGREEMENT');
    expect(facet?.count).toBeGreaterThanOrEqual(irst.totalCount);
  });
});

describe('assets: full-text search', () => {
  it('finds by stem, ranks and highlights the match', async () => {
    const result = await assets({ query: 'tumours', first: 10 });
    expect(result.totalCount).toBeGreaterThan(3);
    const ranks = result.edges.map((edge) => edge.rank ?? 0);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const highlighted = result.edges.flatMap((edge) => edge.snippet ?? []).filter((part) => part.highlighted);
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.every((part) => /tumou?r/i.test(part.text))).toBe(true);
  });

  it('understands web-search syntax: phrases and exclusions', async () => {
    const both = await assets({ query: 'liquid biopsy', first: 100 });
    const without = await assets({ query: 'liquid biopsy -colorectal', first: 100 });
    expect(both.totalCount).toBeGreaterThan(0);
    expect(without.totalCount).toBeLessThanOrEqual(both.totalCount);
  });

  it('matches Italian stems', async () => {
    const english = await assets({ query: 'tumour', first: 1 });
    const italian = await assets({ query: 'tumori', first: 1 });
    expect(english.totalCount).toBeGreaterThan(0);
    expect(italian.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('facets reflect the query', async () => {
    const result = await assets({ query: 'organoid', first: 1 });
    expect(sum(result.facets.kinds)).toBe(result.totalCount);
  });

  it('pages through relevance-ordered results without repeats', async () => {
    const all = (await assets({ query: 'cancer', first: 100 })).edges.map((edge) => edge.node.slug);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: AssetsData['assets'] = await assets({ query: 'cancer', first: 4, after });
      paged.push(...result.edges.map((edge) => edge.node.slug));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });
});

// An administrator's institute filter on the office's lists (listings, disclosures, agreements) and their CSV
// exports: one institute's rows and counts, the institutes' adding up to the whole; the filter never widens an
// officer's scope (naming another institute gives nothing). The triage desk's is eoi-institute-filter.test.ts.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../schema/global-id.js';
import { useDemoClients } from '../test-support/demo-accounts.js';
import type { TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

const server = useTestServer();
const { officer, admin } = useDemoClients(server);

interface Listed {
  totalCount: number;
  /** The status counts' sum, where the list has them. */
  counted: number | null;
  slugs: Set<string>;
}

type Connection = {
  totalCount: number;
  statusCounts?: { count: number }[];
  edges: { node: { institution: { slug: string } } }[];
};

const LISTS = {
  listings: {
    query: `query($filter: OfficeListingFilter) { list: officeListings(first: 100, filter: $filter) {
      totalCount statusCounts { count } edges { node { institution { slug } } } } }`,
    export: 'listings',
  },
  disclosures: {
    query: `query($filter: DisclosureFilterInput) { list: disclosures(first: 100, filter: $filter) {
      totalCount statusCounts { count } edges { node { institution { slug } } } } }`,
    export: 'disclosures',
  },
  agreements: {
    query: `query($filter: AgreementFilter) { list: agreements(first: 100, filter: $filter) {
      totalCount edges { node { institution { slug } } } } }`,
    export: 'agreements',
  },
} as const;
type ListName = keyof typeof LISTS;

async function list(client: TestClient, name: ListName, filter: Record<string, unknown> = {}): Promise<Listed> {
  const response = await client.gql<{ list: Connection }>(LISTS[name].query, { filter });
  expect(response.errors).toBeUndefined();
  const connection = response.data!.list;
  return {
    totalCount: connection.totalCount,
    counted: connection.statusCounts ? connection.statusCounts.reduce((sum, entry) => sum + entry.count, 0) : null,
    slugs: new Set(connection.edges.map((edge) => edge.node.institution.slug)),
  };
}

/** The export's data rows (the header and the byte-order mark left out). */
async function exported(client: TestClient, name: ListName, query: string): Promise<number> {
  const response = await fetch(`${server.url}/exports/${LISTS[name].export}.csv${query}`, {
    headers: { cookie: client.cookie ?? '' },
  });
  expect(response.status).toBe(200);
  const rows = parse((await response.text()).replace(/^\uFEFF/, '')) as string[][];
  return rows.length - 1;
}

let irst: string;
let int: string;

beforeAll(async () => {
  const id = async (slug: string) => {
    const [row] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>('select id from institution where slug = ?', [slug]);
    return toGlobalId('Institution', row!.id);
  };
  [irst, int] = [await id('irst'), await id('int')];
});

describe.each(Object.keys(LISTS) as ListName[])('the %s list by institute', (name) => {
  it("gives an administrator one institute's rows and counts; the institutes' make the whole", async () => {
    const all = await list(admin, name);
    const irstOnly = await list(admin, name, { institutionId: irst });
    const intOnly = await list(admin, name, { institutionId: int });
    expect(irstOnly.totalCount).toBeGreaterThan(0);
    expect([...irstOnly.slugs]).toEqual(['irst']);
    expect([...intOnly.slugs].filter((slug) => slug !== 'int')).toEqual([]);
    expect(irstOnly.totalCount + intOnly.totalCount).toBe(all.totalCount);
    if (all.counted !== null) {
      expect(irstOnly.counted).toBe(irstOnly.totalCount);
      expect(irstOnly.counted! + intOnly.counted!).toBe(all.counted);
    }
  });

  it('gives an officer naming another institute nothing; naming their own changes nothing', async () => {
    const own = await list(officer, name);
    expect(own.totalCount).toBeGreaterThan(0);
    expect((await list(officer, name, { institutionId: irst })).totalCount).toBe(own.totalCount);
    const other = await list(officer, name, { institutionId: int });
    expect(other.totalCount).toBe(0);
    expect(other.counted ?? 0).toBe(0);
  });

  it('carries the filter to the CSV export, within the same scope', async () => {
    const irstOnly = await list(admin, name, { institutionId: irst });
    expect(await exported(admin, name, `?institute=${irst}`)).toBe(irstOnly.totalCount);
    expect(await exported(officer, name, `?institute=${int}`)).toBe(0);
  });

  it('refuses an id that is not an institute', async () => {
    const response = await admin.gql(LISTS[name].query, { filter: { institutionId: toGlobalId('Asset', 1) } });
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_ID');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  CLOSE_REQUEST,
  publishRequest,
  type RequestView,
  requestInput,
  sectorIdsBySlug,
} from '../../test-support/technology-request-fixtures.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { buyer, otherBuyer, officer } = useDemoClients(server);

// Every request of these tests says "quokka", a word no demo request uses: a search for it reads these only.
const WORD = 'quokka';
let published: Record<string, RequestView>;

const SEARCH = `query($query: String, $filter: TechnologyRequestFilter, $first: Int, $after: String) {
  technologyRequests(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { slug status } }
    facets {
      sectors { value label count }
      trl { value count }
      partneringModels { value count }
      statuses { value count }
    }
  }
}`;

interface Facet {
  value: string;
  label?: string | null;
  count: number;
}
interface SearchData {
  technologyRequests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { slug: string; status: string } }[];
    facets: { sectors: Facet[]; trl: Facet[]; partneringModels: Facet[]; statuses: Facet[] };
  };
}

async function search(client: TestClient, variables: Record<string, unknown>) {
  const response = await client.gql<SearchData>(SEARCH, { query: WORD, first: 50, ...variables });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.technologyRequests;
}

const counts = (facet: Facet[]) => Object.fromEntries(facet.map((value) => [value.value, value.count]));
const slugs = (result: SearchData['technologyRequests']) => result.edges.map((edge) => edge.node.slug);

beforeAll(async () => {
  const [biopsy, genomic, organoids, imaging] = await sectorIdsBySlug(
    server,
    'liquid-biopsy',
    'genomic-testing',
    'cell-lines',
    'molecular-imaging',
  );
  const make = (client: TestClient, key: string, changes: Record<string, unknown>) =>
    publishRequest(client, requestInput([biopsy!], { title: `Quokka ${key} programme`, ...changes })).then(
      (request) => [key, request] as const,
    );
  published = Object.fromEntries(
    await Promise.all([
      make(buyer, 'alpha', { trlMin: 2, trlMax: 4, partneringModels: ['OPTION'], sectorIds: [biopsy, genomic] }),
      make(buyer, 'bravo', { trlMin: 6, trlMax: 8, partneringModels: ['LICENSE_EXCLUSIVE'], sectorIds: [organoids] }),
      make(otherBuyer, 'charlie', {
        trlMin: 4,
        trlMax: 5,
        partneringModels: ['OPTION', 'CO_DEVELOPMENT'],
        sectorIds: [imaging],
        visibility: 'OFFICES',
      }),
      make(otherBuyer, 'delta', { trlMin: 1, trlMax: 3, partneringModels: ['SPONSORED_RESEARCH'] }),
    ]),
  );
  await otherBuyer.gql(CLOSE_REQUEST, { id: published.delta!.id, status: 'CLOSED' });
});

describe('the Requests directory', () => {
  it('finds requests by their words, counts them, and facets them within what the viewer sees', async () => {
    const all = await search(officer, {});
    expect(all.totalCount).toBe(4);
    expect(counts(all.facets.statuses)).toEqual({ OPEN: 3, CLOSED: 1 });
    expect(counts(all.facets.partneringModels)).toEqual({
      OPTION: 2,
      LICENSE_EXCLUSIVE: 1,
      CO_DEVELOPMENT: 1,
      SPONSORED_RESEARCH: 1,
    });
    // Under every TRL of its range.
    expect(counts(all.facets.trl)).toEqual({ 1: 1, 2: 2, 3: 2, 4: 2, 5: 1, 6: 1, 7: 1, 8: 1 });
    // Under its sectors and their parents: alpha and delta under liquid biopsy, all three diagnostics ones.
    const sectors = counts(all.facets.sectors);
    expect(sectors).toMatchObject({ 'liquid-biopsy': 2, 'genomic-testing': 1, diagnostics: 3, 'molecular-imaging': 1 });
    expect(all.facets.sectors.find((facet) => facet.value === 'diagnostics')?.label).toBe('Diagnostics');

    // The other company's office-only request is nowhere for a company: not in the page, total or facets.
    const mine = await search(buyer, {});
    expect(slugs(mine).sort()).toEqual(
      [published.alpha, published.bravo, published.delta].map((request) => request!.slug).sort(),
    );
    expect(mine.totalCount).toBe(3);
    expect(counts(mine.facets.partneringModels)).not.toHaveProperty('CO_DEVELOPMENT');
    expect(counts(mine.facets.sectors)).not.toHaveProperty('molecular-imaging');
  });

  it('lists open requests first', async () => {
    const all = await search(officer, {});
    expect(all.edges.at(-1)?.node.slug).toBe(published.delta!.slug);
    const browsing = await search(officer, { query: null, first: 100 });
    const statuses = browsing.edges.map((edge) => edge.node.status);
    expect(statuses.indexOf('CLOSED')).toBeGreaterThan(statuses.lastIndexOf('OPEN'));
  });

  it('filters by TRL overlap, sector (with its children), model and status; each facet ignores its own filter', async () => {
    const trl = await search(officer, { filter: { trlMin: 5, trlMax: 6 } });
    expect(slugs(trl).sort()).toEqual([published.bravo!.slug, published.charlie!.slug].sort());
    expect(trl.totalCount).toBe(2);
    // The TRL facet still counts what the other filters let through.
    expect(counts(trl.facets.trl)[2]).toBe(2);
    expect(counts(trl.facets.statuses)).toEqual({ OPEN: 2 });

    const diagnostics = await search(officer, { filter: { sectors: ['diagnostics'] } });
    expect(diagnostics.totalCount).toBe(3);
    const models = await search(officer, { filter: { partneringModels: ['OPTION'], statuses: ['OPEN'] } });
    expect(slugs(models).sort()).toEqual([published.alpha!.slug, published.charlie!.slug].sort());
    expect(counts(models.facets.statuses)).toEqual({ OPEN: 2 });
    expect(counts(models.facets.partneringModels)).toMatchObject({ OPTION: 2, LICENSE_EXCLUSIVE: 1 });

    const own = await search(buyer, { filter: { mine: true } });
    expect(slugs(own).sort()).toEqual([published.alpha!.slug, published.bravo!.slug].sort());
  });

  it('pages with cursors, without repeating or skipping', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: SearchData['technologyRequests'] = await search(officer, { first: 1, after });
      seen.push(...slugs(result));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const bad = await officer.gql(SEARCH, { query: WORD, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
  });

  it('refuses unknown sectors and impossible TRL ranges as the catalogue does', async () => {
    const sector = await officer.gql(SEARCH, { query: WORD, filter: { sectors: ['no-such-sector'] } });
    expect(sector.errors?.[0]?.extensions?.code).toBe('UNKNOWN_SECTOR_FILTER');
    const trl = await officer.gql(SEARCH, { query: WORD, filter: { trlMin: 7, trlMax: 3 } });
    expect(trl.errors?.[0]?.extensions?.code).toBe('TRL_FILTER_INVERTED');
  });

  it('reads a query in the page’s language: Italian words find requests written in Italian from an Italian page', async () => {
    const [biopsy] = await sectorIdsBySlug(server, 'liquid-biopsy');
    const italian = inLanguage(server, buyer, 'it');
    const request = await publishRequest(
      italian,
      requestInput([biopsy!], {
        title: 'Sonde molecolari per le metastasi ossee',
        description:
          'Cerchiamo sonde molecolari capaci di individuare precocemente le metastasi ossee nei pazienti oncologici, già provate su modelli animali.',
      }),
    );
    // An inflected form: the Italian parse stems it as the Italian text does.
    const fromItalian = await inLanguage(server, officer, 'it').gql<SearchData>(SEARCH, { query: 'metastasi osseo' });
    expect(slugs(fromItalian.data!.technologyRequests)).toContain(request.slug);
    const fromEnglish = await officer.gql<SearchData>(SEARCH, { query: 'metastasi osseo' });
    expect(slugs(fromEnglish.data!.technologyRequests)).not.toContain(request.slug);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { installSqlCounter, recordStatements } from '../../test-support/sql-counter.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// A list statement reads the costly columns (long texts, arrays) and the institute's fields only when the
// selection names them: what it leaves out must never be served, to this selection or to another in the request.

const COSTLY = [
  'description',
  'problem',
  'benefits',
  'applications',
  'patent_numbers',
  'partnering_models',
  'keywords',
];

interface Listing {
  slug: string;
  title: string;
  description?: string;
  problem?: string;
  benefits?: string;
  applications?: string[];
  patentNumbers?: string[];
  partneringModels?: string[];
  keywords?: string[];
  institution: Record<string, unknown>;
  platform?: { institution: Record<string, unknown> } | null;
}
type Page = { assets: { edges: { node: Listing }[] } };

const NARROW = /* GraphQL */ `
  query Narrow {
    assets(first: 50) { edges { node { id slug title kind summary trl institution { id slug name shortName } } } }
  }
`;

const FULL = /* GraphQL */ `
  query Full {
    assets(first: 50) {
      edges {
        node {
          slug title description problem benefits applications patentNumbers partneringModels keywords
          institution { id slug name description mission contactEmail networks }
        }
      }
    }
  }
`;

const DETAIL = /* GraphQL */ `
  query Detail($slug: String!) {
    asset(slug: $slug) {
      slug title description problem benefits applications patentNumbers partneringModels keywords
      institution { id slug name shortName description mission contactEmail networks }
    }
  }
`;

const server = useTestServer();
beforeAll(async () => {
  installSqlCounter();
});

/**
 * Whether a statement reads a column's value: named in the select list, not only inside a condition (whether a
 * listing has its Italian text compares the long texts with '', which reads their stored length only).
 */
function reads(text: string, column: string): boolean {
  return new RegExp(`(^|[\\s,])a\\.${column}\\b`).test(text);
}

/** The statement that read the page's listings (it joins asset a to the page's keys), its identifiers unquoted. */
async function pageStatement(query: string, language?: string): Promise<{ text: string; data: Page }> {
  let data: Page | undefined;
  const statements = await recordStatements(async () => {
    const response = await server.gql<Page>(query, {}, language ? { headers: { 'accept-language': language } } : {});
    expect(response.errors).toBeUndefined();
    data = response.data;
  });
  const texts = statements.map((statement) => statement.text.replaceAll('"', ''));
  const page = texts.filter((text) => text.includes('join asset as a on a.id = p.id'));
  expect(page).toHaveLength(1);
  return { text: page[0]!, data: data! };
}

describe('columns read for the selection', () => {
  it('a list selection naming no costly field reads none of those columns, nor the whole institute', async () => {
    const { text, data } = await pageStatement(NARROW);
    for (const column of COSTLY) expect(reads(text, column)).toBe(false);
    expect(text).not.toContain('row_to_json(i)');
    expect(text).toContain("'short_name', i.short_name");
    const first = data.assets.edges[0]!.node;
    expect(Object.keys(first.institution).sort()).toEqual(['id', 'name', 'shortName', 'slug']);
  });

  it('a selection naming the long texts, arrays and institute fields gets them, as the listing page does', async () => {
    const { text, data } = await pageStatement(FULL);
    for (const column of COSTLY) expect(reads(text, column)).toBe(true);
    const edges = data.assets.edges;
    expect(edges.length).toBeGreaterThan(5);
    // The demo catalogue has these filled: an empty value here would be a column left out.
    expect(edges.every(({ node }) => node.description && node.problem && node.benefits)).toBe(true);
    expect(edges.some(({ node }) => node.keywords!.length > 0)).toBe(true);
    expect(edges.some(({ node }) => node.partneringModels!.length > 0)).toBe(true);
    expect(edges.every(({ node }) => node.institution.description && node.institution.contactEmail)).toBe(true);
    for (const { node } of edges.slice(0, 5)) {
      const detail = await server.gql<{ asset: Listing }>(DETAIL, { slug: node.slug });
      const { shortName: _, ...institution } = detail.data!.asset.institution;
      expect(node).toEqual({ ...detail.data!.asset, institution });
    }
  });

  it('only the costly columns named are read, each as the full statement reads it', async () => {
    const { text, data } = await pageStatement(`{ assets(first: 50) { edges { node { slug keywords benefits } } } }`);
    expect(text).toContain('a.keywords');
    expect(text).toContain('a.benefits');
    for (const column of COSTLY.filter((column) => column !== 'keywords' && column !== 'benefits')) {
      expect(reads(text, column)).toBe(false);
    }
    const full = await server.gql<Page>(FULL);
    expect(data.assets.edges.map(({ node }) => node)).toEqual(
      full.data!.assets.edges.map(({ node }) => ({
        slug: node.slug,
        keywords: node.keywords,
        benefits: node.benefits,
      })),
    );
  });

  it('each field read alone answers as a read of every column does, in both languages, reading no other field’s column', async () => {
    // Each field with the columns only it shows (asset-records.ts, FIELD_COLUMNS); the keys are always read.
    const FIELDS: [string, string[]][] = [
      ['description', ['description']],
      ['problem', ['problem']],
      ['benefits', ['benefits']],
      ['applications', ['applications']],
      ['patentNumbers', ['patent_numbers']],
      ['developmentStage', ['development_stage']],
      ['partneringModels', ['partnering_models']],
      ['keywords', ['keywords']],
      ['turnaround', ['turnaround']],
      ['pricingModel', ['pricing_model']],
      ['deliverables', ['deliverables']],
      ['throughput', ['throughput']],
      ['accreditations', ['accreditations']],
      ['publishedAt', ['published_at']],
      ['expiresOn', ['expires_on']],
      ['expiredAt', ['expired_at']],
      ['updatedAt', ['updated_at']],
      ['availability', ['availability']],
      ['exclusiveScopes { fieldOfUse territory language }', ['availability']],
      [
        'capacity { status fullyBookedUntil nextSlotOn turnaroundWeeksMin turnaroundWeeksMax }',
        ['capacity_status', 'fully_booked_until', 'next_slot_on', 'turnaround_weeks_min', 'turnaround_weeks_max'],
      ],
    ];
    const own = new Set(FIELDS.flatMap(([, columns]) => columns));
    for (const language of ['en', 'it']) {
      for (const [field, columns] of FIELDS) {
        const selection = `id slug kind title ${field}`;
        const { text, data } = await pageStatement(
          `{ assets(first: 100) { edges { node { ${selection} } } } }`,
          language,
        );
        for (const column of columns) expect(reads(text, column), `${field} reads ${column}`).toBe(true);
        for (const column of [...own].filter((column) => !columns.includes(column))) {
          expect(reads(text, column), `${field} leaves ${column} out`).toBe(false);
        }
        // A field no list of columns knows (viewerWatchesAvailability) has every column read.
        const full = await server.gql<Page>(
          `{ assets(first: 100) { edges { node { ${selection} viewerWatchesAvailability } } } }`,
          {},
          { headers: { 'accept-language': language } },
        );
        expect(full.errors).toBeUndefined();
        const fullNodes = full.data!.assets.edges.map(({ node }) => {
          const { viewerWatchesAvailability: _, ...rest } = node as Listing & { viewerWatchesAvailability: boolean };
          return rest;
        });
        expect(
          data.assets.edges.map(({ node }) => node),
          `${field} in ${language}`,
        ).toEqual(fullNodes);
      }
    }
    // The demo catalogue has these filled: an empty value here would be a column left out.
    const services = await server.gql<{ assets: { edges: { node: Record<string, unknown> }[] } }>(
      `{ assets(first: 100, filter: { kinds: [SERVICE] }) { edges { node { turnaround accreditations updatedAt capacity { status } } } } }`,
    );
    const nodes = services.data!.assets.edges.map(({ node }) => node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((node) => node.turnaround && (node.accreditations as string[]).length > 0)).toBe(true);
    expect(nodes.every((node) => typeof node.updatedAt === 'string' && node.capacity)).toBe(true);
  });

  it('a request in English reads no Italian text unless it asks for the texts as stored; one in Italian reads both', async () => {
    const ITALIAN = ['title_it', 'summary_it', 'description_it', 'keywords_it'];
    const FULL_TEXTS = `{ assets(first: 5) { edges { node { slug title summary description keywords } } } }`;
    const english = await pageStatement(FULL_TEXTS);
    for (const column of ITALIAN) expect(reads(english.text, column), column).toBe(false);
    expect(reads(english.text, 'description')).toBe(true);
    const italian = await pageStatement(FULL_TEXTS, 'it');
    for (const column of [...ITALIAN, 'description']) expect(reads(italian.text, column), column).toBe(true);
    const editor = await pageStatement(
      `{ assets(first: 5) { edges { node { slug title texts(language: IT) { title } } } } }`,
    );
    expect(reads(editor.text, 'title_it')).toBe(true);
  });

  it('a field that is no column (publicationIssues, relatedAssets…) reads every column', async () => {
    const { text } = await pageStatement(
      `{ assets(first: 5) { edges { node { slug relatedAssets(first: 1) { slug } } } } }`,
    );
    for (const column of COSTLY) expect(reads(text, column)).toBe(true);
  });

  it('an institute narrowed for the page is not what another path of the same request gets', async () => {
    const response = await server.gql<Page>(/* GraphQL */ `
      {
        assets(first: 100, filter: { kinds: [SERVICE] }) {
          edges { node { slug institution { id name } platform { institution { id name description mission } } } }
        }
      }
    `);
    expect(response.errors).toBeUndefined();
    const withPlatform = response.data!.assets.edges.filter(({ node }) => node.platform);
    expect(withPlatform.length).toBeGreaterThan(0);
    for (const { node } of withPlatform) {
      const viaPlatform = node.platform!.institution;
      expect(viaPlatform.description).toEqual(expect.any(String));
      expect(viaPlatform.mission).toEqual(expect.any(String));
      expect(Object.keys(node.institution).sort()).toEqual(['id', 'name']);
    }
    // The listing page's root the same way.
    const single = await server.gql<{ asset: Listing }>(
      `query One($slug: String!) {
        asset(slug: $slug) { slug institution { id name } platform { institution { id name description mission } } }
      }`,
      { slug: withPlatform[0]!.node.slug },
    );
    expect(single.errors).toBeUndefined();
    expect(single.data!.asset.platform!.institution.description).toEqual(expect.any(String));
    expect(Object.keys(single.data!.asset.institution).sort()).toEqual(['id', 'name']);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../schema/global-id.js';
import { useDemoClients } from '../test-support/demo-accounts.js';
import { countStatements, installSqlCounter, recordStatements } from '../test-support/sql-counter.js';
import { startTestServer, type TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

// Exact SQL statement counts per operation: a regression guard a noisy machine cannot fool. Each count is
// the same whatever the page size (no N+1); a change that adds a statement must update the number here.

/** A page of listing cards, as the catalogue shows them. */
const CARD_PAGE = /* GraphQL */ `
  edges {
    cursor
    node {
      id slug title kind summary trl partneringModels publishedAt
      institution { id name shortName }
      sectors { id slug labelEn }
      inventors { id name affiliation }
    }
  }
  pageInfo { hasNextPage endCursor }
`;

const CATALOGUE = /* GraphQL */ `
  query Catalogue($first: Int, $query: String) {
    assets(first: $first, query: $query) {
      ${CARD_PAGE}
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($first: Int, $query: String) {
    assets(first: $first, query: $query) {
      totalCount
      facets {
        kinds { value count }
        sectors { value label count }
        trl { value count }
        ipStatuses { value count }
        institutions { value label count }
        partneringModels { value count }
      }
      ${CARD_PAGE}
    }
  }
`;

const ASSET = /* GraphQL */ `
  query Asset($slug: String!) {
    asset(slug: $slug) {
      id slug title kind summary description problem benefits applications trl ipStatus patentNumbers
      developmentStage partneringModels keywords publishedAt pricingModel
      institution { id name shortName }
      platform { id name }
      contactOfficer { name }
      sectors { id slug labelEn }
      inventors { id name affiliation }
      relatedAssets(first: 4) {
        id slug title kind
        institution { id shortName }
        sectors { id slug labelEn }
      }
    }
  }
`;

/** The web's own listing page: web/src/catalogue/asset.graphql's AssetDetail with the card fragment it uses. */
const catalogueDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/src/catalogue');
const webDocument = parse(
  ['asset.graphql', 'asset-card.graphql'].map((file) => readFileSync(path.join(catalogueDir, file), 'utf8')).join('\n'),
);
const WEB_ASSET_PAGE = print({
  ...webDocument,
  definitions: webDocument.definitions.filter(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.name?.value === 'AssetDetail',
  ),
});

const PARTNERS = /* GraphQL */ `
  query Partners($first: Int) {
    partners(first: $first) {
      totalCount
      edges { node { id slug name country size sectors { id slug labelEn } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const INSTITUTIONS = /* GraphQL */ `
  query Institutions {
    institutions { id slug name shortName city platforms { id name kind } }
  }
`;

const INTERESTS = /* GraphQL */ `
  query Interests($first: Int) {
    expressionsOfInterest(first: $first) {
      totalCount
      edges {
        node {
          id status interestType priority submitterName lastActivityAt createdAt overdue unreadCount
          asset { id slug title kind institution { id shortName } }
          company { id name slug country size }
          assignee { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const OFFICE_LISTINGS = /* GraphQL */ `
  query OfficeListings($first: Int) {
    officeListings(first: $first) {
      totalCount
      statusCounts { status count }
      edges {
        node {
          id slug title kind status updatedAt viewerCanEdit allowedTransitions
          publicationIssues { field code }
          sectors { id labelEn }
          inventors { id name }
          contactOfficer { name }
          sourceDisclosure { id }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const MY_LISTINGS = /* GraphQL */ `
  query MyListings($first: Int) {
    myListings(first: $first) {
      totalCount
      edges { node { id slug title publishedAt institution { id shortName } interestSummary { total open } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** The web's own submission: web/src/interest/interest.graphql's SubmitExpressionOfInterest. */
const interestDocument = parse(
  ['interest/interest.graphql', 'ui/user-error.graphql']
    .map((file) => readFileSync(path.resolve(catalogueDir, '..', file), 'utf8'))
    .join('\n'),
);
const WEB_SUBMIT_EOI = print({
  ...interestDocument,
  definitions: interestDocument.definitions.filter((definition) =>
    definition.kind === Kind.FRAGMENT_DEFINITION
      ? definition.name.value === 'UserErrorFields'
      : definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === 'SubmitExpressionOfInterest',
  ),
});

const server = useTestServer();
const { officer, buyer, researcher } = useDemoClients(server);
let slug: string;

beforeAll(async () => {
  installSqlCounter();
  // The listing with the most sectors, inventors and related listings the demo data has.
  const [row] = await server.orm.em.fork().execute<{ slug: string }[]>(
    `select a.slug from asset a where a.status = 'PUBLISHED'
     order by (select count(*) from asset_sector x where x.asset_id = a.id) desc, a.id limit 1`,
  );
  slug = row!.slug;
  // Warm the connection pool (and every client's session) so connection set-up is not counted.
  await Promise.all([
    server.gql(CATALOGUE, { first: 1 }),
    server.gql(SEARCH, { first: 1, query: 'cancer' }),
    officer.gql(INTERESTS, { first: 1 }),
    buyer.gql(INTERESTS, { first: 1 }),
    researcher.gql(MY_LISTINGS, { first: 1 }),
  ]);
});
type Run = () => Promise<{ data?: unknown; errors?: unknown }>;

/** Statements of one request, after checking it answered without errors. */
async function statements(run: Run, minimumRows = 1): Promise<number> {
  let response: { data?: unknown; errors?: unknown } = {};
  const count = await countStatements(async () => {
    response = await run();
  });
  expect(response.errors).toBeUndefined();
  expect(response.data).toBeDefined();
  // The page really holds rows, so equal counts for two page sizes mean no statement per row.
  const [root] = Object.values(response.data as Record<string, unknown>);
  const rows = Array.isArray(root) ? root : ((root as { edges?: unknown[] }).edges ?? [root]);
  expect(rows.length).toBeGreaterThanOrEqual(minimumRows);
  return count;
}

/**
 * The statements of a page of `query` asked by `client` at two sizes, `[first, minimum rows]` each: the same
 * for both (none per row), logged under `label`. The count of the larger page.
 */
async function statementsPerPage(
  label: string,
  client: Pick<TestClient, 'gql'>,
  query: string,
  [larger, largerRows]: [number, number],
  [smaller, smallerRows]: [number, number],
  variables: Record<string, unknown> = {},
): Promise<number> {
  const large = await statements(() => client.gql(query, { ...variables, first: larger }), largerRows);
  const small = await statements(() => client.gql(query, { ...variables, first: smaller }), smallerRows);
  console.log(`${label}: ${larger} → ${large}, ${smaller} → ${small}`);
  expect(small).toBe(large);
  return large;
}

describe('SQL statements per operation', () => {
  it('catalogue page of 20 with institute, sectors and inventors', async () => {
    const twenty = await statementsPerPage('catalogue', server, CATALOGUE, [20, 20], [5, 5]);
    // The page brings its institutes, sectors and inventors along (the loaders are filled from it).
    expect(twenty).toBe(1);
  });

  it('search with a query, facets and totalCount', async () => {
    const twenty = await statementsPerPage('search', server, SEARCH, [20, 6], [5, 2], { query: 'tumour' });
    // The page with its relations; the facets with the total count.
    expect(twenty).toBe(2);
  });

  it('search with a query, facets and totalCount, while the cores are busy: one statement', async () => {
    // A server that counts a search's facets with its page as soon as one search runs (this one).
    const busy = await startTestServer({ database: server.database, catalogueLimits: { splitSearchesUpTo: 0 } });
    try {
      await busy.gql(SEARCH, { first: 1, query: 'cancer' });
      const twenty = await statementsPerPage('search in one pass', busy, SEARCH, [20, 6], [5, 2], { query: 'tumour' });
      expect(twenty).toBe(1);
    } finally {
      await busy.close();
    }
  });

  it('asset page by slug with its relations and related listings', async () => {
    const count = await statements(() => server.gql(ASSET, { slug }));
    console.log(`asset page: ${count}`);
    // The listing with its institute, platform, officer, sectors and inventors; the related listings with
    // their institutes and sectors.
    expect(count).toBe(2);
  });

  it("the web's listing page (AssetDetail, related listings included)", async () => {
    const count = await statements(() => server.gql(WEB_ASSET_PAGE, { slug }));
    console.log(`web listing page: ${count}`);
    expect(count).toBeLessThanOrEqual(3);
    expect(count).toBe(2);
  });

  it("the web's listing page, cache cold (the catalogue changed since), anonymous and signed in", async () => {
    const bump = () => server.orm.em.fork().execute(`update catalogue_revision set revision = revision + 1`);
    const askers: [string, TestClient['gql']][] = [
      ['anonymous', (query, variables) => server.gql(query, variables)],
      ['company member', buyer.gql],
    ];
    for (const [who, gql] of askers) {
      // Seen before, so the response cache reads the revision; the catalogue changes before the request counted.
      await gql(WEB_ASSET_PAGE, { slug });
      await bump();
      const count = await statements(() => gql(WEB_ASSET_PAGE, { slug }));
      console.log(`web listing page, cold, ${who}: ${count}`);
      // The revision (with the session, for the member), the listing, its related listings.
      expect(count, who).toBe(3);
    }
  });

  it('partners page with sectors', async () => {
    const twenty = await statementsPerPage('partners', server, PARTNERS, [20, 3], [2, 2]);
    expect(twenty).toBe(3);
  });

  it('institutions with their platforms', async () => {
    const count = await statements(() => server.gql(INSTITUTIONS), 2);
    console.log(`institutions: ${count}`);
    expect(count).toBe(2);
  });

  // Lists of the signed-in: the same statements for a page of 50 as for a page of 1 or 2.
  it.each([
    // Five rows: the demo's newest five hold an assigned EoI, so both pages load assignees (guarded below).
    ["an officer's triage board", 'triage board', () => officer, INTERESTS, [50, 10], [5, 5], 9],
    [
      "the office's listings in every status, with what keeps each from publication",
      'office listings',
      () => officer,
      OFFICE_LISTINGS,
      [50, 20],
      [2, 2],
      7,
    ],
    [
      'a researcher\'s "My listings" with the interest they draw',
      'my listings',
      () => researcher,
      MY_LISTINGS,
      [50, 2],
      [1, 1],
      6,
    ],
    ['a company\'s "My interests"', 'my interests', () => buyer, INTERESTS, [50, 2], [1, 1], 9],
  ] as const)('%s', async (_title, name, client, query, larger, smaller, expected) => {
    const count = await statementsPerPage(name, client(), query, [...larger], [...smaller]);
    expect(count).toBe(expected);
  });

  it("the triage board's smaller page holds an assigned EoI, so its count includes the assignees'", async () => {
    const page = await officer.gql<{ expressionsOfInterest: { edges: { node: { assignee: unknown } }[] } }>(INTERESTS, {
      first: 5,
    });
    expect(page.data?.expressionsOfInterest.edges.some((edge) => edge.node.assignee !== null)).toBe(true);
  });

  it("an EoI submission by a company member (the web's mutation)", async () => {
    // Last: it adds an EoI to the buyer's "My interests". A published listing their company never expressed
    // interest in.
    const assets = await server.orm.em.fork().execute<{ id: number }[]>(
      `select a.id from asset a where a.status = 'PUBLISHED' and not exists (
         select 1 from expression_of_interest e join app_user u on u.company_id = e.company_id
         where u.email = 'buyer@oncopharm.demo' and e.asset_id = a.id)
       order by a.id limit 1`,
    );
    const input = {
      assetId: toGlobalId('Asset', assets[0]!.id),
      interestType: 'LICENSE',
      message: 'We would like to evaluate this technology for our oncology pipeline next year.',
      idempotencyKey: 'statement-count-1',
    };
    let answer: { data?: unknown; errors?: unknown } = {};
    const sent = await recordStatements(async () => {
      answer = await buyer.gql(WEB_SUBMIT_EOI, { input });
    });
    expect(answer.errors).toBeUndefined();
    expect(answer).toMatchObject({ data: { submitExpressionOfInterest: { errors: [], expressionOfInterest: {} } } });
    console.log(`EoI submission: ${sent.length}`);
    // The session; one read (replayed key, asset, people to write to, new id); one write (the EoI, its history,
    // both e-mails, the live event). No BEGIN/COMMIT: the write is one statement. Each is a prepared statement
    // (parsed once per connection, its plan reused), not planned on every call.
    expect(sent.map((statement) => statement.name)).toEqual([
      'session-viewer',
      'eoi-submission-read',
      'eoi-submission-write',
    ]);
    // A retry with the same key makes nothing: the session, the read that finds the key, the EoI read back.
    const replay = await statements(() => buyer.gql(WEB_SUBMIT_EOI, { input }));
    expect(replay).toBe(3);
  });
});

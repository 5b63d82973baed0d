import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSET_PAGE } from '../test-support/asset-page-query.js';
import { useTestServer } from '../test-support/use-test-server.js';
import { compiledAnswerCount } from './compiled-catalogue-answers.js';

// The public catalogue's compiled reads are answered without Apollo's request pipeline from their third sighting
// on (the second compiles them, compiled-execution.ts): each answer must be Apollo's, byte for byte, status and
// media type included, and whatever Apollo would answer otherwise (errors, another media type) still comes from it.

const BROWSE = /* GraphQL */ `
  query Browse($first: Int, $after: String) {
    assets(first: $first, after: $after) {
      edges { cursor node { id slug title kind summary trl ipStatus publishedAt institution { id slug name shortName }
        sectors { id slug labelEn } inventors { id name affiliation } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query CatalogueSearch($query: String, $filter: AssetFilter, $first: Int) {
    assets(query: $query, filter: $filter, first: $first) {
      totalCount
      edges { cursor rank snippet { text highlighted } node { id slug title } }
      facets { kinds { value count } sectors { value label count } institutions { value label count } }
    }
  }
`;

const server = useTestServer();
let cookie: string;
let slug: string;

beforeAll(async () => {
  cookie = (await server.logIn('buyer@oncopharm.demo')).cookie;
  const [row] = await server.orm.em
    .fork()
    .execute<{ slug: string }[]>(`select slug from asset where status = 'PUBLISHED' order by id limit 1`);
  slug = row!.slug;
});

interface Answer {
  status: number;
  type: string | null;
  body: string;
  /** Whether it was answered without Apollo. */
  compiled: boolean;
}

/**
 * POSTs `query` with `variables` and a variable no operation declares (GraphQL ignores it; the response cache
 * keys on it), so that every request is computed.
 */
async function post(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const before = compiledAnswerCount();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables: { ...variables, unasked: randomUUID() } }),
  });
  const body = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body,
    compiled: compiledAnswerCount() > before,
  };
}

/** The third answer to the same request, and the second, Apollo's (the operation compiled during it). */
async function apolloThenCompiled(query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  await post(query, variables, headers);
  const apollo = await post(query, variables, headers);
  const third = await post(query, variables, headers);
  return { apollo, third };
}

describe('compiled catalogue answers', () => {
  it.each([
    ['a browse page', BROWSE, { first: 20 }],
    ['a search with facets', SEARCH, { query: 'cancer', first: 5 }],
    ['a filtered search', SEARCH, { query: 'tumour', filter: { kinds: ['INVENTION'], trlMin: 3 }, first: 5 }],
  ])('answer %s as Apollo does, without it', async (name, query, variables) => {
    // A text of its own (a comment), first sighted here: the second answer is Apollo's.
    const { apollo, third } = await apolloThenCompiled(`${query}# ${name}\n`, variables);
    expect(apollo.compiled).toBe(false);
    expect(apollo.status).toBe(200);
    expect(third).toEqual({ ...apollo, compiled: true });
  });

  it("answer the listing page's query, signed in, as Apollo does", async () => {
    const { apollo, third } = await apolloThenCompiled(ASSET_PAGE, { slug }, { cookie });
    expect(apollo.status).toBe(200);
    expect(third).toEqual({ ...apollo, compiled: true });
  });

  it.each([
    ['the GraphQL response type', 'application/graphql-response+json'],
    ["the web app's", 'application/graphql-response+json,application/json;q=0.9'],
    ['anything', '*/*'],
  ])('give the media type Apollo chooses for an Accept header of %s', async (_name, accept) => {
    const { apollo, third } = await apolloThenCompiled(`${BROWSE}# ${accept}\n`, { first: 3 }, { accept });
    expect(apollo.compiled).toBe(false);
    expect(third).toEqual({ ...apollo, compiled: true });
  });

  it('leave to Apollo a media type it refuses, and any error', async () => {
    const refused = await apolloThenCompiled(BROWSE, { first: 4 }, { accept: 'text/html' });
    expect(refused.apollo.status).toBe(406);
    expect(refused.third).toEqual(refused.apollo);
    const unknownSector = { query: 'cancer', filter: { sectors: ['no-such-sector'] }, first: 5 };
    const failing = await apolloThenCompiled(SEARCH, unknownSector);
    expect(failing.apollo.body).toContain('UNKNOWN_SECTOR_FILTER');
    expect(failing.third).toEqual(failing.apollo);
    const badVariables = await apolloThenCompiled(SEARCH, { query: 'cancer', first: 'five' });
    expect(badVariables.apollo.status).toBe(400);
    expect(badVariables.third).toEqual(badVariables.apollo);
  });
});

import { print } from 'graphql';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ASSET_PAGE } from '../test-support/asset-page-query.js';
import { type TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

// The public catalogue's reads run compiled (graphql-jit) from their second sighting on, everything else on
// graphql-js: the same document is answered by both here, and must be answered alike, errors included.

const compiled: string[] = [];
vi.mock('graphql-jit', async (importOriginal) => {
  const jit = await importOriginal<typeof import('graphql-jit')>();
  return {
    ...jit,
    compileQuery: (...args: Parameters<typeof jit.compileQuery>) => {
      compiled.push(print(args[1]));
      return jit.compileQuery(...args);
    },
  };
});

const BROWSE = /* GraphQL */ `
  query Browse($first: Int, $after: String) {
    assets(first: $first, after: $after) {
      edges {
        cursor
        node {
          id slug title kind summary trl ipStatus publishedAt
          institution { id slug name shortName }
          sectors { id slug labelEn }
          inventors { id name affiliation }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query CatalogueSearch($query: String, $filter: AssetFilter, $first: Int) {
    assets(query: $query, filter: $filter, first: $first) {
      totalCount
      edges { cursor rank snippet { text highlighted } node { id slug title sectors { slug labelEn parent { slug } } } }
      pageInfo { hasNextPage endCursor }
      facets { kinds { value count } sectors { value label count } trl { value count } institutions { value label count } }
    }
  }
`;

const INSTITUTES = /* GraphQL */ `
  query Institutes { institutions { id slug name platforms { id name assets { id slug } } } sectors { slug labelEn } }
`;

const server = useTestServer();
let buyer: TestClient;
let slug: string;
let sightings = 0;

beforeAll(async () => {
  buyer = await server.logIn('buyer@oncopharm.demo');
  const page = await server.gql<{ assets: { edges: { node: { slug: string } }[] } }>(
    '{ assets(first: 1) { edges { node { slug } } } }',
  );
  slug = page.data!.assets.edges[0]!.node.slug;
});

/** The same question asked three times, each a new one for the response cache (an undeclared variable). */
async function thrice(document: string, variables: Record<string, unknown>, client?: TestClient) {
  const answers = [];
  for (let n = 0; n < 3; n += 1) {
    sightings += 1;
    const asked = { ...variables, sighting: sightings };
    answers.push(client ? await client.gql(document, asked) : await server.gql(document, asked));
  }
  return answers;
}

describe('compiled execution of the public catalogue', () => {
  it.each([
    ['browse', BROWSE, () => ({ first: 5 })],
    [
      'a search with facets, snippets and filters',
      SEARCH,
      () => ({ query: 'tumour', filter: { trlMin: 2 }, first: 5 }),
    ],
    ['the asset page', ASSET_PAGE, () => ({ slug })],
    ['a listing nobody may see', ASSET_PAGE, () => ({ slug: 'no-such-listing' })],
    ['institutes and sectors', INSTITUTES, () => ({})],
  ])('answers %s as graphql-js does', async (_name, document, variables) => {
    const before = compiled.length;
    // A new document each time (whitespace), so the first answer is graphql-js's and the others compiled.
    const fresh = `${document}${' '.repeat(sightings)}`;
    const [plain, ...rest] = await thrice(fresh, variables());
    expect(plain?.errors).toBeUndefined();
    for (const answer of rest) expect(answer).toEqual(plain);
    expect(compiled.length).toBe(before + 1);
  });

  it.each([
    ['a bad argument (a resolver’s error)', { first: 101 }, 'BAD_USER_INPUT'],
    ['a malformed cursor', { first: 5, after: 'garbage' }, 'BAD_USER_INPUT'],
    ['a variable of the wrong type', { first: 'five' }, 'BAD_USER_INPUT'],
  ])('gives %s the same error', async (_name, variables, code) => {
    const fresh = `${BROWSE}${' '.repeat(sightings)}`;
    const [plain, ...rest] = await thrice(fresh, variables);
    // A resolver's error has a category of its own; graphql-js's coercion says it in its code.
    const extensions = plain?.errors?.[0]?.extensions;
    expect(extensions?.category ?? extensions?.code).toBe(code);
    for (const answer of rest) expect(answer).toEqual(plain);
  });

  it('leaves a signed-in viewer’s own fields and every mutation to graphql-js', async () => {
    const before = compiled.length;
    const [own] = await thrice('{ viewer { user { id email } } }', {}, buyer);
    expect(own?.data).toBeTruthy();
    await thrice('{ assets(first: 1) { edges { node { slug interestSummary { total } } } } }', {}, buyer);
    await thrice('mutation { logOut { ok } }', {});
    expect(compiled.length).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { useTestServer } from '../test-support/use-test-server.js';

const server = useTestServer();
const production = useTestServer({ production: true });

const LIST =
  'query($first: Int, $after: String, $query: String, $filter: AssetFilter) { assets(first: $first, after: $after, query: $query, filter: $filter) { edges { node { slug } } } }';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** Refused as input to correct: its code, the argument it names, the values its message names, an English sentence. */
function expectBadInput(
  response: Answer,
  expected: { code: string; argument: string; params?: object },
  pattern: RegExp,
) {
  expect(response.errors?.[0]?.extensions).toEqual({ category: 'BAD_USER_INPUT', params: {}, ...expected });
  expect(response.errors?.[0]?.message).toMatch(pattern);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/i);
}

describe('bad input gets a clear answer', () => {
  it('first over 100 or negative', async () => {
    const pageSize = { code: 'PAGE_SIZE_OUT_OF_RANGE', argument: 'first', params: { min: 0, max: 100 } };
    expectBadInput(await production.gql(LIST, { first: 101 }), pageSize, /^first: Ask for between 0 and 100 items/);
    expectBadInput(await production.gql(LIST, { first: -1 }), pageSize, /^first: Ask for between 0 and 100 items/);
    expectBadInput(await production.gql('{ partners(first: 1000) { totalCount } }'), pageSize, /^first/);
  });

  it('malformed cursors', async () => {
    for (const after of [
      'garbage',
      'eyJvIjoiTkVXRVNUIiwiayI6WzFdfQ',
      Buffer.from('{"o":"TITLE","k":["a",1]}').toString('base64url'),
      'x'.repeat(2000),
    ]) {
      expectBadInput(
        await production.gql(LIST, { first: 5, after }),
        { code: 'CURSOR_INVALID', argument: 'after' },
        /page/,
      );
    }
  });

  it('unknown filter values', async () => {
    expectBadInput(
      await production.gql(LIST, { filter: { sectors: ['no-such-sector'] } }),
      { code: 'UNKNOWN_SECTOR_FILTER', argument: 'filter.sectors', params: { value: 'no-such-sector' } },
      /Unknown sector "no-such-sector"/,
    );
    expectBadInput(
      await production.gql(LIST, { filter: { institutions: ['nowhere'] } }),
      { code: 'UNKNOWN_INSTITUTE_FILTER', argument: 'filter.institutions', params: { value: 'nowhere' } },
      /Unknown institute "nowhere"/,
    );
    expectBadInput(
      await production.gql(LIST, { filter: { sectors: ['<script>'] } }),
      { code: 'UNKNOWN_SECTOR_FILTER', argument: 'filter.sectors', params: { value: '<script>' } },
      /Unknown sector/,
    );
    expectBadInput(
      await production.gql(LIST, { filter: { trlMin: 0 } }),
      { code: 'TRL_FILTER_OUT_OF_RANGE', argument: 'filter.trlMin', params: { min: 1, max: 9 } },
      /^filter.trlMin: The TRL must be between 1 and 9/,
    );
    expectBadInput(
      await production.gql(LIST, { filter: { trlMin: 7, trlMax: 3 } }),
      { code: 'TRL_FILTER_INVERTED', argument: 'filter.trlMin' },
      /lowest TRL must not be greater/,
    );
    const badEnum = await production.gql(LIST, { filter: { kinds: ['SPACESHIP'] } });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0]?.message).toMatch(/SPACESHIP/);
  });

  it('a 10 000-character query string', async () => {
    expectBadInput(
      await production.gql(LIST, { query: 'tumour '.repeat(1500).slice(0, 10_000) }),
      { code: 'QUERY_TOO_LONG', argument: 'query', params: { max: 200 } },
      /^query: The search is too long/,
    );
  });

  it('malformed ids', async () => {
    for (const id of [
      '',
      'nonsense',
      Buffer.from('Asset:abc').toString('base64url'),
      Buffer.from('Secret:1').toString('base64url'),
      'A'.repeat(5000),
    ]) {
      const response = await production.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(response.errors).toBeUndefined();
      expect(response.data?.node).toBeNull();
    }
  });

  it('invalid JSON bodies get HTTP 400', async () => {
    const response = await production.postGraphQL('{"query": "{ institutions { id } ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/not valid JSON/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('bodies over 1 MB are refused', async () => {
    const response = await production.postGraphQL(
      JSON.stringify({ query: `{ institutions { id } } # ${'x'.repeat(1_100_000)}` }),
    );
    expect(response.status).toBe(413);
  });

  it('syntax errors are reported without stack traces in production', async () => {
    const response = await production.postGraphQL(JSON.stringify({ query: '{ assets(first: ) { totalCount }' }));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/GRAPHQL_PARSE_FAILED/);
    expect(text).not.toMatch(/stacktrace/);
  });

  it('development mode includes stack traces for unexpected errors only; production masks them', async () => {
    const introspection = await production.gql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const dev = await server.gql('{ __schema { queryType { name } } }');
    expect(dev.errors).toBeUndefined();
  });
});

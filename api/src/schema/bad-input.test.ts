import { describe, expect, it } from 'vitest';
import { useTestServer } from '../test-support/use-test-server.js';

const server = useTestServer();
const production = useTestServer({ production: true });

const LIST =
  'query($first: Int, $after: String, $query: String, $filter: AssetFilter) { assets(first: $first, after: $after, query: $query, filter: $filter) { edges { node { slug } } } }';

function expectBadInput(response: { errors?: { message: string; extensions?: { code?: string } }[] }, pattern: RegExp) {
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0]?.message).toMatch(pattern);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/i);
}

describe('bad input gets a clear answer', () => {
  it('first over 100 or negative', async () => {
    expectBadInput(await production.gql(LIST, { first: 101 }), /first must be between 0 and 100/);
    expectBadInput(await production.gql(LIST, { first: -1 }), /first must be between 0 and 100/);
    expectBadInput(await production.gql('{ partners(first: 1000) { totalCount } }'), /first/);
  });

  it('malformed cursors', async () => {
    for (const after of [
      'garbage',
      'eyJvIjoiTkVXRVNUIiwiayI6WzFdfQ',
      Buffer.from('{"o":"TITLE","k":["a",1]}').toString('base64url'),
      'x'.repeat(2000),
    ]) {
      expectBadInput(await production.gql(LIST, { first: 5, after }), /cursor/);
    }
  });

  it('unknown filter values', async () => {
    expectBadInput(
      await production.gql(LIST, { filter: { sectors: ['no-such-sector'] } }),
      /unknown sector "no-such-sector"/,
    );
    expectBadInput(
      await production.gql(LIST, { filter: { institutions: ['nowhere'] } }),
      /unknown institution "nowhere"/,
    );
    expectBadInput(await production.gql(LIST, { filter: { sectors: ['<script>'] } }), /not a known sector/);
    expectBadInput(await production.gql(LIST, { filter: { trlMin: 0 } }), /trlMin must be between 1 and 9/);
    expectBadInput(await production.gql(LIST, { filter: { trlMin: 7, trlMax: 3 } }), /trlMin must not be greater/);
    const badEnum = await production.gql(LIST, { filter: { kinds: ['SPACESHIP'] } });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0]?.message).toMatch(/SPACESHIP/);
  });

  it('a 10 000-character query string', async () => {
    expectBadInput(await production.gql(LIST, { query: 'tumour '.repeat(1500).slice(0, 10_000) }), /query is too long/);
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../pagination/cursor.js';
import { logInAs } from '../test-support/demo-accounts.js';
import {
  type GraphQLResponse,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../test-support/test-server.js';

// Inputs that once reached PostgreSQL or a library unchecked and came back as a 500: each is now refused
// at the edge as BAD_USER_INPUT naming the argument (or a 4xx for plain HTTP).

let server: TestServer;
let development: TestServer;
let buyer: TestClient;
let researcher: TestClient;
let officer: TestClient;
beforeAll(async () => {
  [server, development] = await Promise.all([startTestServer({ production: true }), startTestServer()]);
  [buyer, researcher, officer] = await logInAs(server, 'buyer', 'researcher', 'officer');
});
afterAll(() => Promise.all([server?.close(), development?.close()]));

function expectBadInput(response: GraphQLResponse<unknown>, argument: string) {
  expect(response.status, JSON.stringify(response)).toBeLessThan(500);
  expect(response.errors?.[0]?.extensions?.category, JSON.stringify(response)).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0]?.extensions?.argument).toBe(argument);
}

const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { errors { code } } }';

describe('text with a NUL byte', () => {
  it('in a catalogue search', async () => {
    expectBadInput(
      await server.gql('query($q: String) { assets(query: $q) { totalCount } }', { q: 'tumour\u0000' }),
      'query',
    );
  });

  it('in a slug', async () => {
    for (const field of ['asset', 'institution', 'partner']) {
      expectBadInput(
        await server.gql(`query($slug: String!) { ${field}(slug: $slug) { id } }`, { slug: 'irst\u0000' }),
        'slug',
      );
    }
  });

  it('in the e-mail of logIn', async () => {
    expectBadInput(
      await server.gql(LOG_IN, { input: { email: 'admin@tt.demo\u0000', password: 'tt-demo-2026' } }),
      'input.email',
    );
  });

  it('in a message', async () => {
    const list = await buyer.gql<{ expressionsOfInterest: { edges: { node: { id: string } }[] } }>(
      '{ expressionsOfInterest(first: 1) { edges { node { id } } } }',
    );
    const id = list.data!.expressionsOfInterest.edges[0]!.node.id;
    expectBadInput(
      await buyer.gql(
        'mutation($input: PostExpressionOfInterestMessageInput!) { postExpressionOfInterestMessage(input: $input) { errors { code } } }',
        { input: { id, body: 'A question about the licence terms\u0000 and the timeline.' } },
      ),
      'input.body',
    );
  });

  it('in a draft, also inside the JSON it is stored as', async () => {
    const SAVE =
      'mutation($input: SaveDisclosureDraftInput!) { saveDisclosureDraft(input: $input) { errors { code } } }';
    expectBadInput(await researcher.gql(SAVE, { input: { title: 'A new\u0000 assay' } }), 'input.title');
    expectBadInput(
      await researcher.gql(SAVE, {
        input: {
          title: 'A new assay',
          inventors: [{ name: 'Ada\u0000', affiliation: 'IRST', contributionShare: 100 }],
        },
      }),
      'input.inventors.name',
    );
  });

  it('a lone surrogate, which PostgreSQL cannot store either', async () => {
    expectBadInput(
      await server.gql('query($q: String) { assets(query: $q) { totalCount } }', { q: 'tumour \ud800' }),
      'query',
    );
  });
});

describe('text longer than its column', () => {
  it('a logIn e-mail over 200 characters', async () => {
    expectBadInput(
      await server.gql(LOG_IN, { input: { email: `${'a'.repeat(201)}@tt.demo`, password: 'wrong password' } }),
      'input.email',
    );
  });
});

describe('cursors are checked as data', () => {
  it('an EoI-list cursor whose timestamp is not one', async () => {
    for (const key of [
      [0, 'not a timestamp', 1],
      [0, '2026-13-45 25:61:00+00', 1],
      [0, '2026-01-01 10:00:00+00', 1e12],
      [7, '2026-01-01 10:00:00+00', 1],
    ]) {
      expectBadInput(
        await officer.gql('query($after: String) { expressionsOfInterest(first: 5, after: $after) { totalCount } }', {
          after: encodeCursor('BOARD', key),
        }),
        'after',
      );
    }
  });

  it('a catalogue cursor with an id out of range or a text with a NUL', async () => {
    const LIST =
      'query($after: String, $order: AssetOrder) { assets(first: 5, after: $after, orderBy: $order) { totalCount } }';
    expectBadInput(
      await server.gql(LIST, { after: encodeCursor('NEWEST', ['2026-01-01 10:00:00+00', 2 ** 40]) }),
      'after',
    );
    expectBadInput(await server.gql(LIST, { order: 'TITLE', after: encodeCursor('TITLE', ['abc\u0000', 1]) }), 'after');
    expectBadInput(
      await server.gql(LIST, { order: 'RELEVANCE', after: encodeCursor('RELEVANCE', [1e300, 1]) }),
      'after',
    );
  });
});

describe('deeply nested variables', () => {
  it('5 000 levels in a catalogue query answer 400, not 500', async () => {
    // Written out by hand: JSON.stringify itself runs out of stack on such a value.
    const deep = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const body = `{"query":"query($filter: AssetFilter) { assets(filter: $filter) { totalCount } }","variables":{"filter":{"sectors":${deep}}}}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await server.postGraphQL(body);
      const text = await response.text();
      expect(response.status, text.slice(0, 300)).toBe(400);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('what the fuzz found', () => {
  it('more than 50 bad variables: still BAD_USER_INPUT, not an internal error', async () => {
    const response = await server.gql('query($f: AssetFilter) { assets(filter: $f) { totalCount } }', {
      f: { sectors: Array.from({ length: 60 }, () => 1) },
    });
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(response.errors?.at(-1)?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a persisted-query hash: refused as unsupported, not an internal error', async () => {
    const response = await server.postGraphQL(
      JSON.stringify({
        query: '{ sectors { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } },
      }),
    );
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).toMatch(/PERSISTED_QUERY_NOT_SUPPORTED/);
  });
});

describe('plain HTTP routes', () => {
  it('GET /assets/%00 is a 404', async () => {
    expect((await fetch(`${server.url}/assets/%00`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/abc%00def`)).status).toBe(404);
  });

  it('a malformed percent-encoding in a path is a 400', async () => {
    for (const target of ['/assets/%E0%A4%A', '/uploads/attachments/%E0%A4%A', '/assets/%ZZ']) {
      expect((await fetch(`${server.url}${target}`)).status, target).toBe(400);
    }
  });

  it("the demo mailbox's recipient filter with a NUL byte is a 400", async () => {
    expect((await fetch(`${development.url}/dev/mail.json?to=admin%40tt.demo%00`)).status).toBe(400);
    expect((await fetch(`${development.url}/dev/mail.json?to=admin%40tt.demo`)).status).toBe(200);
    expect((await fetch(`${development.url}/dev/mail/%E0%A4%A`)).status).toBe(400);
  });
});

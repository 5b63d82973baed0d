import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, installSqlCounter } from '../test-support/sql-counter.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';

// The public catalogue's answers are kept for anonymous visitors and reused while the catalogue revision is
// unchanged. These tests prove the cache never shows what the database no longer would, and never keeps
// what is not the same for every visitor.

const SEARCH = /* GraphQL */ `
  query Search($query: String, $first: Int) {
    assets(query: $query, first: $first) {
      totalCount
      edges { node { id slug title sectors { slug labelEn } institution { shortName } } }
      facets { kinds { value count } sectors { value label count } }
    }
  }
`;

let server: TestServer;
let buyer: TestClient;

beforeAll(async () => {
  installSqlCounter();
  server = await startTestServer();
  buyer = await server.logIn('buyer@oncopharm.demo');
});
afterAll(() => server?.close());

const sql = <T>(text: string) => server.orm.em.fork().execute<T[]>(text);

/** The answer and the statements it cost. */
async function measured<T>(run: () => Promise<T>): Promise<{ answer: T; statements: number }> {
  let answer: T | undefined;
  const statements = await countStatements(async () => {
    answer = await run();
  });
  return { answer: answer as T, statements };
}

describe('the catalogue response cache', () => {
  it('answers a repeated anonymous search with one statement (the revision), the same answer', async () => {
    const variables = { query: 'tumour', first: 5 };
    const first = await measured(() => server.gql(SEARCH, variables));
    const second = await measured(() => server.gql(SEARCH, variables));
    const third = await measured(() => server.gql(SEARCH, variables));
    expect(first.answer.errors).toBeUndefined();
    // Seen once: not worth a statement. Seen twice: the revision is read and the answer kept.
    expect(second.statements).toBe(first.statements + 1);
    expect(third.statements).toBe(1);
    expect(third.answer.data).toEqual(first.answer.data);
  });

  it('never serves an answer older than the catalogue: an archived listing is gone at once', async () => {
    const variables = { query: null, first: 100 };
    await server.gql(SEARCH, variables);
    const cached = await server.gql<{ assets: { totalCount: number; edges: { node: { slug: string } }[] } }>(
      SEARCH,
      variables,
    );
    const victim = cached.data!.assets.edges[0]!.node.slug;
    // Straight in the database, as any process or tool could: the triggers bump the revision.
    await sql(`update asset set status = 'ARCHIVED' where slug = '${victim}'`);
    const after = await server.gql<{ assets: { totalCount: number; edges: { node: { slug: string } }[] } }>(
      SEARCH,
      variables,
    );
    expect(after.data!.assets.totalCount).toBe(cached.data!.assets.totalCount - 1);
    expect(after.data!.assets.edges.map((edge) => edge.node.slug)).not.toContain(victim);
    await sql(`update asset set status = 'PUBLISHED' where slug = '${victim}'`);
    const restored = await server.gql<{ assets: { totalCount: number } }>(SEARCH, variables);
    expect(restored.data!.assets.totalCount).toBe(cached.data!.assets.totalCount);
  });

  it('sees a change to any table the answers are made of: a sector label, an institute', async () => {
    const variables = { query: 'cancer', first: 20 };
    await server.gql(SEARCH, variables);
    await server.gql(SEARCH, variables);
    const [sector] = await sql<{ id: number; label_en: string }>(
      `select s.id, s.label_en from sector s join asset_sector x on x.sector_id = s.id
       join asset a on a.id = x.asset_id and a.status = 'PUBLISHED' limit 1`,
    );
    await sql(`update sector set label_en = 'Renamed for the cache test' where id = ${sector!.id}`);
    const renamed = await server.gql(SEARCH, variables);
    expect(JSON.stringify(renamed.data)).toContain('Renamed for the cache test');
    await sql(`update sector set label_en = '${sector!.label_en.replace(/'/g, "''")}' where id = ${sector!.id}`);
    await sql(`update institution set short_name = short_name || ' (renamed)'`);
    const institutes = await server.gql(SEARCH, variables);
    expect(JSON.stringify(institutes.data)).toContain('(renamed)');
    await sql(`update institution set short_name = replace(short_name, ' (renamed)', '')`);
  });

  it('bumps the revision once per transaction that changes the catalogue, and not for other changes', async () => {
    const revision = async () =>
      Number((await sql<{ revision: string }>('select revision from catalogue_revision'))[0]!.revision);
    const before = await revision();
    await server.orm.em.fork().transactional(async (tx) => {
      await tx.execute(`update asset set updated_at = updated_at where status = 'PUBLISHED'`);
      await tx.execute(`update sector set position = position`);
    });
    expect(await revision()).toBe(before + 1);
    await sql(`update app_user set last_login_at = now() where email = 'buyer@oncopharm.demo'`);
    await sql(`update company set description = description`);
    expect(await revision()).toBe(before + 1);
  });

  it('never keeps a signed-in viewer’s answer, nor serves one to them', async () => {
    const variables = { query: 'therapy', first: 3 };
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await measured(() => buyer.gql(SEARCH, variables)));
    expect(runs[2]!.statements).toBe(runs[1]!.statements);
    expect(runs[2]!.statements).toBeGreaterThan(1);
  });

  it('lets a client ask for a fresh answer with Cache-Control: no-cache', async () => {
    const variables = { query: 'imaging', first: 3 };
    await server.gql(SEARCH, variables);
    await server.gql(SEARCH, variables);
    const fresh = await measured(() => server.gql(SEARCH, variables, { headers: { 'cache-control': 'no-cache' } }));
    expect(fresh.statements).toBeGreaterThan(1);
    const cached = await measured(() => server.gql(SEARCH, variables));
    expect(cached.statements).toBe(1);
  });

  it('keeps no answer with errors, and no operation outside the public catalogue', async () => {
    const [asset] = await sql<{ slug: string }>(`select slug from asset where status = 'PUBLISHED' limit 1`);
    const forbidden = `query { asset(slug: "${asset!.slug}") { id interestSummary { total } } }`;
    const partners = 'query { partners(first: 3) { totalCount edges { node { slug } } } }';
    for (const query of [forbidden, partners]) {
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push(await measured(() => server.gql(query)));
      expect(runs[2]!.statements).toBeGreaterThan(1);
    }
    const mixed = `query { assets(first: 2) { edges { node { slug } } facets { kinds { value count } } } viewer { user { id } } }`;
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await measured(() => server.gql(mixed)));
    expect(runs[2]!.statements).toBe(runs[0]!.statements);
    expect(runs[2]!.statements).toBeGreaterThan(1);
  });

  it('survives a failed read of the revision: fresh answers meanwhile, cached ones again once it reads', async () => {
    const variables = { query: 'biomarker', first: 4 };
    const before = await server.gql(SEARCH, variables);
    await server.gql(SEARCH, variables);
    expect((await measured(() => server.gql(SEARCH, variables))).statements).toBe(1);
    // The revision row cannot be read (as in a database blip); the catalogue itself still answers.
    await sql('alter table catalogue_revision rename to catalogue_revision_away');
    try {
      for (let i = 0; i < 3; i += 1) {
        const during = await measured(() => server.gql(SEARCH, variables));
        expect(during.answer.errors).toBeUndefined();
        expect(during.answer.data).toEqual(before.data);
        // Computed afresh: never a kept answer that nothing vouches for.
        expect(during.statements).toBeGreaterThan(1);
      }
    } finally {
      await sql('alter table catalogue_revision_away rename to catalogue_revision');
    }
    // Back by itself: no restart needed.
    await server.gql(SEARCH, variables);
    const after = await measured(() => server.gql(SEARCH, variables));
    expect(after.statements).toBe(1);
    expect(after.answer.data).toEqual(before.data);
  });
});

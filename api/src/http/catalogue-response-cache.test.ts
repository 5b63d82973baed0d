import { beforeAll, describe, expect, it } from 'vitest';
import { ASSET_PAGE } from '../test-support/asset-page-query.js';
import { countStatements, installSqlCounter } from '../test-support/sql-counter.js';
import { type TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

// The public catalogue's answers are shared by everyone who asks and reused while the catalogue revision is
// unchanged. These tests prove the cache never shows what the database no longer would, and never shares
// what is not the same for every viewer.

const SEARCH = /* GraphQL */ `
  query Search($query: String, $first: Int) {
    assets(query: $query, first: $first) {
      totalCount
      edges { node { id slug title sectors { slug labelEn } institution { shortName } } }
      facets { kinds { value count } sectors { value label count } }
    }
  }
`;

const server = useTestServer();
let buyer: TestClient;

beforeAll(async () => {
  installSqlCounter();
  buyer = await server.logIn('buyer@oncopharm.demo');
});

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

  it('serves the shared answer whatever the cookie, and ignores a client’s Cache-Control', async () => {
    const variables = { query: 'therapy', first: 3 };
    const first = await server.gql(SEARCH, variables);
    await server.gql(SEARCH, variables);
    const askers: Record<string, () => ReturnType<typeof server.gql>> = {
      'a made-up session cookie': () => server.gql(SEARCH, variables, { cookie: 'tt_session=made-up-by-a-client' }),
      'no-cache': () => server.gql(SEARCH, variables, { headers: { 'cache-control': 'no-cache, no-store' } }),
      'a signed-in company member': () => buyer.gql(SEARCH, variables),
      'a company member with no-cache': () =>
        server.gql(SEARCH, variables, { cookie: buyer.cookie, headers: { 'cache-control': 'no-cache' } }),
    };
    for (const [asker, ask] of Object.entries(askers)) {
      const shared = await measured(ask);
      // One statement: the revision (with the session, when there is a cookie); no search.
      expect(shared.statements, asker).toBe(1);
      expect(shared.answer.data, asker).toEqual(first.data);
    }
  });

  it('shares the asset page’s public query with a signed-in company member', async () => {
    const [asset] = await sql<{ slug: string }>(
      `select slug from asset where status = 'PUBLISHED' order by id limit 1`,
    );
    const variables = { slug: asset!.slug };
    const anonymous = await server.gql(ASSET_PAGE, variables);
    expect(anonymous.errors).toBeUndefined();
    await buyer.gql(ASSET_PAGE, variables);
    const shared = await measured(() => buyer.gql(ASSET_PAGE, variables));
    expect(shared.statements).toBe(1);
    expect(shared.answer.data).toEqual(anonymous.data);
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

const ROLES = [
  'buyer@oncopharm.demo',
  'buyer@medisense.demo',
  'researcher.irst@tt.demo',
  'researcher.int@tt.demo',
  'officer.irst@tt.demo',
  'officer.int@tt.demo',
  'admin@tt.demo',
];

describe('the shared answer, as every demo role', () => {
  /** Anonymous first, then every demo role. */
  const askers: { who: string; gql: TestClient['gql'] }[] = [];

  beforeAll(async () => {
    askers.push({ who: 'anonymous', gql: (query, variables) => server.gql(query, variables) });
    for (const email of ROLES) {
      const client = await server.logIn(email);
      askers.push({ who: email, gql: client.gql });
    }
  });

  it('gives every role the anonymous answer to public queries, from the cache', async () => {
    const [asset] = await sql<{ slug: string }>(
      `select slug from asset where status = 'PUBLISHED' order by id desc limit 1`,
    );
    const questions: [string, Record<string, unknown>][] = [
      [SEARCH, { query: 'cell', first: 6 }],
      [SEARCH, { query: null, first: 10 }],
      [ASSET_PAGE, { slug: asset!.slug }],
      ['query { sectors { id slug labelEn parent { id } } institutions { id slug shortName contactEmail } }', {}],
    ];
    for (const [query, variables] of questions) {
      const anonymous = await server.gql(query, variables);
      expect(anonymous.errors).toBeUndefined();
      await server.gql(query, variables);
      for (const asker of askers) {
        const shared = await measured(() => asker.gql(query, variables));
        expect(shared.statements, asker.who).toBe(1);
        expect(shared.answer.data, asker.who).toEqual(anonymous.data);
      }
    }
  });

  it('never shares a viewer’s field: computed for each asker every time, each seeing only their own', async () => {
    // A listing of IRST that drew interest: IRST's officer and the admin see how much, nobody else.
    const [asset] = await sql<{ slug: string }>(
      `select a.slug from asset a join institution i on i.id = a.institution_id
       where a.status = 'PUBLISHED' and i.slug = 'irst'
         and exists (select 1 from expression_of_interest e where e.asset_id = a.id)
       order by a.id limit 1`,
    );
    const variables = { slug: asset!.slug };
    // Each costs at least two statements (the listing, its related listings): one alone would be the revision.
    const viewerQueries = [
      'query($slug: String!) { asset(slug: $slug) { id title sectors { slug } relatedAssets(first: 2) { id } viewerCanEdit } }',
      'query($slug: String!) { asset(slug: $slug) { id title sectors { slug } relatedAssets(first: 2) { id } interestSummary { total open } } }',
      // Hidden in a fragment, or in an inline fragment, next to public fields.
      `query($slug: String!) { asset(slug: $slug) { ...Public ...Mine } }
       fragment Public on Asset { id title sectors { slug } relatedAssets(first: 2) { id } }
       fragment Mine on Asset { allowedTransitions }`,
      'query($slug: String!) { asset(slug: $slug) { id sectors { slug } relatedAssets(first: 2) { id } ... on Asset { interestSummary { total } } } }',
    ];
    for (const query of viewerQueries) {
      const own = new Map<string, string>();
      for (let round = 0; round < 3; round += 1) {
        for (const asker of askers) {
          const answer = await measured(() => asker.gql(query, variables));
          // Never the revision alone: the answer was computed for this asker.
          expect(answer.statements, `${asker.who}: ${query}`).toBeGreaterThan(1);
          const text = JSON.stringify({
            data: answer.answer.data,
            codes: answer.answer.errors?.map((e) => e.extensions?.code),
          });
          if (round === 0) own.set(asker.who, text);
          else expect(text, `${asker.who}: ${query}`).toBe(own.get(asker.who));
        }
      }
      if (query.includes('interestSummary')) {
        // What the office sees is not what the others are given.
        expect(own.get('officer.irst@tt.demo')).toMatch(/"total":[1-9]/);
        for (const who of ['anonymous', 'buyer@oncopharm.demo', 'officer.int@tt.demo']) {
          expect(own.get(who)).not.toMatch(/"total"/);
        }
      }
      if (query.includes('viewerCanEdit')) {
        expect(own.get('officer.irst@tt.demo')).toContain('"viewerCanEdit":true');
        for (const who of ['anonymous', 'buyer@oncopharm.demo', 'officer.int@tt.demo', 'researcher.irst@tt.demo']) {
          expect(own.get(who)).toContain('"viewerCanEdit":false');
        }
      }
    }
  });

  it('reads the session afresh for every request: an office signed out gets null for its draft on the next one', async () => {
    const [draft] = await sql<{ slug: string; institution_id: number }>(
      `select a.slug, a.institution_id from asset a join institution i on i.id = a.institution_id
       where a.status = 'DRAFT' and i.slug = 'irst' order by a.id limit 1`,
    );
    const officer = await server.logIn('officer.irst@tt.demo');
    const variables = { slug: draft!.slug };
    const ask = () => officer.gql<{ asset: { status: string } | null }>(ASSET_PAGE, variables);
    // Seen, then answered after the cache read the revision and the session in one statement.
    await ask();
    const before = await measured(ask);
    expect(before.answer.data!.asset?.status).toBe('DRAFT');
    // The revision with the session, the listing, its related listings: the session was not read twice.
    expect(before.statements).toBe(3);
    const ended = await officer.gql('mutation { logOut { ok } }');
    expect(ended.errors).toBeUndefined();
    const after = await measured(ask);
    expect(after.answer.errors).toBeUndefined();
    expect(after.answer.data!.asset).toBeNull();
  });

  it('gives an office its draft through the public query, and everyone else null, whoever asked first', async () => {
    const [draft] = await sql<{ slug: string; institution_id: number }>(
      `select slug, institution_id from asset where status = 'DRAFT' order by id limit 1`,
    );
    const offices = await sql<{ email: string }>(
      `select email from app_user where role = 'ADMIN' or (role = 'TT_OFFICER' and institution_id = ${draft!.institution_id})`,
    );
    const office = new Set(offices.map((row) => row.email));
    expect(office.size).toBeGreaterThan(1);
    const variables = { slug: draft!.slug };
    const check = async (asker: (typeof askers)[number]) => {
      const answer = await asker.gql<{ asset: { slug: string; status: string } | null }>(ASSET_PAGE, variables);
      expect(answer.errors, asker.who).toBeUndefined();
      if (office.has(asker.who)) expect(answer.data!.asset?.status, asker.who).toBe('DRAFT');
      else expect(answer.data!.asset, asker.who).toBeNull();
    };
    // Each asker first at a fresh revision (asking twice: seen, then kept if it were everyone's), then all.
    for (const first of askers) {
      await sql('update sector set position = position');
      await check(first);
      await check(first);
      for (const asker of askers) await check(asker);
    }
  });
});

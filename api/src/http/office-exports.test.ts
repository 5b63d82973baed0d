import type { Db } from '@tt/db/database';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../auth/rate-limits.js';
import { parseGlobalId } from '../schema/global-id.js';
import { DEMO_ACCOUNTS, useDemoClients } from '../test-support/demo-accounts.js';
import { installSqlCounter, recordStatements } from '../test-support/sql-counter.js';
import type { GraphQLResponse, TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

const server = useTestServer();
const { officer, otherOfficer, admin, researcher, buyer, anonymous } = useDemoClients(server);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const db = (): Db => server.orm.em.fork().getKysely();

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** The rows after the BOM, the header row first. */
  rows: string[][];
  /** The rows as objects by (English) header. */
  records: Record<string, string>[];
  json: { error?: { code: string; params: Record<string, unknown> } } | null;
}

async function download(client: TestClient, path: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(`${server.url}${path}`, {
    headers: { ...headers, ...(client.cookie ? { cookie: client.cookie } : {}) },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.headers.get('content-type')?.startsWith('text/csv')) {
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      rows: [],
      records: [],
      json: JSON.parse(bytes.toString('utf8')),
    };
  }
  const rows = parse(bytes.subarray(BOM.length), { relax_column_count: false }) as string[][];
  const [header = [], ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
  return { status: response.status, headers: response.headers, bytes, rows, records, json: null };
}

/** Every page of a GraphQL connection, as the web's list would read them. */
type Connection<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };

async function everyNode<T>(client: TestClient, query: string, field: string, variables: Record<string, unknown>) {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<Record<string, Connection<T>>> = await client.gql(query, {
      ...variables,
      first: 100,
      after,
    });
    expect(response.errors).toBeUndefined();
    const connection: Connection<T> = response.data![field]!;
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

const EOIS = `query($filter: ExpressionOfInterestFilter, $first: Int, $after: String) {
  expressionsOfInterest(filter: $filter, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const DISCLOSURES = `query($filter: DisclosureFilterInput, $first: Int, $after: String) {
  disclosures(filter: $filter, first: $first, after: $after) { edges { node { referenceNumber assignee { id } } } pageInfo { hasNextPage endCursor } } }`;
const LISTINGS = `query($filter: OfficeListingFilter, $first: Int, $after: String) {
  officeListings(filter: $filter, first: $first, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`;

const eoiDbId = (globalId: string) => String(parseGlobalId(globalId)!.id);

let irst: { id: number; slug: string; short_name: string };
let int: { id: number; short_name: string };
let irstAsset: number;
let buyerIds: { user: number; company: number };

/** An EoI written straight to the table: any text, any status, no e-mails. */
async function insertEoi(message: string, extra: { status?: string; asset?: number; intendedUse?: string } = {}) {
  const row = await sql<{ id: number }>`
    insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, intended_use,
      language, status, priority, idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
    values (${extra.asset ?? irstAsset}, ${buyerIds.company}, ${buyerIds.user}, 'LICENSE', ${message},
      ${extra.intendedUse ?? null}, 'en', ${extra.status ?? 'WITHDRAWN'}, 'NORMAL', gen_random_uuid()::text,
      now() + interval '7 days', now(), now(), now())
    returning id`.execute(db());
  return row.rows[0]!.id;
}

beforeAll(async () => {
  installSqlCounter();
  const officerRow = await db()
    .selectFrom('app_user as u')
    .innerJoin('institution as i', 'i.id', 'u.institution_id')
    .select(['i.id', 'i.slug', 'i.short_name'])
    .where('u.email', '=', DEMO_ACCOUNTS.officer)
    .executeTakeFirstOrThrow();
  irst = officerRow;
  int = await db()
    .selectFrom('app_user as u')
    .innerJoin('institution as i', 'i.id', 'u.institution_id')
    .select(['i.id', 'i.short_name'])
    .where('u.email', '=', DEMO_ACCOUNTS.otherOfficer)
    .executeTakeFirstOrThrow();
  irstAsset = (
    await db()
      .selectFrom('asset')
      .select('id')
      .where('institution_id', '=', irst.id)
      .where('status', '=', 'PUBLISHED')
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
  const buyerRow = await db()
    .selectFrom('app_user')
    .select(['id', 'company_id'])
    .where('email', '=', DEMO_ACCOUNTS.buyer)
    .executeTakeFirstOrThrow();
  buyerIds = { user: buyerRow.id, company: buyerRow.company_id! };
});

describe('who may export', () => {
  it('refuses anonymous visitors (401) and everyone who is not an office (403)', async () => {
    for (const list of ['eois', 'disclosures', 'listings']) {
      const nobody = await download(anonymous, `/exports/${list}.csv`);
      expect(nobody.status).toBe(401);
      expect(nobody.json?.error?.code).toBe('UNAUTHENTICATED');
      for (const client of [researcher, buyer]) {
        const refused = await download(client, `/exports/${list}.csv`);
        expect(refused.status).toBe(403);
        expect(refused.json?.error?.code).toBe('EXPORT_OFFICE_ONLY');
        expect(refused.bytes.includes(BOM)).toBe(false);
      }
    }
  });

  it('answers 404 for a list that has no export, 400 for a filter value the list does not offer', async () => {
    expect((await download(officer, '/exports/users.csv')).status).toBe(404);
    const bad = await download(officer, '/exports/eois.csv?status=SUBMITTED,NOPE');
    expect(bad.status).toBe(400);
    expect(bad.json?.error).toMatchObject({ code: 'EXPORT_FILTER_INVALID', params: { parameter: 'status' } });
    const badAssignee = await download(officer, '/exports/disclosures.csv?assignee=not-an-id');
    expect(badAssignee.status).toBe(400);
  });

  it("gives an officer their institute's rows only, and an admin every institute's", async () => {
    for (const list of ['eois', 'disclosures', 'listings']) {
      const mine = await download(officer, `/exports/${list}.csv?lang=en`);
      expect(mine.status).toBe(200);
      expect(mine.records.length).toBeGreaterThan(0);
      expect(new Set(mine.records.map((record) => record.Institute))).toEqual(new Set([irst.short_name]));
      const theirs = await download(otherOfficer, `/exports/${list}.csv?lang=en`);
      expect(theirs.records.length).toBeGreaterThan(0);
      expect(theirs.records.some((record) => record.Institute === irst.short_name)).toBe(false);
      const all = await download(admin, `/exports/${list}.csv?lang=en`);
      const institutes = new Set(all.records.map((record) => record.Institute));
      expect(institutes.has(irst.short_name) && institutes.has(int.short_name)).toBe(true);
      expect(all.headers.get('content-disposition')).toMatch(/^attachment; filename="all-institutes-/);
    }
    const eois = await db()
      .selectFrom('expression_of_interest as e')
      .innerJoin('asset as a', 'a.id', 'e.asset_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('a.institution_id', '=', irst.id)
      .executeTakeFirstOrThrow();
    expect((await download(officer, '/exports/eois.csv?lang=en')).records).toHaveLength(Number(eois.count));
  });
});

describe('the file', () => {
  it('is UTF-8 with a BOM, named after the institute and the date, headed in the requester’s language', async () => {
    const english = await download(officer, '/exports/listings.csv');
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(english.headers.get('cache-control')).toBe('private, no-store');
    expect(english.bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(english.bytes.subarray(3, 6).equals(BOM)).toBe(false);
    const today = new Date().toISOString().slice(0, 10);
    expect(english.headers.get('content-disposition')).toBe(
      `attachment; filename="${irst.slug}-listings-${today}.csv"; filename*=UTF-8''${irst.slug}-listings-${today}.csv`,
    );
    expect(english.rows[0]!.slice(0, 3)).toEqual(['Reference', 'Address name', 'Title']);

    const byHeader = await download(officer, '/exports/listings.csv', { 'accept-language': 'it-IT,it;q=0.9' });
    expect(byHeader.rows[0]!.slice(0, 3)).toEqual(['Riferimento', 'Nome nell’indirizzo', 'Titolo']);
    expect(byHeader.headers.get('content-disposition')).toContain(`${irst.slug}-schede-${today}.csv`);
    // The web's link names its language, which wins over the browser's.
    const byLink = await download(officer, '/exports/eois.csv?lang=it', { 'accept-language': 'en' });
    expect(byLink.rows[0]!.slice(0, 3)).toEqual(['Riferimento', 'Data di invio', 'Stato']);
    expect(byLink.headers.get('content-disposition')).toContain('manifestazioni-di-interesse');
    const disclosures = await download(officer, '/exports/disclosures.csv?lang=it');
    expect(disclosures.rows[0]![0]).toBe('Riferimento');
    // Every row has a cell per header.
    for (const file of [english, byHeader, byLink, disclosures]) {
      for (const row of file.rows) expect(row).toHaveLength(file.rows[0]!.length);
    }
  });

  it('keeps commas, quotes and line breaks in their cell, and neutralises what a spreadsheet would run', async () => {
    const marker = 'escaping-check';
    const texts = [
      `${marker} one, two; "three" and\nfour\r\nfive`,
      `=HYPERLINK("http://evil.example","${marker}")`,
      `+${marker}+1`,
      `-${marker}-1`,
      `@SUM(1) ${marker}`,
      `\t${marker} tab`,
      `\r${marker} carriage return`,
      `${marker} =not at the start`,
    ];
    const ids: number[] = [];
    for (const text of texts) ids.push(await insertEoi(text, { intendedUse: '=1+1' }));
    const file = await download(officer, `/exports/eois.csv?lang=en&status=WITHDRAWN&q=${marker}`);
    expect(file.status).toBe(200);
    const byId = new Map(file.records.map((record) => [record.Reference, record]));
    expect([...byId.keys()].sort()).toEqual(ids.map(String).sort());
    const message = (index: number) => byId.get(String(ids[index]))!.Message;
    expect(message(0)).toBe(texts[0]);
    expect(message(1)).toBe(`'${texts[1]}`);
    expect(message(2)).toBe(`'${texts[2]}`);
    expect(message(3)).toBe(`'${texts[3]}`);
    expect(message(4)).toBe(`'${texts[4]}`);
    expect(message(5)).toBe(`'${texts[5]}`);
    expect(message(6)).toBe(`'${texts[6]}`);
    expect(message(7)).toBe(texts[7]);
    expect(byId.get(String(ids[0]))!['Intended use']).toBe("'=1+1");
    // Raw bytes: the quoted cell, its quotes doubled.
    expect(file.bytes.toString('utf8')).toContain(`"${texts[0]!.replaceAll('"', '""')}"`);
    // Dates in ISO 8601, booleans as words, numbers unquoted.
    const record = byId.get(String(ids[0]))!;
    expect(record['Submitted at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(record.Overdue).toBe('false');
    expect(record.Status).toBe('WITHDRAWN');
    expect(record.Company).toMatch(/^OncoPharm/);
  });

  it('never carries what is internal only: no password hashes, tokens or e-mail addresses', async () => {
    const secrets = await db()
      .selectFrom('app_user')
      .select(['password_hash', 'email'])
      .where('password_hash', 'is not', null)
      .execute();
    for (const list of ['eois', 'disclosures', 'listings']) {
      const text = (await download(admin, `/exports/${list}.csv?lang=en`)).bytes.toString('utf8');
      for (const secret of secrets) {
        expect(text).not.toContain(secret.password_hash);
        expect(text).not.toContain(secret.email);
      }
    }
  });
});

describe('the filters of each list', () => {
  it('exports what the triage list shows with the same filters, every page', async () => {
    const filters = [
      { params: 'status=SUBMITTED,IN_REVIEW', filter: { statuses: ['SUBMITTED', 'IN_REVIEW'] } },
      {
        params: 'kind=INVENTION&priority=HIGH,URGENT',
        filter: { kinds: ['INVENTION'], priorities: ['HIGH', 'URGENT'] },
      },
      { params: 'assignee=none', filter: { assigneeId: 'none' } },
      { params: 'overdue=1', filter: { overdue: true } },
      { params: 'age=10', filter: { minAgeDays: 10 } },
      { params: 'q=onco', filter: { query: 'onco' } },
    ];
    let nonEmpty = 0;
    for (const { params, filter } of filters) {
      const listed = await everyNode<{ id: string }>(officer, EOIS, 'expressionsOfInterest', { filter });
      const exported = await download(officer, `/exports/eois.csv?lang=en&${params}`);
      expect(exported.status, params).toBe(200);
      // Same rows, same order.
      expect(
        exported.records.map((record) => record.Reference),
        params,
      ).toEqual(listed.map((node) => eoiDbId(node.id)));
      if (listed.length) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(3);
    const everything = await download(officer, '/exports/eois.csv?lang=en');
    const submitted = await download(officer, '/exports/eois.csv?lang=en&status=SUBMITTED');
    expect(submitted.records.length).toBeLessThan(everything.records.length);
  });

  it('exports the pipeline tab with its assignee filter', async () => {
    const tab = ['SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'ACCEPTED'];
    const listed = await everyNode<{ referenceNumber: string; assignee: { id: string } | null }>(
      officer,
      DISCLOSURES,
      'disclosures',
      { filter: { statuses: tab } },
    );
    const open = await download(officer, `/exports/disclosures.csv?lang=en&status=${tab.join(',')}`);
    expect(open.records.map((record) => record.Reference)).toEqual(listed.map((node) => node.referenceNumber));
    const unassigned = await download(
      officer,
      `/exports/disclosures.csv?lang=en&status=${tab.join(',')}&assignee=none`,
    );
    expect(unassigned.records.map((record) => record.Reference)).toEqual(
      listed.filter((node) => node.assignee === null).map((node) => node.referenceNumber),
    );
    const someone = listed.find((node) => node.assignee !== null)?.assignee?.id;
    expect(someone).toBeDefined();
    const theirs = await download(
      officer,
      `/exports/disclosures.csv?lang=en&status=${tab.join(',')}&assignee=${someone}`,
    );
    expect(theirs.records.map((record) => record.Reference)).toEqual(
      listed.filter((node) => node.assignee?.id === someone).map((node) => node.referenceNumber),
    );
    expect(unassigned.records.length + theirs.records.length).toBeLessThanOrEqual(open.records.length);
  });

  it('exports the listings list with its status tab and search', async () => {
    for (const [params, filter] of [
      ['status=PUBLISHED', { statuses: ['PUBLISHED'] }],
      ['status=DRAFT', { statuses: ['DRAFT'] }],
      ['q=cell', { query: 'cell' }],
      ['', {}],
    ] as const) {
      const listed = await everyNode<{ slug: string }>(officer, LISTINGS, 'officeListings', { filter });
      const exported = await download(officer, `/exports/listings.csv?lang=en&${params}`);
      expect(
        exported.records.map((record) => record['Address name']),
        params,
      ).toEqual(listed.map((node) => node.slug));
    }
  });
});

describe('a large export', () => {
  it('streams: the answer starts after the first batch, and reading stops while the client does not read', async () => {
    // Enough rows for many batches, each of them larger than any socket buffer.
    const marker = 'streaming-check';
    await sql`
      insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, language,
        status, priority, idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
      select ${irstAsset}, ${buyerIds.company}, ${buyerIds.user}, 'LICENSE', ${marker} || ' ' || n || ' ' || repeat('x', 4000),
        'en', 'DECLINED', 'NORMAL', 'bulk-' || n, now(), now() - n * interval '1 second', now(), now()
      from generate_series(1, 4000) as n`.execute(db());
    const batchStatements = (statements: { text: string }[]) =>
      statements.filter(
        (statement) => /from "expression_of_interest" as "e"/.test(statement.text) && /limit/.test(statement.text),
      ).length;

    let response!: Response;
    let reader!: ReadableStreamDefaultReader<Uint8Array>;
    let received = 0;
    const untilHeaders = await recordStatements(async () => {
      response = await fetch(`${server.url}/exports/eois.csv?lang=en&status=DECLINED&q=${marker}`, {
        headers: { cookie: officer.cookie },
      });
      reader = response.body!.getReader();
      const first = await reader.read();
      received += first.value?.length ?? 0;
      // The client stops reading for a while: the server must stop with it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    });
    expect(response.status).toBe(200);
    const batches = Math.ceil(4000 / 500) + 0; // 8 batches of 500 (the last query finds nothing more)
    const readWhilePaused = batchStatements(untilHeaders);
    expect(readWhilePaused).toBeGreaterThanOrEqual(1);
    expect(readWhilePaused).toBeLessThanOrEqual(3);

    let rest!: number;
    const untilEnd = await recordStatements(async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
      }
      rest = received;
    });
    expect(readWhilePaused + batchStatements(untilEnd)).toBe(batches);
    expect(rest).toBeGreaterThan(4000 * 4000);
  }, 60_000);
});

describe('the rate limit', () => {
  it('refuses a person who exports too often, with the time to wait', async () => {
    const limit = RATE_LIMITS.EXPORTS_PER_ACCOUNT.points;
    const path = '/exports/listings.csv?status=ARCHIVED&q=nothing-matches-this';
    let spent = 0;
    for (let i = 0; i < limit; i += 1) {
      const answer = await download(otherOfficer, path);
      if (answer.status === 429) break;
      expect(answer.status).toBe(200);
      spent += 1;
    }
    const refused = await download(otherOfficer, path);
    expect(refused.status).toBe(429);
    expect(refused.json?.error?.code).toBe('TOO_MANY_EXPORTS');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(limit);
    // Per person: another officer is not held back.
    expect((await download(officer, path)).status).toBe(200);
  });
});

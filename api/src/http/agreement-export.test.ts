import type { Db } from '@tt/db/database';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { euros } from '../features/agreements/agreement-export.service.js';
import { parseGlobalId } from '../schema/global-id.js';
import { DEMO_ACCOUNTS, useDemoClients } from '../test-support/demo-accounts.js';
import type { GraphQLResponse, TestClient } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

// /exports/agreements.csv: the office's agreements with the list's filters, its payments summed in euros; the
// office of the institute and admins only.

const server = useTestServer();
const { officer, otherOfficer, admin, researcher, buyer, anonymous } = useDemoClients(server);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const db = (): Db => server.orm.em.fork().getKysely();

async function download(client: TestClient, path: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.headers.get('content-type')?.startsWith('text/csv')) {
    return { status: response.status, bytes, rows: [], records: [], json: JSON.parse(bytes.toString('utf8')) };
  }
  const rows = parse(bytes.subarray(BOM.length)) as string[][];
  const [header = [], ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
  return { status: response.status, bytes, rows, records, json: null };
}

const LIST = `query($filter: AgreementFilter, $first: Int, $after: String) {
  agreements(filter: $filter, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/** Every agreement of the list, as the web would page through it: their database ids in order. */
async function listed(client: TestClient, filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = {
      agreements: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const response: GraphQLResponse<Page> = await client.gql<Page>(LIST, { filter, first: 100, after });
    expect(response.errors).toBeUndefined();
    ids.push(...response.data!.agreements.edges.map((edge) => String(parseGlobalId(edge.node.id)!.id)));
    if (!response.data!.agreements.pageInfo.hasNextPage) return ids;
    after = response.data!.agreements.pageInfo.endCursor;
  }
}

let irst: { id: number; short_name: string };
let int: { id: number; short_name: string };
let oncopharm: number;

beforeAll(async () => {
  const institute = (email: string) =>
    db()
      .selectFrom('app_user as u')
      .innerJoin('institution as i', 'i.id', 'u.institution_id')
      .select(['i.id', 'i.short_name'])
      .where('u.email', '=', email)
      .executeTakeFirstOrThrow();
  irst = await institute(DEMO_ACCOUNTS.officer);
  int = await institute(DEMO_ACCOUNTS.otherOfficer);
  oncopharm = (await db().selectFrom('company').select('id').where('slug', '=', 'oncopharm').executeTakeFirstOrThrow())
    .id;
});

describe('who may export the agreements', () => {
  it('refuses visitors (401), company members and researchers (403)', async () => {
    const nobody = await download(anonymous, '/exports/agreements.csv');
    expect(nobody.status).toBe(401);
    for (const client of [buyer, researcher]) {
      const refused = await download(client, '/exports/agreements.csv');
      expect(refused.status).toBe(403);
      expect(refused.json?.error?.code).toBe('EXPORT_OFFICE_ONLY');
      expect(refused.bytes.includes(BOM)).toBe(false);
    }
  });

  it("gives an officer their institute's agreements only (never the other institute's), an admin every one", async () => {
    const mine = await download(officer, '/exports/agreements.csv?lang=en');
    expect(mine.status).toBe(200);
    const irstCount = await db()
      .selectFrom('agreement')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('institution_id', '=', irst.id)
      .executeTakeFirstOrThrow();
    expect(mine.records).toHaveLength(Number(irstCount.n));
    expect(new Set(mine.records.map((record) => record.Institute))).toEqual(new Set([irst.short_name]));
    const theirs = await download(otherOfficer, '/exports/agreements.csv?lang=en');
    expect(theirs.records.length).toBeGreaterThan(0);
    expect(new Set(theirs.records.map((record) => record.Institute))).toEqual(new Set([int.short_name]));
    const mineIds = new Set(mine.records.map((record) => record.Reference));
    expect(theirs.records.some((record) => mineIds.has(record.Reference!))).toBe(false);
    const all = await download(admin, '/exports/agreements.csv?lang=en');
    expect(all.records).toHaveLength(mine.records.length + theirs.records.length);
  });
});

describe('the agreements file', () => {
  it('holds each agreement’s parties, terms, dates, owner and its payments in euros, never its notes', async () => {
    const file = await download(officer, '/exports/agreements.csv?lang=en');
    expect(file.rows[0]).toEqual([
      'Reference',
      'Title',
      'Type',
      'Status',
      'Institute',
      'Company',
      'Listings',
      'Exclusivity',
      'Field of use',
      'Territory',
      'Signature date',
      'Effective date',
      'Expiry date',
      'Owner',
      'Upfront payment expected (EUR)',
      'Upfront payment received (EUR)',
      'Total expected (EUR)',
      'Total received (EUR)',
    ]);
    const licence = file.records.find((record) => record.Title === 'Exclusive licence: ATR inhibitor prodrug')!;
    const stored = await db()
      .selectFrom('agreement')
      .select([
        'id',
        'notes',
        sql<string>`signature_date::text`.as('signed'),
        sql<string>`effective_date::text`.as('effective'),
        sql<string>`expiry_date::text`.as('expires'),
      ])
      .where('title', '=', licence.Title!)
      .executeTakeFirstOrThrow();
    // The demo licence (db/src/seeds/demo/demo-agreements.ts): an upfront of 150,000 received; a milestone of
    // 250,000 invoiced, one of 500,000 and a fee of 20,000 expected.
    expect(licence).toMatchObject({
      Reference: String(stored.id),
      Type: 'LICENSE',
      Status: 'ACTIVE',
      Company: expect.stringMatching(/^OncoPharm/),
      Listings: 'Tumour-activated prodrug of an ATR inhibitor',
      Exclusivity: 'EXCLUSIVE',
      'Field of use': 'Treatment of solid tumours in humans',
      Territory: 'Worldwide',
      'Signature date': stored.signed,
      'Effective date': stored.effective,
      'Expiry date': stored.expires,
      Owner: expect.any(String),
      'Upfront payment expected (EUR)': '150000.00',
      'Upfront payment received (EUR)': '150000.00',
      'Total expected (EUR)': '920000.00',
      'Total received (EUR)': '150000.00',
    });
    expect(licence.Owner).not.toBe('');
    // A CDA has no payments: empty cells, not zeros.
    const cda = file.records.find((record) => record.Type === 'CDA')!;
    expect(cda['Total expected (EUR)']).toBe('');
    const text = file.bytes.toString('utf8');
    const notes = await db().selectFrom('agreement').select('notes').where('institution_id', '=', irst.id).execute();
    for (const { notes: note } of notes) if (note) expect(text).not.toContain(note);
  });

  it('is headed in Italian, the listings’ titles in Italian where they have them', async () => {
    const file = await download(officer, '/exports/agreements.csv?lang=it');
    expect(file.rows[0]!.slice(0, 4)).toEqual(['Riferimento', 'Titolo', 'Tipo', 'Stato']);
    const licence = file.records.find((record) => record.Titolo === 'Exclusive licence: ATR inhibitor prodrug')!;
    const listing = await db()
      .selectFrom('asset')
      .select(['title', 'title_it'])
      .where('slug', '=', 'irst-atr-inhibitor-prodrug')
      .executeTakeFirstOrThrow();
    expect(licence.Schede).toBe(listing.title_it || listing.title);
  });

  it('keeps commas, quotes and line breaks in their cell and neutralises formulas', async () => {
    const title = '=HYPERLINK("http://evil.example","export-escaping")';
    const field = 'Oncology, "solid" tumours;\nsecond line';
    await sql`insert into agreement (institution_id, company_id, type, title, status, field_of_use, territory,
        created_at, updated_at)
      values (${irst.id}, ${oncopharm}, 'LICENSE', ${title}, 'DRAFTING', ${field}, '@EU', now(), now())`.execute(db());
    const file = await download(officer, '/exports/agreements.csv?lang=en&status=DRAFTING&type=LICENSE');
    const row = file.records.find((record) => record.Title?.includes('export-escaping'))!;
    expect(row.Title).toBe(`'${title}`);
    expect(row['Field of use']).toBe(field);
    expect(row.Territory).toBe("'@EU");
    expect(row['Total expected (EUR)']).toBe('0.00');
    expect(file.bytes.toString('utf8')).toContain(`"${field.replaceAll('"', '""')}"`);
  });
});

describe('the list’s filters', () => {
  it('exports what the agreements list shows with the same status and type, in its order', async () => {
    let nonEmpty = 0;
    for (const [params, filter] of [
      ['status=ACTIVE', { statuses: ['ACTIVE'] }],
      ['type=LICENSE', { types: ['LICENSE'] }],
      ['status=SIGNED,ACTIVE&type=CDA,LICENSE', { statuses: ['SIGNED', 'ACTIVE'], types: ['CDA', 'LICENSE'] }],
      ['status=ABANDONED&type=SERVICE_AGREEMENT', { statuses: ['ABANDONED'], types: ['SERVICE_AGREEMENT'] }],
      ['', {}],
    ] as const) {
      const expected = await listed(officer, filter);
      const exported = await download(officer, `/exports/agreements.csv?lang=en&${params}`);
      expect(exported.status, params).toBe(200);
      expect(
        exported.records.map((record) => record.Reference),
        params,
      ).toEqual(expected);
      if (expected.length) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(3);
  });

  it('refuses a status or type the list does not offer (400) rather than exporting more', async () => {
    for (const params of ['status=PUBLISHED', 'type=LICENCE', 'status=ACTIVE,']) {
      const refused = await download(officer, `/exports/agreements.csv?${params}`);
      expect(refused.status, params).toBe(400);
      expect(refused.json?.error?.code).toBe('EXPORT_FILTER_INVALID');
    }
  });
});

describe('euros', () => {
  it('writes cents as euros with two decimals, exactly', () => {
    expect(euros(0)).toBe('0.00');
    expect(euros(5)).toBe('0.05');
    expect(euros(150_000_00)).toBe('150000.00');
    expect(euros(1_000_000_000_000)).toBe('10000000000.00');
    expect(euros(123_456_789)).toBe('1234567.89');
  });
});

import { sql as kysql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import type { GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { MERGED_COMPANY_REFERENCES, MOVED_COMPANY_REFERENCES } from './company-merge.service.js';

const server = useTestServer();
const clients = useDemoClients(server);
const { admin } = clients;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}
const companyId = async (slug: string) =>
  (await sql<{ id: number }>('select id from company where slug = ?', [slug]))[0]!.id;

const COMPANIES = `query($query: String, $first: Int, $after: String) { companies(query: $query, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name memberCount eoiCount } } } }`;
const MOVE = `mutation($input: MoveCompanyMemberInput!) { moveCompanyMember(input: $input) {
  user { email company { slug } } errors { code field } } }`;
const MERGE = `mutation($input: MergeCompaniesInput!) { mergeCompanies(input: $input) {
  company { slug } errors { code field } } }`;

function category(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  // 130 companies with one name, and one with accents.
  await sql(
    `insert into company (slug, name, country, size, description, partnership_level, created_at)
     select 'bulk-' || n, 'Bulkco ' || lpad(n::text, 3, '0'), 'IT', 'SME', '', 'PROSPECT', now() from generate_series(1, 130) n`,
  );
  await sql(
    `insert into company (slug, name, country, size, description, partnership_level, created_at)
     values ('cafe-societa', 'Café Società Biotech', 'IT', 'SME', '', 'PROSPECT', now())`,
  );
});

describe("the administrator's companies", () => {
  it('pages through every company past 100 rows, with the total, searching by name without case or accents', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GraphQLResponse<{
        companies: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { name: string } }[];
        };
      }> = await admin.gql(COMPANIES, { query: 'bulkco', first: 100, after });
      expect(page.errors).toBeUndefined();
      total = page.data!.companies.totalCount;
      seen.push(...page.data!.companies.edges.map((edge) => edge.node.name));
      after = page.data!.companies.pageInfo.hasNextPage ? page.data!.companies.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(130);
    expect(seen).toHaveLength(130);
    expect(seen[0]).toBe('Bulkco 001');
    expect(seen.at(-1)).toBe('Bulkco 130');

    const all = await admin.gql<{ companies: { totalCount: number } }>(COMPANIES, { first: 1 });
    const [count] = await sql<{ n: string }>('select count(*) as n from company');
    expect(all.data!.companies.totalCount).toBe(Number(count!.n));

    const accents = await admin.gql<{ companies: { edges: { node: { name: string } }[] } }>(COMPANIES, {
      query: 'CAFE SOCIETA',
    });
    expect(accents.data!.companies.edges.map((edge) => edge.node.name)).toEqual(['Café Società Biotech']);
  });

  it('counts members and EoIs', async () => {
    const response = await admin.gql<{ companies: { edges: { node: { memberCount: number; eoiCount: number } }[] } }>(
      COMPANIES,
      { query: 'OncoPharm' },
    );
    const [counts] = await sql<{ members: string; eois: string }>(
      `select (select count(*) from app_user u join company c on c.id = u.company_id where c.slug = 'oncopharm') as members,
              (select count(*) from expression_of_interest e join company c on c.id = e.company_id where c.slug = 'oncopharm') as eois`,
    );
    expect(response.data!.companies.edges[0]!.node).toEqual({
      ...response.data!.companies.edges[0]!.node,
      memberCount: Number(counts!.members),
      eoiCount: Number(counts!.eois),
    });
  });

  it('is for administrators only', async () => {
    for (const name of ['officer', 'otherOfficer', 'researcher', 'buyer', 'anonymous'] as const) {
      const response = await clients[name].gql(COMPANIES, {});
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], name).toContain(category(response));
      const move = await clients[name].gql(MOVE, {
        input: { userId: toGlobalId('User', 1), companyId: toGlobalId('Company', 1) },
      });
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], name).toContain(category(move));
      const merge = await clients[name].gql(MERGE, {
        input: { sourceId: toGlobalId('Company', 1), targetId: toGlobalId('Company', 2) },
      });
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], name).toContain(category(merge));
    }
    // Officers see no member or EoI counts of the directory's companies.
    const counts = await clients.officer.gql<{ partner: { memberCount: number | null; eoiCount: number | null } }>(
      '{ partner(slug: "oncopharm") { memberCount eoiCount } }',
    );
    expect(counts.data!.partner).toEqual({ memberCount: null, eoiCount: null });
  });
});

describe('moving a member', () => {
  it('moves a member to another company; their EoIs stay with the company that sent them; never the last member', async () => {
    const oncopharm = await companyId('oncopharm');
    const medisense = await companyId('medisense');
    const [moved] = await sql<{ id: number }>(
      `insert into app_user (email, name, role, company_id, created_at)
       values ('second@oncopharm.demo', 'Second Member', 'COMPANY_MEMBER', ?, now()) returning id`,
      [oncopharm],
    );
    const [eoi] = await sql<{ id: number }>(
      `update expression_of_interest set submitter_id = ? where id = (
         select id from expression_of_interest where company_id = ? order by id limit 1) returning id`,
      [moved!.id, oncopharm],
    );
    const response = await admin.gql<{ moveCompanyMember: { user: { company: { slug: string } }; errors: unknown[] } }>(
      MOVE,
      { input: { userId: toGlobalId('User', moved!.id), companyId: toGlobalId('Company', medisense) } },
    );
    expect(response.data!.moveCompanyMember.errors).toEqual([]);
    expect(response.data!.moveCompanyMember.user.company.slug).toBe('medisense');
    const [kept] = await sql<{ company_id: number; submitter_id: number }>(
      'select company_id, submitter_id from expression_of_interest where id = ?',
      [eoi!.id],
    );
    expect(kept).toEqual({ company_id: oncopharm, submitter_id: moved!.id });

    const again = await admin.gql<{ moveCompanyMember: { errors: { code: string }[] } }>(MOVE, {
      input: { userId: toGlobalId('User', moved!.id), companyId: toGlobalId('Company', medisense) },
    });
    expect(again.data!.moveCompanyMember.errors.map((error) => error.code)).toEqual(['MEMBER_ALREADY_IN_COMPANY']);

    const [lonely] = await sql<{ id: number }>(
      `insert into company (slug, name, country, size, description, partnership_level, created_at)
       values ('lonely', 'Lonely Ltd', 'IT', 'SME', '', 'PROSPECT', now()) returning id`,
    );
    const [only] = await sql<{ id: number }>(
      `insert into app_user (email, name, role, company_id, created_at)
       values ('only@lonely.demo', 'Only Member', 'COMPANY_MEMBER', ?, now()) returning id`,
      [lonely!.id],
    );
    const last = await admin.gql<{ moveCompanyMember: { errors: { code: string }[] } }>(MOVE, {
      input: { userId: toGlobalId('User', only!.id), companyId: toGlobalId('Company', medisense) },
    });
    expect(last.data!.moveCompanyMember.errors.map((error) => error.code)).toEqual(['MEMBER_MOVE_LAST_MEMBER']);
    const officer = await sql<{ id: number }>(`select id from app_user where email = 'officer.irst@tt.demo'`);
    const notMember = await admin.gql<{ moveCompanyMember: { errors: { code: string }[] } }>(MOVE, {
      input: { userId: toGlobalId('User', officer[0]!.id), companyId: toGlobalId('Company', medisense) },
    });
    expect(notMember.data!.moveCompanyMember.errors.map((error) => error.code)).toEqual(['MEMBER_TO_MOVE_INVALID']);
  });
});

describe('merging duplicates', () => {
  it('handles every foreign key to a company', async () => {
    const { rows } = await kysql<{ source: string; column: string }>`
      select s.relname as source, a.attname as column
      from pg_constraint c
        join pg_class t on t.oid = c.confrelid join pg_class s on s.oid = c.conrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and t.relname = 'company' and t.relnamespace = 'public'::regnamespace`.execute(
      server.orm.em.fork().getKysely(),
    );
    const handled = [...MOVED_COMPANY_REFERENCES, ...MERGED_COMPANY_REFERENCES].map(
      ([table, column]) => `${table}.${column}`,
    );
    expect(rows.map((row) => `${row.source}.${row.column}`).filter((key) => !handled.includes(key))).toEqual([]);
  });

  it('moves every member, EoI, agreement, request and partner record of the duplicate, then deletes it', async () => {
    const target = await companyId('oncopharm');
    const source = await companyId('medisense');
    const count = async (table: string, id: number) =>
      Number((await sql<{ n: string }>(`select count(*) as n from ${table} where company_id = ?`, [id]))[0]!.n);
    const tables = ['app_user', 'expression_of_interest', 'agreement', 'technology_request', 'listing_feedback'];
    const before = Object.fromEntries(
      await Promise.all(
        tables.map(async (table) => [table, (await count(table, target)) + (await count(table, source))]),
      ),
    );
    expect(before.expression_of_interest).toBeGreaterThan(0);
    const ids = async (table: string) =>
      (
        await sql<{ id: number }>(`select id from ${table} where company_id in (?, ?) order by id`, [target, source])
      ).map((row) => row.id);
    const eoiIds = await ids('expression_of_interest');
    const agreementIds = await ids('agreement');
    const memberIds = await ids('app_user');
    // Both institutes keep a record of OncoPharm; IRST one of MediSense too: its contacts join OncoPharm's record.
    const [records] = await sql<{ n: string; contacts: string }>(
      `select count(distinct r.institution_id) as n, count(x.id) as contacts from partner_relationship r
       left join partner_contact x on x.relationship_id = r.id where r.company_id in (?, ?)`,
      [target, source],
    );

    // A clash of open EoIs on one listing is refused, with nothing changed.
    const [clash] = await sql<{ asset_id: number; id: number }>(
      `select asset_id, id from expression_of_interest where company_id = ? and status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION') limit 1`,
      [target],
    );
    if (clash) {
      const [other] = await sql<{ id: number; status: string }>(
        `select id, status from expression_of_interest where company_id = ? and status not in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION') and asset_id <> ? limit 1`,
        [source, clash.asset_id],
      );
      if (other) {
        const [previous] = await sql<{ asset_id: number }>('select asset_id from expression_of_interest where id = ?', [
          other.id,
        ]);
        await sql(`update expression_of_interest set asset_id = ?, status = 'SUBMITTED' where id = ?`, [
          clash.asset_id,
          other.id,
        ]);
        const refused = await admin.gql<{ mergeCompanies: { errors: { code: string }[] } }>(MERGE, {
          input: { sourceId: toGlobalId('Company', source), targetId: toGlobalId('Company', target) },
        });
        expect(refused.data!.mergeCompanies.errors.map((error) => error.code)).toEqual([
          'COMPANY_MERGE_OPEN_EOI_CONFLICT',
        ]);
        await sql('update expression_of_interest set asset_id = ?, status = ? where id = ?', [
          previous!.asset_id,
          other.status,
          other.id,
        ]);
      }
    }

    // The demo data may hold such clashes already (both companies request the same services): the duplicate's side
    // of each is withdrawn first, as an admin would have it done before merging.
    await sql(
      `update expression_of_interest s set status = 'WITHDRAWN' where s.company_id = ?
         and s.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION')
         and exists (select 1 from expression_of_interest t where t.company_id = ? and t.asset_id = s.asset_id
           and t.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))`,
      [source, target],
    );
    const same = await admin.gql<{ mergeCompanies: { errors: { code: string }[] } }>(MERGE, {
      input: { sourceId: toGlobalId('Company', target), targetId: toGlobalId('Company', target) },
    });
    expect(same.data!.mergeCompanies.errors.map((error) => error.code)).toEqual(['COMPANY_MERGE_SAME']);

    const merged = await admin.gql<{ mergeCompanies: { company: { slug: string }; errors: unknown[] } }>(MERGE, {
      input: { sourceId: toGlobalId('Company', source), targetId: toGlobalId('Company', target) },
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeCompanies).toEqual({ company: { slug: 'oncopharm' }, errors: [] });

    for (const table of tables) expect(await count(table, target), table).toBe(before[table]);
    expect(await count('expression_of_interest', source)).toBe(0);
    expect(await ids('expression_of_interest')).toEqual(eoiIds);
    expect(await ids('agreement')).toEqual(agreementIds);
    expect(await ids('app_user')).toEqual(memberIds);
    expect(await sql('select id from company where id = ?', [source])).toEqual([]);
    const [after] = await sql<{ n: string; records: string; contacts: string }>(
      `select count(distinct r.institution_id) as n, count(distinct r.id) as records, count(x.id) as contacts
       from partner_relationship r left join partner_contact x on x.relationship_id = r.id where r.company_id = ?`,
      [target],
    );
    expect(Number(after!.n)).toBe(Number(records!.n));
    expect(Number(after!.records)).toBe(Number(records!.n));
    expect(Number(after!.contacts)).toBe(Number(records!.contacts));
  });
});

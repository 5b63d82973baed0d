import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  executor,
  expectReasonsHold,
  insertRequest,
  REASON_FIELDS,
  type ReasonView,
} from '../../test-support/matchmaking-fixtures.js';
import { countStatements, installSqlCounter, recordStatements } from '../../test-support/sql-counter.js';
import type { GraphQLResponse, TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// "Companies to approach" on a listing, for the office of its institute only: companies ranked by their sectors,
// interests, open requests, TRL range and their interest in related listings of the institute, each reason true
// of the data; none with an open EoI on it. "Invite to look" e-mails a company's members, each in their language,
// at most once in 30 days per company and listing, and 20 companies an hour per officer.

const server = useTestServer();
const clients = useDemoClients(server);
const { officer, otherOfficer, admin, researcher, otherResearcher, buyer, otherBuyer, anonymous } = clients;
const execute = executor(server);

const TO_APPROACH = `query($assetId: ID!, $first: Int) { companiesToApproach(assetId: $assetId, first: $first) {
  score invitedAt company { id slug name country sectors { slug } } reasons { ${REASON_FIELDS} } } }`;
const INVITE = `mutation($input: InviteCompanyToLookInput!) { inviteCompanyToLook(input: $input) {
  invitation { invitedAt recipientCount } errors { field code params } } }`;

interface ToApproach {
  score: number;
  invitedAt: string | null;
  company: { id: string; slug: string; name: string; sectors?: { slug: string }[] };
  reasons: ReasonView[];
}

let irst: number;
let listing: { id: number; globalId: string };
let request: { slug: string };

async function toApproach(client: TestClient = officer, assetId = listing.globalId, first = 50): Promise<ToApproach[]> {
  const response = await client.gql<{ companiesToApproach: ToApproach[] }>(TO_APPROACH, { assetId, first });
  expect(response.errors).toBeUndefined();
  return response.data!.companiesToApproach;
}

const companyId = async (slug: string) =>
  (await execute<{ id: number }>(`select id from company where slug = ?`, [slug]))[0]!.id;

beforeAll(async () => {
  irst = (await execute<{ id: number }>(`select id from institution where slug = 'irst'`))[0]!.id;
  const [row] = await execute<{ id: number }>(
    `select id from asset where slug = 'irst-voxel-dosimetry-radioligand-therapy' and status = 'PUBLISHED'`,
  );
  listing = { id: row!.id, globalId: toGlobalId('Asset', row!.id) };
  request = await insertRequest(execute, {
    company: 'medisense',
    title: 'Dosimetry software for radioligand therapy',
    sectors: ['dosimetry'],
    trl: [6, 9],
  });
  await insertRequest(execute, { company: 'genomica-italia', title: 'Radioligand dosimetry', status: 'CLOSED' });
  await execute(`update company set trl_min = 5, trl_max = 8 where slug = 'radiant-medical'`);
});

describe('companies to approach', () => {
  it('ranks companies, best first, each with reasons that hold', async () => {
    const list = await toApproach();
    expect(list.length).toBeGreaterThan(5);
    for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
    for (const item of list) {
      await expectReasonsHold(execute, {
        companyId: await companyId(item.company.slug),
        assetId: listing.id,
        reasons: item.reasons,
        interestInstitution: irst,
      });
    }
    const kinds = new Set(list.flatMap((item) => item.reasons.map((reason) => reason.kind)));
    for (const kind of ['REQUEST', 'SECTOR', 'INTEREST', 'TRL_RANGE']) expect(kinds).toContain(kind);
    const medisense = list.find((item) => item.company.slug === 'medisense');
    expect(medisense?.reasons.find((reason) => reason.kind === 'REQUEST')?.requestSlug).toBe(request.slug);
  });

  // Such a company scores 4 at most: the ranking reads the companies found by their interests only when the others
  // are not enough, as here (few companies).
  it("finds a company by its interests alone, sharing none of the listing's sectors", async () => {
    const [company] = await execute<{ id: number; slug: string; interests: string[]; language: string }>(
      `select c.id, c.slug, c.interests, c.interests_language as language from company c where c.listed
         and not exists (select 1 from company_sector x join asset_search s on x.sector_id = any(s.sector_ids)
           where x.company_id = c.id and s.asset_id = ?)
         and not exists (select 1 from expression_of_interest e where e.company_id = c.id)
         and not exists (select 1 from technology_request r where r.company_id = c.id)
       order by c.slug limit 1`,
      [listing.id],
    );
    expect(company, 'a listed company sharing no sector with the listing').toBeDefined();
    const interests = (terms: string[], language = 'en') =>
      execute(
        `update company set interests = array(select jsonb_array_elements_text(?::jsonb)),
           interests_language = ?::app_language where id = ?`,
        [JSON.stringify(terms), language, company!.id],
      );
    try {
      await interests(['maritime logistics']);
      expect((await toApproach()).map((item) => item.company.slug)).not.toContain(company!.slug);
      await interests(['radioligand dosimetry']);
      const found = (await toApproach()).find((item) => item.company.slug === company!.slug);
      expect(found?.reasons.map((reason) => reason.kind)).toContain('INTEREST');
      expect(found?.reasons.map((reason) => reason.kind)).not.toContain('SECTOR');
      await expectReasonsHold(execute, {
        companyId: company!.id,
        assetId: listing.id,
        reasons: found!.reasons,
        interestInstitution: irst,
      });
    } finally {
      await interests(company!.interests, company!.language);
    }
  });

  it("explains a company by its interest in the institute's related listings, never another institute's", async () => {
    // Every IRST and INT listing's companies: any listing cited is of the office's own institute.
    const listings = await execute<{ id: number; institution_id: number }>(
      `select id, institution_id from asset where status = 'PUBLISHED' order by id`,
    );
    let similar = 0;
    for (const { id, institution_id } of listings) {
      const client = institution_id === irst ? officer : otherOfficer;
      for (const item of await toApproach(client, toGlobalId('Asset', id), 20)) {
        const cited = item.reasons.filter((reason) => reason.kind === 'SIMILAR_TO_INTEREST');
        similar += cited.length;
        if (cited.length === 0) continue;
        await expectReasonsHold(execute, {
          companyId: await companyId(item.company.slug),
          assetId: id,
          reasons: cited,
          interestInstitution: institution_id,
        });
      }
    }
    expect(similar).toBeGreaterThan(0);
  });

  it('leaves out companies with an open EoI on the listing, or that dismissed it', async () => {
    const before = (await toApproach()).map((item) => item.company.slug);
    expect(before).toContain('isotopica');
    await execute(
      `insert into recommendation_dismissal (company_id, asset_id, created_at) select id, ?, now() from company where slug = 'isotopica'`,
      [listing.id],
    );
    const submitted = await buyer.gql<{ submitExpressionOfInterest: { errors: unknown[] } }>(
      `mutation($input: SubmitExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { errors { code } } }`,
      {
        input: {
          assetId: listing.globalId,
          interestType: 'LICENSE',
          message: 'We would like to discuss a licence for this dosimetry workflow in our radioligand programme.',
          idempotencyKey: 'companies-to-approach-1',
        },
      },
    );
    expect(submitted.data?.submitExpressionOfInterest.errors).toEqual([]);
    const after = (await toApproach()).map((item) => item.company.slug);
    expect(after).not.toContain('isotopica');
    expect(after).not.toContain('oncopharm');
    const open = await execute<{ slug: string }>(
      `select c.slug from expression_of_interest e join company c on c.id = e.company_id
       where e.asset_id = ? and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION')`,
      [listing.id],
    );
    for (const { slug } of open) expect(after).not.toContain(slug);
  });

  it('names only companies the office may know of: listed, with an open request or an EoI with the institute', async () => {
    // A company of the list without an EoI on an IRST listing nor an open request, taken out of the directory:
    // hidden from IRST's office.
    const [hidden] = await execute<{ slug: string }>(
      `select c.slug from company c where c.slug in (?) and c.listed
         and not exists (select 1 from expression_of_interest e join asset a on a.id = e.asset_id
           where e.company_id = c.id and a.institution_id = ?)
         and not exists (select 1 from technology_request r where r.company_id = c.id and r.status = 'OPEN')
       order by c.slug limit 1`,
      [(await toApproach()).map((item) => item.company.slug), irst],
    );
    expect(hidden, 'a company to take out of the directory').toBeDefined();
    await execute(`update company set listed = false where slug = ?`, [hidden!.slug]);
    expect((await toApproach()).map((item) => item.company.slug)).not.toContain(hidden!.slug);
    // Administrators run the network: they see every company.
    expect((await toApproach(admin)).map((item) => item.company.slug)).toContain(hidden!.slug);
    // With an open request, which the offices read, the company may be approached.
    await insertRequest(execute, { company: hidden!.slug, title: 'Dosimetry for radioligand therapy trials' });
    expect((await toApproach()).map((item) => item.company.slug)).toContain(hidden!.slug);
    await execute(`update company set listed = true where slug = ?`, [hidden!.slug]);
  });

  // The companies found by the listing's sectors alone, sharing one, score 4 at most: the ranking leaves them unscored
  // when enough others score more. Whatever the number asked, the list is the start of the longer one.
  it('gives the first companies of the longer list, whatever the number asked', async () => {
    const listings = await execute<{ id: number; institution_id: number }>(
      `select id, institution_id from asset where status = 'PUBLISHED' order by id limit 40`,
    );
    const ranking = (assetId: number, institutionId: number | null, limit: number) =>
      execute<{ company_id: number; score: number }>(`select company_id, score from companies_to_approach(?, ?, ?)`, [
        assetId,
        institutionId,
        limit,
      ]);
    let skipped = 0;
    for (const { id, institution_id } of listings) {
      for (const institution of [institution_id, null]) {
        const all = await ranking(id, institution, 50);
        for (const limit of [1, 3, 5]) {
          const first = await ranking(id, institution, limit);
          expect(first).toEqual(all.slice(0, limit));
          if (first.length === limit && first.every((row) => row.score > 4)) skipped++;
        }
      }
    }
    // Some of these took the short way (the strong companies alone), the rest the whole one.
    expect(skipped).toBeGreaterThan(0);
  });

  it('is nothing for a listing that is not published', async () => {
    const [draft] = await execute<{ id: number }>(
      `select id from asset where status <> 'PUBLISHED' and institution_id = ? limit 1`,
      [irst],
    );
    expect(await toApproach(officer, toGlobalId('Asset', draft!.id))).toEqual([]);
  });
});

describe('who may see them', () => {
  const category = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.category;
  it("the listing's office and admins; other offices, researchers and companies are refused", async () => {
    expect((await toApproach(admin)).length).toBeGreaterThan(0);
    expect(category(await anonymous.gql(TO_APPROACH, { assetId: listing.globalId }))).toBe('UNAUTHENTICATED');
    for (const client of [otherOfficer, researcher, otherResearcher, buyer, otherBuyer]) {
      const response = await client.gql(TO_APPROACH, { assetId: listing.globalId });
      expect(category(response)).toBe('FORBIDDEN');
      expect(response.data?.companiesToApproach ?? null).toBeNull();
      const invited = await client.gql(INVITE, {
        input: { assetId: listing.globalId, companyId: toGlobalId('Company', await companyId('medisense')) },
      });
      expect(category(invited)).toBe('FORBIDDEN');
    }
  });
});

describe('inviting a company to look', () => {
  it("e-mails each of the company's members in their language, once in 30 days", async () => {
    const medisense = await companyId('medisense');
    await execute(`update app_user set language = 'it' where email = 'buyer@medisense.demo'`);
    await execute(
      `insert into app_user (email, name, role, company_id, language, created_at)
       values ('second.member@medisense.demo', 'Luca Neri', 'COMPANY_MEMBER', ?, 'en', now())`,
      [medisense],
    );
    const input = {
      assetId: listing.globalId,
      companyId: toGlobalId('Company', medisense),
      message: 'This matches the dosimetry request you published.',
    };
    const sent = await officer.gql<{
      inviteCompanyToLook: { invitation: { recipientCount: number; invitedAt: string } };
    }>(INVITE, { input });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.inviteCompanyToLook.invitation.recipientCount).toBe(2);
    const mails = await execute<{ recipient: string; language: string; data: Record<string, string> }>(
      `select recipient, language, data from outbox_message where template = 'listing-invitation' order by id`,
    );
    expect(mails.map((mail) => [mail.recipient, mail.language])).toEqual([
      ['buyer@medisense.demo', 'it'],
      ['second.member@medisense.demo', 'en'],
    ]);
    const [slug] = await execute<{ slug: string }>(`select slug from asset where id = ?`, [listing.id]);
    expect(mails[0]!.data.listingUrl).toBe(`${server.url}/it/assets/${slug!.slug}`);
    expect(mails[1]!.data.listingUrl).toBe(`${server.url}/assets/${slug!.slug}`);
    expect(mails[0]!.data.note).toBe(input.message);
    const shown = (await toApproach()).find((item) => item.company.slug === 'medisense');
    expect(shown?.invitedAt).toBe(sent.data!.inviteCompanyToLook.invitation.invitedAt);

    // Again, by the same office or another person of it: refused, nothing sent.
    for (const client of [officer, admin]) {
      const again = await client.gql<{ inviteCompanyToLook: { errors: unknown[] } }>(INVITE, { input });
      expect(again.data?.inviteCompanyToLook.errors).toEqual([
        { field: 'companyId', code: 'ALREADY_INVITED_TO_LOOK', params: { days: 30 } },
      ]);
    }
    expect((await execute(`select 1 from outbox_message where template = 'listing-invitation'`)).length).toBe(2);
    // Thirty days later, it may be invited again.
    await execute(`update listing_invitation set created_at = created_at - interval '31 days'`);
    const later = await officer.gql<{ inviteCompanyToLook: { errors: unknown[] } }>(INVITE, { input });
    expect(later.data?.inviteCompanyToLook.errors).toEqual([]);
  });

  it('refuses a listing that is not published, a company without members, a note too long', async () => {
    const [draft] = await execute<{ id: number }>(
      `select id from asset where status <> 'PUBLISHED' and institution_id = ? limit 1`,
      [irst],
    );
    const [lonely] = await execute<{ id: number }>(
      `select c.id from company c where not exists (select 1 from app_user u where u.company_id = c.id) limit 1`,
    );
    const cases: [Record<string, unknown>, unknown][] = [
      [
        { assetId: toGlobalId('Asset', draft!.id), companyId: toGlobalId('Company', lonely!.id) },
        { field: 'assetId', code: 'LISTING_NOT_PUBLISHED' },
      ],
      [
        { assetId: listing.globalId, companyId: toGlobalId('Company', lonely!.id) },
        { field: 'companyId', code: 'COMPANY_HAS_NO_MEMBERS' },
      ],
      [
        { assetId: listing.globalId, companyId: toGlobalId('Company', lonely!.id), message: 'x'.repeat(1001) },
        { field: 'message', code: 'TEXT_TOO_LONG' },
      ],
    ];
    for (const [input, error] of cases) {
      const response = await officer.gql<{ inviteCompanyToLook: { errors: { field: string; code: string }[] } }>(
        INVITE,
        { input },
      );
      expect(response.data?.inviteCompanyToLook.errors.map(({ field, code }) => ({ field, code }))).toEqual([error]);
    }
  });

  it('lets an officer invite 20 companies an hour', async () => {
    await execute(`delete from rate_limit where key like 'look_invitations_per_officer:%'`);
    // A member for every company, so that each can be invited.
    await execute(
      `insert into app_user (email, name, role, company_id, created_at)
       select 'member@' || c.slug || '.rate.test', 'Member of ' || c.name, 'COMPANY_MEMBER', c.id, now() from company c`,
    );
    const [other] = await execute<{ id: number }>(
      `select id from asset where status = 'PUBLISHED' and institution_id = ? and id <> ? order by id limit 1`,
      [irst, listing.id],
    );
    const companies = await execute<{ id: number }>(`select id from company order by id limit 21`);
    const outcomes: string[] = [];
    for (const company of companies) {
      const response = await officer.gql<{ inviteCompanyToLook: { errors: { code: string }[] } }>(INVITE, {
        input: { assetId: toGlobalId('Asset', other!.id), companyId: toGlobalId('Company', company.id) },
      });
      outcomes.push(
        (response.errors?.[0]?.extensions?.code as string | undefined) ??
          response.data?.inviteCompanyToLook.errors[0]?.code ??
          'SENT',
      );
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill('SENT'));
    expect(outcomes[20]).toBe('TOO_MANY_LOOK_INVITATIONS');
  });
});

describe('statements', () => {
  it('the session, the listing and the ranking, whatever the number of companies', async () => {
    installSqlCounter();
    await toApproach(officer, listing.globalId, 2);
    const counts: number[] = [];
    for (const first of [20, 3]) counts.push(await countStatements(() => toApproach(officer, listing.globalId, first)));
    console.log(`companies to approach: 20 → ${counts[0]}, 3 → ${counts[1]}`);
    expect(counts).toEqual([3, 3]);
  });

  it("the same statements and ranking without the companies' sectors, which are then not read", async () => {
    installSqlCounter();
    const withSectors = await toApproach(officer, listing.globalId, 20);
    const WITHOUT_SECTORS = TO_APPROACH.replace(' sectors { slug }', '');
    expect(WITHOUT_SECTORS).not.toBe(TO_APPROACH);
    let answer: { companiesToApproach: ToApproach[] } | undefined;
    const sent = await recordStatements(async () => {
      const response = await officer.gql<{ companiesToApproach: ToApproach[] }>(WITHOUT_SECTORS, {
        assetId: listing.globalId,
        first: 20,
      });
      expect(response.errors).toBeUndefined();
      answer = response.data;
    });
    expect(sent).toHaveLength(3);
    expect(sent.filter((statement) => statement.text.includes('company_sector'))).toEqual([]);
    // With the sectors asked for, the ranking's statement reads them.
    const asked = await recordStatements(() => toApproach(officer, listing.globalId, 20));
    expect(asked).toHaveLength(3);
    expect(asked.filter((statement) => statement.text.includes('company_sector'))).toHaveLength(1);
    const { companiesToApproach } = answer!;
    expect(companiesToApproach.length).toBeGreaterThan(1);
    expect(companiesToApproach).toEqual(
      withSectors.map(({ company: { sectors: _sectors, ...company }, ...rest }) => ({ ...rest, company })),
    );
  });
});

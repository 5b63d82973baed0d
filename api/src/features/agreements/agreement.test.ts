import { AgreementStatus, allowedAgreementTransitions, canTransitionAgreement } from '@tt/shared/agreement-rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { type DemoAccount, useDemoClients } from '../../test-support/demo-accounts.js';
import { countStatements, installSqlCounter } from '../../test-support/sql-counter.js';
import type { GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const clients = useDemoClients(server);
const { officer, otherOfficer, buyer, otherBuyer, researcher } = clients;

/** Every role the rules tell apart, as the demo accounts play them against an IRST agreement with OncoPharm. */
const ROLES: (DemoAccount | 'anonymous')[] = [
  'officer',
  'admin',
  'otherOfficer',
  'buyer',
  'otherBuyer',
  'researcher',
  'otherResearcher',
  'anonymous',
];

const FULL = /* GraphQL */ `
  id type status title notes exclusivity fieldOfUse territory signatureDate effectiveDate expiryDate
  termsSharedWithInventors royaltyRateBasisPoints royaltyReportingPeriod closesExpressionOfInterest
  allowedTransitions viewerCanEdit
  institution { id } company { id name } owner { name } expressionOfInterest { id }
  listings { id } milestones { id kind amountCents status receivedAmountCents } attachments { id fileName }
`;

const CREATE = /* GraphQL */ `
  mutation($input: CreateAgreementInput!) {
    createAgreement(input: $input) { agreement { ${FULL} } errors { code field } }
  }
`;
const TRANSITION = /* GraphQL */ `
  mutation($input: TransitionAgreementInput!) {
    transitionAgreement(input: $input) { agreement { id status signatureDate } errors { code field params } }
  }
`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Agreement { ${FULL} } } }`;

let listingId: string;
let listingDbId: number;
let eoiId: string;
let oncopharmId: string;

function category(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

/** An IRST agreement with OncoPharm on the fixture listing, made from the EoI, in `status` (set directly). */
async function agreementIn(status: AgreementStatus, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await officer.gql<{ createAgreement: { agreement: { id: string } | null; errors: unknown[] } }>(
    CREATE,
    { input: { fromEoiId: eoiId, title: `Licence in ${status}`, ...extra } },
  );
  expect(created.data?.createAgreement.errors).toEqual([]);
  const id = created.data!.createAgreement.agreement!.id;
  const dbId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
  await sql(
    `update agreement set status = ?, signature_date = '2026-01-10', effective_date = '2026-02-01',
     expiry_date = case when ? in ('EXPIRED') then date '2026-03-01' else date '2030-01-01' end where id = ?`,
    [status, status, dbId],
  );
  return id;
}

beforeAll(async () => {
  installSqlCounter();
  const [listing] = await sql<{ id: number }>(
    `select a.id from asset a join asset_inventor x on x.asset_id = a.id join inventor i on i.id = x.inventor_id
     join app_user u on u.id = i.user_id join institution t on t.id = a.institution_id
     where u.email = 'researcher.irst@tt.demo' and a.status = 'PUBLISHED' and t.slug = 'irst'
       and not exists (select 1 from expression_of_interest e where e.asset_id = a.id)
     order by a.id limit 1`,
  );
  listingDbId = listing!.id;
  listingId = toGlobalId('Asset', listingDbId);
  const [company] = await sql<{ id: number }>(`select id from company where slug = 'oncopharm'`);
  oncopharmId = toGlobalId('Company', company!.id);
  const submitted = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
    `mutation($assetId: ID!) { submitExpressionOfInterest(input: { assetId: $assetId, interestType: LICENSE,
      message: "We would like to license this for our oncology pipeline.", idempotencyKey: "agreements" }) {
      expressionOfInterest { id } errors { code } } }`,
    { assetId: listingId },
  );
  eoiId = submitted.data!.submitExpressionOfInterest.expressionOfInterest.id;
  for (const to of ['IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION']) {
    await officer.gql(
      'mutation($id: ID!, $to: EoiStatus!) { transitionExpressionOfInterest(input: { id: $id, to: $to }) { errors { code } } }',
      { id: eoiId, to },
    );
  }
});

describe('recording an agreement', () => {
  it('from an EoI in negotiation: its company, listing and a licence (its interest type) come along', async () => {
    const response = await officer.gql<{ createAgreement: { agreement: Record<string, unknown> } }>(CREATE, {
      input: { fromEoiId: eoiId, title: 'Exclusive licence, oncology', exclusivity: 'EXCLUSIVE' },
    });
    expect(response.data?.createAgreement.agreement).toMatchObject({
      type: 'LICENSE',
      status: 'DRAFTING',
      exclusivity: 'EXCLUSIVE',
      company: { id: oncopharmId },
      listings: [{ id: listingId }],
      owner: { name: expect.any(String) },
      expressionOfInterest: { id: eoiId },
      allowedTransitions: ['UNDER_NEGOTIATION', 'SIGNED', 'ABANDONED'],
      viewerCanEdit: true,
    });
  });

  it('on its own, naming the company; the rules of shared/agreement-rules.ts are the user errors', async () => {
    const ok = await officer.gql<{ createAgreement: { agreement: { type: string; company: { id: string } } } }>(
      CREATE,
      { input: { companyId: oncopharmId, type: 'CDA', title: 'Mutual CDA', listingIds: [listingId] } },
    );
    expect(ok.data?.createAgreement.agreement).toMatchObject({ type: 'CDA', company: { id: oncopharmId } });
    const bad = await officer.gql<{ createAgreement: { errors: { code: string; field: string }[] } }>(CREATE, {
      input: { companyId: oncopharmId, type: 'CDA', title: 'x', exclusivity: 'SOLE', royaltyRateBasisPoints: 300 },
    });
    expect(bad.data?.createAgreement.errors.map((error) => error.code).sort()).toEqual([
      'AGREEMENT_FINANCIAL_TERMS_ONLY',
      'AGREEMENT_LICENSE_TERMS_ONLY',
      'TITLE_TOO_SHORT',
    ]);
    const otherInstitute = await sql<{ id: number }>(
      `select a.id from asset a join institution t on t.id = a.institution_id where t.slug = 'int' limit 1`,
    );
    const foreign = await officer.gql<{ createAgreement: { errors: { code: string }[] } }>(CREATE, {
      input: {
        companyId: oncopharmId,
        type: 'MTA',
        title: 'Samples',
        listingIds: [toGlobalId('Asset', otherInstitute[0]!.id)],
      },
    });
    expect(foreign.data?.createAgreement.errors).toEqual([{ code: 'AGREEMENT_LISTING_INVALID', field: 'listingIds' }]);
  });

  it('is the office’s alone: the other institute, companies, researchers and visitors are refused', async () => {
    const input = { fromEoiId: eoiId, title: 'Not theirs to record' };
    const outcomes: Record<string, string | undefined> = {};
    for (const role of ROLES) {
      const response = await clients[role].gql<{ createAgreement: { agreement: { id: string } | null } }>(CREATE, {
        input,
      });
      outcomes[role] = response.data?.createAgreement?.agreement ? 'allowed' : category(response);
    }
    expect(outcomes).toEqual({
      officer: 'allowed',
      admin: 'allowed',
      otherOfficer: 'FORBIDDEN',
      buyer: 'FORBIDDEN',
      otherBuyer: 'FORBIDDEN',
      researcher: 'FORBIDDEN',
      otherResearcher: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
    });
  });

  it('not from an EoI just submitted, nor declined: only from review to agreed', async () => {
    await sql(`update expression_of_interest set status = 'SUBMITTED' where id = ?`, [
      Number(Buffer.from(eoiId, 'base64url').toString().split(':')[1]),
    ]);
    const response = await officer.gql<{ createAgreement: { errors: { code: string }[] } }>(CREATE, {
      input: { fromEoiId: eoiId, title: 'Too early' },
    });
    await sql(`update expression_of_interest set status = 'NEGOTIATION' where id = ?`, [
      Number(Buffer.from(eoiId, 'base64url').toString().split(':')[1]),
    ]);
    expect(response.data?.createAgreement.errors.map((error) => error.code)).toEqual(['AGREEMENT_EOI_INVALID']);
  });
});

describe('the workflow', () => {
  const statuses = Object.values(AgreementStatus);

  it('every move of shared/agreement-rules.ts is allowed to the office, every other refused', async () => {
    const seen: string[] = [];
    const expected: string[] = [];
    for (const from of statuses) {
      for (const to of statuses) {
        if (from === to) continue;
        const id = await agreementIn(from);
        // Dates given with the move, so that only the workflow can refuse it.
        const response = await officer.gql<{
          transitionAgreement: { agreement: { status: string } | null; errors: { code: string }[] };
        }>(TRANSITION, { input: { id, to, signatureDate: '2026-01-10', effectiveDate: '2026-02-01' } });
        const result = response.data!.transitionAgreement;
        const outcome = result.agreement
          ? `${from}->${result.agreement.status}`
          : `${from}-x->${to} ${result.errors.map((error) => error.code).join()}`;
        seen.push(outcome);
        expected.push(
          canTransitionAgreement(from, to) ? `${from}->${to}` : `${from}-x->${to} AGREEMENT_TRANSITION_NOT_ALLOWED`,
        );
      }
    }
    // ACTIVE → EXPIRED needs an expiry date that has come: agreementIn gives ACTIVE ones one in 2030.
    const activeToExpired = expected.indexOf('ACTIVE->EXPIRED');
    expected[activeToExpired] = 'ACTIVE-x->EXPIRED AGREEMENT_NOT_YET_EXPIRED';
    expect(seen).toEqual(expected);
    expect(allowedAgreementTransitions(AgreementStatus.EXPIRED)).toEqual([]);
  });

  it('a signature needs its date, an activation its effective date, an expiry a date that has come', async () => {
    const id = await agreementIn(AgreementStatus.DRAFTING);
    await sql(`update agreement set signature_date = null, effective_date = null, expiry_date = null where id = ?`, [
      Number(Buffer.from(id, 'base64url').toString().split(':')[1]),
    ]);
    const move = async (input: Record<string, unknown>) =>
      (
        await officer.gql<{ transitionAgreement: { errors: { code: string }[] } }>(TRANSITION, {
          input: { id, ...input },
        })
      ).data!.transitionAgreement.errors.map((error) => error.code);
    expect(await move({ to: 'SIGNED' })).toEqual(['AGREEMENT_SIGNATURE_DATE_REQUIRED']);
    expect(await move({ to: 'SIGNED', signatureDate: '2026-13-40' })).toEqual(['DATE_INVALID']);
    expect(await move({ to: 'SIGNED', signatureDate: '2026-05-04' })).toEqual([]);
    expect(await move({ to: 'ACTIVE' })).toEqual(['AGREEMENT_EFFECTIVE_DATE_REQUIRED']);
    expect(await move({ to: 'ACTIVE', effectiveDate: '2026-06-01', expiryDate: '2026-05-01' })).toEqual([
      'AGREEMENT_EXPIRY_BEFORE_EFFECTIVE',
    ]);
    expect(await move({ to: 'ACTIVE', effectiveDate: '2026-06-01' })).toEqual([]);
    expect(await move({ to: 'EXPIRED' })).toEqual(['AGREEMENT_EXPIRY_DATE_REQUIRED']);
  });

  it('moves only for the office of its institute: every other role is refused, an allowed move or not', async () => {
    const outcomes: Record<string, string[]> = {};
    for (const role of ROLES) {
      outcomes[role] = [];
      for (const to of ['UNDER_NEGOTIATION', 'ACTIVE']) {
        const id = await agreementIn(AgreementStatus.DRAFTING);
        const response = await clients[role].gql<{
          transitionAgreement: { agreement: { status: string } | null; errors: { code: string }[] };
        }>(TRANSITION, { input: { id, to } });
        const result = response.data?.transitionAgreement;
        outcomes[role].push(
          result?.agreement?.status ??
            result?.errors.map((error) => error.code).join() ??
            `${category(response)} ${response.errors?.[0]?.extensions?.code}`,
        );
      }
    }
    const office = ['UNDER_NEGOTIATION', 'AGREEMENT_TRANSITION_NOT_ALLOWED'];
    // The company of its EoI and its inventors know it exists: office-only; everyone else: as if it did not exist.
    const seesIt = ['FORBIDDEN AGREEMENTS_OFFICE_ONLY', 'FORBIDDEN AGREEMENTS_OFFICE_ONLY'];
    const notVisible = ['FORBIDDEN AGREEMENT_NOT_VISIBLE', 'FORBIDDEN AGREEMENT_NOT_VISIBLE'];
    expect(outcomes).toEqual({
      officer: office,
      admin: office,
      otherOfficer: notVisible,
      buyer: seesIt,
      otherBuyer: notVisible,
      researcher: seesIt,
      otherResearcher: notVisible,
      anonymous: ['UNAUTHENTICATED UNAUTHENTICATED', 'UNAUTHENTICATED UNAUTHENTICATED'],
    });
  });
});

describe('what each side reads', () => {
  let id: string;
  let milestoneId: string;

  beforeAll(async () => {
    id = await agreementIn(AgreementStatus.ACTIVE, {
      notes: 'Walk-away: 4 % royalty.',
      royaltyRateBasisPoints: 450,
      royaltyReportingPeriod: 'SEMI_ANNUAL',
    });
    const added = await officer.gql<{ addAgreementMilestone: { agreement: { milestones: { id: string }[] } } }>(
      `mutation($input: AddAgreementMilestoneInput!) { addAgreementMilestone(input: $input) {
        agreement { milestones { id } } errors { code field } } }`,
      {
        input: {
          agreementId: id,
          kind: 'UPFRONT',
          event: 'On signature',
          dueDate: '2026-02-15',
          amountCents: 5_000_000_00,
          status: 'RECEIVED',
          receivedAmountCents: 5_000_000_00,
          receivedOn: '2026-02-20',
        },
      },
    );
    milestoneId = added.data!.addAgreementMilestone.agreement.milestones[0]!.id;
    const uploaded = await fetch(`${server.url}/uploads/agreements/${id}/attachments`, {
      method: 'POST',
      headers: { cookie: officer.cookie, 'x-requested-with': 'tt-web', 'x-file-name': 'signed.pdf' },
      body: Buffer.from('%PDF-1.7 signed licence'),
    });
    expect(uploaded.status).toBe(201);
  });

  async function readAs(role: DemoAccount | 'anonymous') {
    const response = await clients[role].gql<{ node: Record<string, unknown> | null }>(NODE, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.node;
  }

  it('the office reads everything, its notes, terms, payments and documents', async () => {
    for (const role of ['officer', 'admin'] as const) {
      expect(await readAs(role)).toMatchObject({
        status: 'ACTIVE',
        notes: 'Walk-away: 4 % royalty.',
        royaltyRateBasisPoints: 450,
        milestones: [{ id: milestoneId, amountCents: 500_000_000, receivedAmountCents: 500_000_000 }],
        attachments: [{ fileName: 'signed.pdf' }],
        company: { id: oncopharmId },
      });
    }
  });

  it('the company of the EoI reads its type and status, nothing of the office’s', async () => {
    expect(await readAs('buyer')).toMatchObject({
      type: 'LICENSE',
      status: 'ACTIVE',
      title: null,
      notes: null,
      signatureDate: null,
      royaltyRateBasisPoints: null,
      royaltyReportingPeriod: null,
      milestones: null,
      attachments: null,
      company: null,
      listings: null,
      owner: null,
      expressionOfInterest: null,
      termsSharedWithInventors: null,
      allowedTransitions: [],
      viewerCanEdit: false,
    });
  });

  it('an inventor reads its type, status and dates, and its financial terms only once the office shares them', async () => {
    expect(await readAs('researcher')).toMatchObject({
      type: 'LICENSE',
      status: 'ACTIVE',
      signatureDate: '2026-01-10',
      effectiveDate: '2026-02-01',
      expiryDate: '2030-01-01',
      title: null,
      company: null,
      owner: null,
      expressionOfInterest: null,
      termsSharedWithInventors: null,
      viewerCanEdit: false,
      allowedTransitions: [],
      notes: null,
      milestones: null,
      royaltyRateBasisPoints: null,
      attachments: null,
      listings: [{ id: listingId }],
    });
    await officer.gql(
      'mutation($id: ID!) { updateAgreement(input: { id: $id, termsSharedWithInventors: true }) { errors { code } } }',
      {
        id,
      },
    );
    expect(await readAs('researcher')).toMatchObject({
      notes: null,
      attachments: null,
      royaltyRateBasisPoints: 450,
      milestones: [{ id: milestoneId }],
    });
  });

  it("a researcher's list holds exactly the agreements on their inventions: never notes, terms only when shared", async () => {
    const LIST = `{ agreements(first: 100) { totalCount edges { node {
      id type status signatureDate notes title royaltyRateBasisPoints termsSharedWithInventors company { id }
      listings { id } milestones { id } attachments { id } } } } }`;
    type Node = {
      id: string;
      notes: string | null;
      title: string | null;
      royaltyRateBasisPoints: number | null;
      termsSharedWithInventors: boolean | null;
      company: unknown;
      listings: { id: string }[];
      milestones: unknown[] | null;
      attachments: unknown[] | null;
    };
    for (const [role, email] of [
      ['researcher', 'researcher.irst@tt.demo'],
      ['otherResearcher', 'researcher.int@tt.demo'],
    ] as const) {
      // By hand: the agreements covering a listing the researcher is an inventor of, whatever the institute.
      const theirs = await sql<{ id: number; shared: boolean; listings: number[] }>(
        `select g.id, g.terms_shared_with_inventors as shared,
           array(select al.asset_id from agreement_listing al join asset_inventor ai on ai.asset_id = al.asset_id
             join inventor i on i.id = ai.inventor_id join app_user u on u.id = i.user_id
             where al.agreement_id = g.id and u.email = ? order by al.asset_id) as listings
         from agreement g where exists (select 1 from agreement_listing al join asset_inventor ai on ai.asset_id = al.asset_id
           join inventor i on i.id = ai.inventor_id join app_user u on u.id = i.user_id
           where al.agreement_id = g.id and u.email = ?)`,
        [email, email],
      );
      const response = await clients[role].gql<{ agreements: { totalCount: number; edges: { node: Node }[] } }>(LIST);
      expect(response.errors).toBeUndefined();
      const nodes = response.data!.agreements.edges.map((edge) => edge.node);
      expect(nodes.map((node) => node.id).sort(), role).toEqual(
        theirs.map((row) => toGlobalId('Agreement', row.id)).sort(),
      );
      expect(response.data!.agreements.totalCount).toBe(theirs.length);
      for (const node of nodes) {
        const row = theirs.find((candidate) => toGlobalId('Agreement', candidate.id) === node.id)!;
        expect(node).toMatchObject({ notes: null, title: null, company: null, attachments: null });
        expect(node.termsSharedWithInventors).toBeNull();
        if (!row.shared) expect(node).toMatchObject({ royaltyRateBasisPoints: null, milestones: null });
        else expect(node.milestones).not.toBeNull();
        // Only their own listings among those it covers.
        expect(node.listings.map((listing) => listing.id).sort()).toEqual(
          row.listings.map((asset) => toGlobalId('Asset', asset)).sort(),
        );
      }
    }
    // Their institute has agreements on other researchers' inventions, which they do not see (checked above).
    const others = await sql<{ n: number }>(
      `select count(*)::int as n from agreement g join institution t on t.id = g.institution_id where t.slug = 'irst'
       and not exists (select 1 from agreement_listing al join asset_inventor ai on ai.asset_id = al.asset_id
         join inventor i on i.id = ai.inventor_id join app_user u on u.id = i.user_id
         where al.agreement_id = g.id and u.email = 'researcher.irst@tt.demo')`,
    );
    expect(others[0]!.n).toBeGreaterThan(0);
    // The IRST researcher has agreements of both kinds here: terms shared and not.
    const mine = await sql<{ shared: boolean }>(
      `select distinct g.terms_shared_with_inventors as shared from agreement g join agreement_listing al on al.agreement_id = g.id
       join asset_inventor ai on ai.asset_id = al.asset_id join inventor i on i.id = ai.inventor_id
       join app_user u on u.id = i.user_id where u.email = 'researcher.irst@tt.demo'`,
    );
    expect(mine.length).toBe(2);
  });

  it('the other institute, another company, other researchers and visitors learn nothing, not even that it exists', async () => {
    for (const role of ['otherOfficer', 'otherBuyer', 'otherResearcher', 'anonymous'] as const) {
      expect(await readAs(role), role).toBeNull();
      const part = await clients[role].gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
        id: milestoneId,
      });
      expect(part.data?.node, role).toBeNull();
    }
    const list = `{ agreements(first: 100) { totalCount edges { node { id } } } }`;
    for (const role of ['otherBuyer', 'otherResearcher'] as const) {
      const response = await clients[role].gql<{ agreements: { edges: { node: { id: string } }[] } }>(list);
      expect(
        response.data!.agreements.edges.map((edge) => edge.node.id),
        role,
      ).not.toContain(id);
    }
    const officeOfInt = await otherOfficer.gql<{ agreements: { edges: { node: { id: string } }[] } }>(list);
    expect(officeOfInt.data!.agreements.edges.map((edge) => edge.node.id)).not.toContain(id);
    expect(category(await server.anonymous().gql(list))).toBe('UNAUTHENTICATED');
  });

  it('its documents download for the office alone; the company cannot add any', async () => {
    const node = (await readAs('officer')) as { attachments: { id: string }[] };
    const path = `/uploads/attachments/${node.attachments[0]!.id}`;
    const asOffice = await fetch(`${server.url}${path}`, { headers: { cookie: officer.cookie } });
    expect(asOffice.status).toBe(200);
    for (const client of [buyer, researcher, otherOfficer]) {
      expect((await fetch(`${server.url}${path}`, { headers: { cookie: client.cookie } })).status).toBe(404);
    }
    const byCompany = await fetch(`${server.url}/uploads/agreements/${id}/attachments`, {
      method: 'POST',
      headers: { cookie: buyer.cookie, 'x-requested-with': 'tt-web', 'x-file-name': 'ours.pdf' },
      body: Buffer.from('%PDF-1.7 not theirs'),
    });
    expect(byCompany.status).toBe(403);
    const byOtherCompany = await fetch(`${server.url}/uploads/agreements/${id}/attachments`, {
      method: 'POST',
      headers: { cookie: otherBuyer.cookie, 'x-requested-with': 'tt-web', 'x-file-name': 'ours.pdf' },
      body: Buffer.from('%PDF-1.7 not theirs'),
    });
    expect(byOtherCompany.status).toBe(404);
  });

  it('payments change only for the office', async () => {
    const UPDATE = `mutation($input: UpdateAgreementMilestoneInput!) { updateAgreementMilestone(input: $input) {
      agreement { id } errors { code field } } }`;
    const input = { id: milestoneId, kind: 'UPFRONT', event: 'On signature', dueDate: '2026-02-15', amountCents: 1 };
    for (const client of [buyer, researcher, otherOfficer]) {
      expect(category(await client.gql(UPDATE, { input }))).toBe('FORBIDDEN');
    }
    const wrong = await officer.gql<{ updateAgreementMilestone: { errors: { code: string }[] } }>(UPDATE, {
      input: { ...input, status: 'RECEIVED' },
    });
    expect(wrong.data!.updateAgreementMilestone.errors.map((error) => error.code)).toEqual([
      'MILESTONE_RECEIPT_REQUIRED',
      'MILESTONE_RECEIPT_REQUIRED',
    ]);
  });

  it('reading an agreement page costs the same statements whatever it holds', async () => {
    const PAGE = `query($id: ID!) { agreement(id: $id) { ${FULL} } }`;
    await officer.gql(PAGE, { id });
    const statements = await countStatements(() => officer.gql(PAGE, { id }));
    // Session, the agreement (with its EoI link and inventors), institution, company, owner, EoI, listings (ids,
    // then assets), payments and documents.
    expect(statements).toBe(10);
    // Many more listings, payments and documents: the same statements.
    const dbId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    await sql(
      `insert into agreement_listing (agreement_id, asset_id)
       select ?, a.id from asset a join institution t on t.id = a.institution_id
       where t.slug = 'irst' and a.id <> ? order by a.id limit 12`,
      [dbId, listingDbId],
    );
    await sql(
      `insert into agreement_milestone (agreement_id, kind, event, due_date, amount_cents, status, created_at)
       select ?, 'MILESTONE', 'Statement-count milestone ' || n, current_date + n, 1000 * n, 'EXPECTED', now()
       from generate_series(1, 15) as n`,
      [dbId],
    );
    await sql(
      `insert into agreement_attachment (agreement_id, file_name, content_type, byte_size, storage_key, created_at)
       select ?, 'annex-' || n || '.pdf', 'application/pdf', 10, 'statement-count-' || n, now()
       from generate_series(1, 8) as n`,
      [dbId],
    );
    let read: GraphQLResponse<{ agreement: { listings: unknown[]; milestones: unknown[]; attachments: unknown[] } }>;
    const grown = await countStatements(async () => {
      read = await officer.gql(PAGE, { id });
    });
    expect(read!.data!.agreement.listings.length).toBeGreaterThanOrEqual(13);
    expect(read!.data!.agreement.milestones.length).toBeGreaterThanOrEqual(16);
    expect(read!.data!.agreement.attachments.length).toBeGreaterThanOrEqual(9);
    expect(grown).toBe(statements);
  });
});

describe('the expression of interest meets its agreements', () => {
  const EOI = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest {
    status viewerCanCreateAgreement agreements { id type status title notes } } } }`;
  const AGREE = `mutation($input: TransitionExpressionOfInterestInput!) { transitionExpressionOfInterest(input: $input) {
    expressionOfInterest { status agreements { id closesExpressionOfInterest } } errors { code field } } }`;

  it('the company sees the agreements on its EoI as type and status; its office may start one', async () => {
    const asCompany = await buyer.gql<{
      node: { viewerCanCreateAgreement: boolean; agreements: { title: string | null; notes: string | null }[] };
    }>(EOI, { id: eoiId });
    expect(asCompany.data!.node.viewerCanCreateAgreement).toBe(false);
    expect(asCompany.data!.node.agreements.length).toBeGreaterThan(0);
    for (const agreement of asCompany.data!.node.agreements)
      expect(agreement).toMatchObject({ title: null, notes: null });
    const asOffice = await officer.gql<{ node: { viewerCanCreateAgreement: boolean } }>(EOI, { id: eoiId });
    expect(asOffice.data!.node.viewerCanCreateAgreement).toBe(true);
  });

  it('moving it to AGREED links the agreement that closed it: of its institute and company only', async () => {
    const otherCompany = await officer.gql<{ createAgreement: { agreement: { id: string } } }>(CREATE, {
      input: {
        companyId: toGlobalId(
          'Company',
          (await sql<{ id: number }>(`select id from company where slug = 'medisense'`))[0]!.id,
        ),
        type: 'LICENSE',
        title: 'Licence to another company',
      },
    });
    const refused = await officer.gql<{ transitionExpressionOfInterest: { errors: { code: string }[] } }>(AGREE, {
      input: { id: eoiId, to: 'AGREED', agreementId: otherCompany.data!.createAgreement.agreement.id },
    });
    expect(refused.data!.transitionExpressionOfInterest.errors).toEqual([
      { code: 'AGREEMENT_FOR_ANOTHER_EOI', field: 'agreementId' },
    ]);
    const onlyWhenAgreed = await officer.gql<{ transitionExpressionOfInterest: { errors: { code: string }[] } }>(
      AGREE,
      {
        input: { id: eoiId, to: 'DECLINED', agreementId: otherCompany.data!.createAgreement.agreement.id },
      },
    );
    expect(onlyWhenAgreed.data!.transitionExpressionOfInterest.errors.map((error) => error.code)).toContain(
      'AGREEMENT_LINK_ONLY_WHEN_AGREED',
    );
    // One recorded on its own for the same company joins the EoI as the one that closed it.
    const own = await officer.gql<{ createAgreement: { agreement: { id: string } } }>(CREATE, {
      input: { companyId: oncopharmId, type: 'LICENSE', title: 'The licence that closed it' },
    });
    const closing = own.data!.createAgreement.agreement.id;
    const agreed = await officer.gql<{
      transitionExpressionOfInterest: {
        expressionOfInterest: { status: string; agreements: { id: string; closesExpressionOfInterest: boolean }[] };
      };
    }>(AGREE, { input: { id: eoiId, to: 'AGREED', agreementId: closing } });
    const eoi = agreed.data!.transitionExpressionOfInterest.expressionOfInterest;
    expect(eoi.status).toBe('AGREED');
    expect(eoi.agreements.filter((agreement) => agreement.closesExpressionOfInterest).map((a) => a.id)).toEqual([
      closing,
    ]);
    const seenByCompany = await buyer.gql<{ node: { agreements: { id: string }[] } }>(EOI, { id: eoiId });
    expect(seenByCompany.data!.node.agreements.map((agreement) => agreement.id)).toContain(closing);
  });
});

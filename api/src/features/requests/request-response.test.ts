import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  DECLINE_PROPOSAL,
  EXPRESS_INTEREST,
  publishedListings,
  publishRequest,
  REQUEST_BY_SLUG,
  RESPOND,
  type RequestView,
  requestInput,
  respondWithListings,
  sectorIdsBySlug,
  type UserErrorView,
} from '../../test-support/technology-request-fixtures.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { buyer, otherBuyer, officer, otherOfficer, researcher, admin } = useDemoClients(server);
let sectors: string[];
let irst: { id: number; globalId: string; slug: string }[];
let int: { id: number; globalId: string; slug: string }[];
let request: RequestView;

beforeAll(async () => {
  sectors = await sectorIdsBySlug(server, 'liquid-biopsy');
  // Listings nobody has expressed interest in: what a proposal turns into is the only EoI on them.
  const untouched = await server.orm.em
    .fork()
    .execute<{ id: number }[]>(
      `select a.id from asset a where not exists (select 1 from expression_of_interest e where e.asset_id = a.id)`,
    );
  const free = new Set(untouched.map((row) => row.id));
  irst = (await publishedListings(server, 'irst')).filter((listing) => free.has(listing.id));
  int = (await publishedListings(server, 'int')).filter((listing) => free.has(listing.id));
  request = await publishRequest(
    buyer,
    requestInput(sectors, { title: 'Circulating tumour DNA assay for monitoring' }),
  );
});

interface ResponseView {
  id: string;
  kind: string;
  message: string;
  language: string;
  authorName: string;
  institution: { slug: string };
  expert: { name: string } | null;
  proposals: {
    id: string;
    status: string;
    expressionOfInterestId: string | null;
    asset: { id: string; slug: string; title: string } | null;
  }[];
}
type RespondData = { respondToTechnologyRequest: { response: ResponseView | null; errors: UserErrorView[] } };
type RequestData = { technologyRequest: (RequestView & { responses: ResponseView[] | null }) | null };
type ProposalData = {
  proposal: { id: string; status: string; expressionOfInterestId?: string | null } | null;
  errors: UserErrorView[];
};

const MESSAGE = 'Our liquid biopsy team has two assays that fit what you describe; shall we arrange a call?';

function respond(client: TestClient, input: Record<string, unknown>) {
  return client.gql<RespondData>(RESPOND, { input: { requestId: request.id, message: MESSAGE, ...input } });
}

async function responsesSeenBy(client: TestClient, slug = request.slug) {
  const response = await client.gql<RequestData>(REQUEST_BY_SLUG, { slug });
  return response.data!.technologyRequest!.responses;
}

async function outbox(template: string) {
  return server.orm.em
    .fork()
    .execute<
      { recipient: string; language: string; data: { requestUrl: string; listingCount: number; kind: string } }[]
    >(`select recipient, language, data from outbox_message where template = ? order by id`, [template]);
}

describe('responding to a request', () => {
  it('lets an officer propose published listings of their institute, and e-mails the company once', async () => {
    const made = await respond(officer, { kind: 'LISTINGS', listingIds: [irst[0]!.globalId, irst[1]!.globalId] });
    const payload = made.data!.respondToTechnologyRequest;
    expect(payload.errors).toEqual([]);
    expect(payload.response).toMatchObject({
      kind: 'LISTINGS',
      message: MESSAGE,
      language: 'EN',
      institution: { slug: 'irst' },
      expert: null,
    });
    expect(payload.response!.proposals.map((proposal) => [proposal.asset?.slug, proposal.status])).toEqual([
      [irst[0]!.slug, 'PROPOSED'],
      [irst[1]!.slug, 'PROPOSED'],
    ]);

    const mails = await outbox('request-response');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: 'buyer@oncopharm.demo', language: 'en' });
    expect(mails[0]!.data).toMatchObject({ kind: 'LISTINGS', listingCount: 2 });
    expect(new URL(mails[0]!.data.requestUrl).pathname).toBe(`/requests/${request.slug}`);

    // A second response within minutes is recorded, and not e-mailed again: the first e-mail leads to both.
    await respond(otherOfficer, { kind: 'LISTINGS', listingIds: [int[0]!.globalId] });
    expect(await outbox('request-response')).toHaveLength(1);
    expect(await responsesSeenBy(buyer)).toHaveLength(2);
  });

  it('proposes a researcher of the institute for their expertise', async () => {
    const [expert] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from app_user where email = 'researcher.int@tt.demo'`);
    const made = await respond(otherOfficer, { kind: 'EXPERTISE', expertId: toGlobalId('User', expert!.id) });
    expect(made.data!.respondToTechnologyRequest.response).toMatchObject({
      kind: 'EXPERTISE',
      expert: { name: 'Stefano Villa' },
      proposals: [],
    });
  });

  it("refuses other institutes' listings, drafts, outside researchers and thin messages", async () => {
    const [draft] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(
        `select a.id from asset a join institution i on i.id = a.institution_id where i.slug = 'int' and a.status <> 'PUBLISHED'`,
      );
    const [outsider] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from app_user where email = 'researcher.irst@tt.demo'`);
    const cases: [Record<string, unknown>, [string | null, string][]][] = [
      [{ kind: 'LISTINGS', listingIds: [irst[0]!.globalId] }, [['listingIds.0', 'RESPONSE_LISTING_INVALID']]],
      [
        { kind: 'LISTINGS', listingIds: [int[0]!.globalId, toGlobalId('Asset', draft!.id)] },
        [['listingIds.1', 'RESPONSE_LISTING_INVALID']],
      ],
      [{ kind: 'LISTINGS', listingIds: [] }, [['listingIds', 'RESPONSE_LISTINGS_REQUIRED']]],
      [
        { kind: 'LISTINGS', listingIds: Array.from({ length: 11 }, (_, index) => int[index % int.length]!.globalId) },
        [['listingIds', 'RESPONSE_TOO_MANY_LISTINGS']],
      ],
      [{ kind: 'EXPERTISE' }, [['expertId', 'RESPONSE_EXPERT_REQUIRED']]],
      [{ kind: 'EXPERTISE', expertId: toGlobalId('User', outsider!.id) }, [['expertId', 'RESPONSE_EXPERT_INVALID']]],
      [
        { kind: 'LISTINGS', listingIds: [int[0]!.globalId], message: 'Look at this.' },
        [['message', 'RESPONSE_MESSAGE_TOO_SHORT']],
      ],
      [
        { requestId: toGlobalId('TechnologyRequest', 999_999), kind: 'LISTINGS', listingIds: [int[0]!.globalId] },
        [['requestId', 'REQUEST_NOT_FOUND']],
      ],
    ];
    for (const [input, expected] of cases) {
      const response = await respond(otherOfficer, input);
      expect(
        response.data?.respondToTechnologyRequest.errors.map((e) => [e.field, e.code]),
        JSON.stringify(input),
      ).toEqual(expected);
    }
  });

  it('is for officers only', async () => {
    for (const client of [buyer, otherBuyer, researcher, admin]) {
      const response = await respond(client, { kind: 'LISTINGS', listingIds: [irst[0]!.globalId] });
      expect(response.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
  });
});

describe('deciding on a proposed listing', () => {
  let proposals: { id: string; status: string }[];

  beforeAll(async () => {
    const own = await publishRequest(buyer, requestInput(sectors, { title: 'Tumour organoids for drug screening' }));
    ({ proposals } = await respondWithListings(officer, own.id, [
      irst[2]!.globalId,
      irst[3]!.globalId,
      irst[4]!.globalId,
    ]));
  });

  const express = (
    client: TestClient,
    proposalId: string,
    message = `We read about this listing in answer to our request on tumour organoids and would like to evaluate it.`,
  ) =>
    client.gql<{ expressInterestInProposal: ProposalData }>(EXPRESS_INTEREST, {
      // Offered on every listing (shared/listing-interest-types.ts), whichever is proposed.
      input: { proposalId, interestType: 'OTHER', message },
    });

  it('turns a proposal into an expression of interest in one step, and again changes nothing', async () => {
    const proposal = proposals[0]!;
    const refused = await express(otherBuyer, proposal.id);
    expect(refused.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');

    const first = await express(buyer, proposal.id);
    expect(first.data!.expressInterestInProposal.errors).toEqual([]);
    const taken = first.data!.expressInterestInProposal.proposal!;
    expect(taken.status).toBe('INTEREST_EXPRESSED');
    expect(taken.expressionOfInterestId).toBeTruthy();
    const eois = () =>
      server.orm.em.fork().execute<{ id: number; message: string; status: string }[]>(
        `select e.id, e.message, e.status from expression_of_interest e join company c on c.id = e.company_id
           where c.slug = 'oncopharm' and e.asset_id = ?`,
        [irst[2]!.id],
      );
    const made = await eois();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ status: 'SUBMITTED' });
    expect(made[0]!.message).toContain('tumour organoids');
    expect(taken.expressionOfInterestId).toBe(toGlobalId('ExpressionOfInterest', made[0]!.id));

    const again = await Promise.all([express(buyer, proposal.id), express(buyer, proposal.id)]);
    for (const response of again) {
      expect(response.data!.expressInterestInProposal.proposal).toMatchObject({
        status: 'INTEREST_EXPRESSED',
        expressionOfInterestId: taken.expressionOfInterestId,
      });
    }
    expect(await eois()).toHaveLength(1);
    // The office hears of it as of any expression of interest.
    const [counted] = await server.orm.em
      .fork()
      .execute<{ count: string }[]>(`select count(*) from outbox_message where template = 'eoi-received'`);
    expect(Number(counted?.count)).toBeGreaterThanOrEqual(1);
  });

  it('counts a proposal as taken up when the company already has an open expression of interest in the listing', async () => {
    const proposal = proposals[1]!;
    const direct = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
      `mutation($input: SubmitExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { expressionOfInterest { id } } }`,
      {
        input: {
          assetId: irst[3]!.globalId,
          // "Other" is offered on every listing (shared/listing-interest-types.ts).
          interestType: 'OTHER',
          message: 'We found this listing in the catalogue and want to discuss a co-development.',
          idempotencyKey: 'request-test-direct',
        },
      },
    );
    const existing = direct.data!.submitExpressionOfInterest.expressionOfInterest.id;
    const response = await express(buyer, proposal.id);
    expect(response.data!.expressInterestInProposal.proposal).toMatchObject({
      status: 'INTEREST_EXPRESSED',
      expressionOfInterestId: existing,
    });
  });

  it('passes on the message rules of an expression of interest', async () => {
    const response = await express(buyer, proposals[2]!.id, 'Too short.');
    expect(response.data!.expressInterestInProposal.errors).toEqual([
      { field: 'message', code: 'EOI_MESSAGE_TOO_SHORT' },
    ]);
    expect(response.data!.expressInterestInProposal.proposal).toBeNull();
  });

  it('declines a proposal with a reason the office reads, once; a declined one takes no interest', async () => {
    const proposal = proposals[2]!;
    const decline = (client: TestClient, comment: string | null = 'We need human data first.') =>
      client.gql<{ declineProposal: ProposalData }>(DECLINE_PROPOSAL, {
        input: { proposalId: proposal.id, reason: 'NEED_MORE_DATA', comment },
      });
    expect((await decline(otherBuyer)).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const long = await decline(buyer, 'x'.repeat(1001));
    expect(long.data!.declineProposal.errors).toEqual([{ field: 'comment', code: 'TEXT_TOO_LONG' }]);

    const declined = await decline(buyer);
    expect(declined.data!.declineProposal.proposal).toMatchObject({ status: 'DECLINED' });
    await decline(buyer);
    const feedback = await server.orm.em
      .fork()
      .execute<{ source: string; reason: string; comment: string; company: string }[]>(
        `select f.source, f.reason, f.comment, c.slug as company from listing_feedback f join company c on c.id = f.company_id
       where f.asset_id = ?`,
        [irst[4]!.id],
      );
    expect(feedback).toEqual([
      {
        source: 'PROPOSAL_DECLINED',
        reason: 'NEED_MORE_DATA',
        comment: 'We need human data first.',
        company: 'oncopharm',
      },
    ]);
    const late = await express(buyer, proposal.id);
    expect(late.data!.expressInterestInProposal.errors).toEqual([
      { field: 'proposalId', code: 'PROPOSAL_ALREADY_DECIDED' },
    ]);
    const undecline = await buyer.gql<{ declineProposal: ProposalData }>(DECLINE_PROPOSAL, {
      input: { proposalId: proposals[0]!.id, reason: 'OTHER' },
    });
    expect(undecline.data!.declineProposal.errors).toEqual([{ field: 'proposalId', code: 'PROPOSAL_ALREADY_DECIDED' }]);
  });

  it('is for members of the requesting company only', async () => {
    for (const client of [officer, researcher, admin]) {
      const response = await express(client, proposals[0]!.id);
      expect(response.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
  });
});

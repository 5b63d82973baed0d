import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { executor } from '../../test-support/matchmaking-fixtures.js';
import type { GraphQLResponse, TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// Companies' feedback on listings: a company may say why it withdraws its interest (one of the eight reasons, an
// optional comment), recorded with the withdrawal. The listing's office reads it with the company; its inventors
// read it without; nobody else reads it, the company that gave it included.

const server = useTestServer();
const { officer, otherOfficer, admin, researcher, otherResearcher, buyer, otherBuyer, anonymous } =
  useDemoClients(server);
const execute = executor(server);

const SUBMIT = `mutation($input: SubmitExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) {
  expressionOfInterest { id } errors { code } } }`;
const TRANSITION = `mutation($input: TransitionExpressionOfInterestInput!) { transitionExpressionOfInterest(input: $input) {
  expressionOfInterest { id status } errors { field code } } }`;
const FEEDBACK = `query($slug: String!) { asset(slug: $slug) { id feedback {
  source reason comment commentLanguage createdAt company { id name } } } }`;
const COUNTS = '{ listingFeedbackCounts { reason count } }';

interface Feedback {
  source: string;
  reason: string;
  comment: string | null;
  commentLanguage: string | null;
  createdAt: string;
  company: { id: string; name: string } | null;
}

const category = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.category;

let invented: { id: number; slug: string };
let keys = 0;

/** A new EoI of the client's company on the listing; its id. */
async function expressInterest(client: TestClient, assetId: number): Promise<string> {
  keys += 1;
  const response = await client.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(SUBMIT, {
    input: {
      assetId: toGlobalId('Asset', assetId),
      interestType: 'LICENSE',
      message: 'We would like to evaluate this technology for our pipeline next year.',
      idempotencyKey: `feedback-test-${keys}`,
    },
  });
  return response.data!.submitExpressionOfInterest.expressionOfInterest.id;
}

async function transition(client: TestClient, input: Record<string, unknown>) {
  const response = await client.gql<{
    transitionExpressionOfInterest: { expressionOfInterest: { status: string } | null; errors: unknown[] };
  }>(TRANSITION, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.transitionExpressionOfInterest;
}

const feedbackRows = (assetId: number) =>
  execute<{ source: string; reason: string; comment: string | null }>(
    `select source, reason, comment from listing_feedback where asset_id = ? order by id`,
    [assetId],
  );

beforeAll(async () => {
  // A published IRST listing the demo researcher is an inventor of, that no demo company has an open EoI on.
  const [row] = await execute<{ id: number; slug: string }>(
    `select a.id, a.slug from asset a join asset_inventor x on x.asset_id = a.id join inventor i on i.id = x.inventor_id
     join app_user u on u.id = i.user_id where u.email = 'researcher.irst@tt.demo' and a.status = 'PUBLISHED'
       and not exists (select 1 from expression_of_interest e where e.asset_id = a.id
         and e.status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'))
     order by a.id limit 1`,
  );
  invented = row!;
});

describe('giving feedback when withdrawing', () => {
  it('records the reason and the comment with the withdrawal', async () => {
    const id = await expressInterest(buyer, invented.id);
    const withdrawn = await transition(buyer, {
      id,
      to: 'WITHDRAWN',
      feedbackReason: 'TOO_EARLY',
      feedbackComment: '  We need clinical data first.  ',
    });
    expect(withdrawn).toEqual({ expressionOfInterest: { id, status: 'WITHDRAWN' }, errors: [] });
    expect(await feedbackRows(invented.id)).toEqual([
      { source: 'EOI_WITHDRAWN', reason: 'TOO_EARLY', comment: 'We need clinical data first.' },
    ]);
  });

  it('records nothing without a reason, and refuses a reason anywhere but a withdrawal', async () => {
    const before = (await feedbackRows(invented.id)).length;
    const id = await expressInterest(otherBuyer, invented.id);
    // Only with the withdrawal: the office moving it on refuses a company's reason, changing nothing.
    expect(await transition(officer, { id, to: 'IN_REVIEW', feedbackReason: 'OTHER' })).toEqual({
      expressionOfInterest: null,
      errors: [{ field: 'feedbackReason', code: 'FEEDBACK_ONLY_WHEN_WITHDRAWING' }],
    });
    // A comment needs a reason; a comment too long is refused.
    expect((await transition(otherBuyer, { id, to: 'WITHDRAWN', feedbackComment: 'Why not' })).errors).toEqual([
      { field: 'feedbackReason', code: 'FEEDBACK_REASON_REQUIRED' },
    ]);
    expect(
      (
        await transition(otherBuyer, {
          id,
          to: 'WITHDRAWN',
          feedbackReason: 'OTHER',
          feedbackComment: 'x'.repeat(1001),
        })
      ).errors,
    ).toEqual([{ field: 'feedbackComment', code: 'TEXT_TOO_LONG' }]);
    expect((await transition(otherBuyer, { id, to: 'WITHDRAWN' })).expressionOfInterest?.status).toBe('WITHDRAWN');
    expect((await feedbackRows(invented.id)).length).toBe(before);
  });
});

describe('who reads it', () => {
  const read = async (client: TestClient) => {
    const response = await client.gql<{ asset: { feedback: Feedback[] | null } }>(FEEDBACK, { slug: invented.slug });
    return { response, feedback: response.data?.asset?.feedback ?? null };
  };

  it("the listing's office, with the company", async () => {
    for (const client of [officer, admin]) {
      const { feedback } = await read(client);
      expect(feedback).toEqual([
        expect.objectContaining({
          source: 'EOI_WITHDRAWN',
          reason: 'TOO_EARLY',
          comment: 'We need clinical data first.',
          commentLanguage: 'EN',
          company: expect.objectContaining({ name: 'OncoPharm S.p.A.' }),
        }),
      ]);
    }
  });

  it('its inventors, without the company', async () => {
    const { feedback } = await read(researcher);
    expect(feedback).toHaveLength(1);
    expect(feedback![0]).toMatchObject({ reason: 'TOO_EARLY', comment: 'We need clinical data first.', company: null });
  });

  it('nobody else: other offices, other researchers, companies (the one that gave it too), visitors', async () => {
    for (const client of [otherOfficer, otherResearcher, buyer, otherBuyer]) {
      const { response, feedback } = await read(client);
      expect(category(response)).toBe('FORBIDDEN');
      expect(feedback).toBeNull();
    }
    expect(category((await read(anonymous)).response)).toBe('UNAUTHENTICATED');
  });
});

describe('feedback in aggregate', () => {
  const counts = async (client: TestClient) => {
    const response = await client.gql<{ listingFeedbackCounts: { reason: string; count: number }[] }>(COUNTS);
    return { response, counts: response.data?.listingFeedbackCounts ?? null };
  };
  const expected = async (institution: string | null) => {
    const rows = await execute<{ reason: string; count: number }>(
      `select f.reason, count(*)::int as count from listing_feedback f join asset a on a.id = f.asset_id
       join institution i on i.id = a.institution_id where ? :: text is null or i.slug = ? group by f.reason`,
      [institution, institution],
    );
    return Object.fromEntries(rows.map((row) => [row.reason, row.count]));
  };

  it("counts each reason over the office's listings (all of them for admins), every reason listed", async () => {
    // Feedback on an INT listing, which IRST's count leaves out.
    const [int] = await execute<{ id: number }>(
      `select a.id from asset a join institution i on i.id = a.institution_id where i.slug = 'int' and a.status = 'PUBLISHED'
       order by a.id limit 1`,
    );
    await execute(
      `insert into listing_feedback (asset_id, company_id, source, reason, created_at)
       select ?, id, 'RECOMMENDATION_DISMISSED', 'IP_POSITION', now() from company where slug = 'medisense'`,
      [int!.id],
    );
    for (const [client, institution] of [
      [officer, 'irst'],
      [otherOfficer, 'int'],
      [admin, null],
    ] as const) {
      const { counts: answer } = await counts(client);
      expect(answer).toHaveLength(8);
      const shown = Object.fromEntries(answer!.filter((row) => row.count > 0).map((row) => [row.reason, row.count]));
      expect(shown, String(institution)).toEqual(await expected(institution));
      for (let i = 1; i < answer!.length; i++) expect(answer![i]!.count).toBeLessThanOrEqual(answer![i - 1]!.count);
    }
    expect((await counts(officer)).counts!.find((row) => row.reason === 'IP_POSITION')?.count).toBe(0);
  });

  it('is the office’s only', async () => {
    for (const client of [researcher, buyer]) expect(category((await counts(client)).response)).toBe('FORBIDDEN');
    expect(category((await counts(anonymous)).response)).toBe('UNAUTHENTICATED');
  });
});

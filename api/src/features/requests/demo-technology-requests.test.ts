import { describe, expect, it } from 'vitest';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// The demo data loaded on the first start (the test template is seeded with it): each side finds technology
// requests to work with, and each demo request is one the API itself could have made.

const server = useTestServer();
const { admin, buyer, officer, otherOfficer, anonymous } = useDemoClients(server);

const LIST = `{ technologyRequests(first: 50) { totalCount edges { node {
  slug title language visibility status deadline companyName viewerIsRequester viewerCanRespond
  responses { institution { slug } kind expert { name }
    proposals { status expressionOfInterestId asset { slug } } }
} } } }`;

interface Request {
  slug: string;
  title: string;
  language: string;
  visibility: string;
  status: string;
  deadline: string;
  companyName: string;
  viewerIsRequester: boolean;
  viewerCanRespond: boolean;
  responses:
    | {
        institution: { slug: string };
        kind: string;
        expert: { name: string } | null;
        proposals: { status: string; expressionOfInterestId: string | null; asset: { slug: string } | null }[];
      }[]
    | null;
}

async function requests(client: typeof admin): Promise<Request[]> {
  const response = await client.gql<{ technologyRequests: { edges: { node: Request }[] } }>(LIST);
  expect(response.errors).toBeUndefined();
  return response.data!.technologyRequests.edges.map((edge) => edge.node);
}

describe('demo technology requests', () => {
  it('come from several companies, public and office-only, one in Italian, one near its deadline, one fulfilled', async () => {
    const all = await requests(admin);
    expect(new Set(all.map((request) => request.companyName)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((request) => request.visibility))).toEqual(new Set(['PUBLIC', 'OFFICES']));
    expect(all.some((request) => request.language === 'IT')).toBe(true);
    expect(all.some((request) => request.status === 'FULFILLED')).toBe(true);
    expect(all.some((request) => request.status === 'EXPIRED')).toBe(true);
    const soon = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
    expect(all.some((request) => request.status === 'OPEN' && request.deadline <= soon)).toBe(true);
    // Open ones first.
    const statuses = all.map((request) => request.status);
    expect(statuses.indexOf('FULFILLED')).toBeGreaterThan(statuses.lastIndexOf('OPEN'));
    const responders = new Set(all.flatMap((request) => request.responses ?? []).map((r) => r.institution.slug));
    expect(responders).toEqual(new Set(['irst', 'int']));
  });

  it('show the demo buyer its requests, the proposals, and one turned into an expression of interest', async () => {
    const mine = (await requests(buyer)).filter((request) => request.viewerIsRequester);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const proposals = mine.flatMap((request) => request.responses ?? []).flatMap((response) => response.proposals);
    expect(proposals.some((proposal) => proposal.status === 'PROPOSED')).toBe(true);
    const taken = proposals.find((proposal) => proposal.status === 'INTEREST_EXPRESSED');
    expect(taken?.expressionOfInterestId).toBeTruthy();
    const eoi = await buyer.gql<{ node: { status: string; asset: { slug: string } } | null }>(
      `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { status asset { slug } } } }`,
      { id: taken!.expressionOfInterestId },
    );
    expect(eoi.data?.node).toEqual({ status: 'SUBMITTED', asset: { slug: taken!.asset!.slug } });
  });

  it('give each office requests to respond to, and its own earlier responses only', async () => {
    for (const [client, institute] of [
      [officer, 'irst'],
      [otherOfficer, 'int'],
    ] as const) {
      const seen = await requests(client);
      expect(seen.some((request) => request.visibility === 'OFFICES' && request.viewerCanRespond)).toBe(true);
      const responses = seen.flatMap((request) => request.responses ?? []);
      expect(responses.length).toBeGreaterThan(0);
      expect(responses.every((response) => response.institution.slug === institute)).toBe(true);
    }
  });

  it('show visitors the public ones only, without responses', async () => {
    const seen = await requests(anonymous);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((request) => request.visibility === 'PUBLIC' && request.responses === null)).toBe(true);
  });
});

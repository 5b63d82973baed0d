import { beforeAll, describe, expect, it } from 'vitest';
import { eventsClient } from '../../test-support/events-client.js';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// Issue #10, point 8: a company read the office's priority on its own EoIs. The triage data is the office's
// business: every response a company member gets (query, mutation payload, event) carries null instead.

const server = useTestServer();
let buyer: TestClient;
let officer: TestClient;
let eoiId: string;

interface EoiNode {
  id: string;
  priority: string | null;
  asset: { institution: { shortName: string } } | null;
}

beforeAll(async () => {
  [buyer, officer] = await Promise.all([server.logIn('buyer@oncopharm.demo'), server.logIn('officer.irst@tt.demo')]);
  const list = await officer.gql<{ expressionsOfInterest: { edges: { node: EoiNode }[] } }>(
    `{ expressionsOfInterest(first: 100, filter: { statuses: [SUBMITTED, IN_REVIEW, IN_DISCUSSION] }) {
        edges { node { id priority company { slug } asset { institution { shortName } } } } } }`,
  );
  const mine = list.data!.expressionsOfInterest.edges.find(
    (edge) => (edge.node as unknown as { company: { slug: string } }).company.slug === 'oncopharm',
  );
  eoiId = mine!.node.id;
  const set = await officer.gql<{ setExpressionOfInterestPriority: { errors: unknown[] } }>(
    'mutation($id: ID!) { setExpressionOfInterestPriority(input: { id: $id, priority: URGENT }) { errors { code } } }',
    { id: eoiId },
  );
  expect(set.data!.setExpressionOfInterestPriority.errors).toEqual([]);
});

describe("the office's priority never reaches the company", () => {
  it('is null for the company in node(id) and in its list, and URGENT for the office', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id priority } } }`;
    const forOffice = await officer.gql<{ node: EoiNode }>(query, { id: eoiId });
    expect(forOffice.data!.node.priority).toBe('URGENT');
    const forCompany = await buyer.gql<{ node: EoiNode }>(query, { id: eoiId });
    expect(forCompany.errors).toBeUndefined();
    expect(forCompany.data!.node).toEqual({ id: eoiId, priority: null });

    const list = await buyer.gql<{ expressionsOfInterest: { edges: { node: EoiNode }[] } }>(
      '{ expressionsOfInterest(first: 100) { edges { node { id priority } } } }',
    );
    expect(list.data!.expressionsOfInterest.edges.length).toBeGreaterThan(0);
    expect(list.data!.expressionsOfInterest.edges.map((edge) => edge.node.priority)).toEqual(
      list.data!.expressionsOfInterest.edges.map(() => null),
    );
  });

  it('is null in the payload of a mutation the company makes', async () => {
    const read = await buyer.gql<{ markExpressionOfInterestRead: { expressionOfInterest: EoiNode } }>(
      'mutation($id: ID!) { markExpressionOfInterestRead(input: { id: $id }) { expressionOfInterest { id priority } } }',
      { id: eoiId },
    );
    expect(read.data!.markExpressionOfInterestRead.expressionOfInterest.priority).toBeNull();
  });

  it('is null in the events the company hears, and there for the office', async () => {
    const listen = (cookie: string) => {
      const priorities: (string | null)[] = [];
      const client = eventsClient(server.url, {
        cookie,
      });
      const stop = client.subscribe<{
        expressionOfInterestEvents: { expressionOfInterest: { priority: string | null } };
      }>(
        {
          query: 'subscription($id: ID) { expressionOfInterestEvents(id: $id) { expressionOfInterest { priority } } }',
          variables: { id: eoiId },
        },
        {
          next: ({ data }) => {
            if (data) priorities.push(data.expressionOfInterestEvents.expressionOfInterest.priority);
          },
          error: () => {},
          complete: () => {},
        },
      );
      return {
        priorities,
        close: () => {
          stop();
          void client.dispose();
        },
      };
    };
    const company = listen(buyer.cookie);
    const office = listen(officer.cookie);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const posted = await officer.gql<{ postExpressionOfInterestMessage: { errors: unknown[] } }>(
      'mutation($id: ID!) { postExpressionOfInterestMessage(input: { id: $id, body: "We are looking at it." }) { errors { code } } }',
      { id: eoiId },
    );
    expect(posted.data!.postExpressionOfInterestMessage.errors).toEqual([]);
    await expect.poll(() => company.priorities.length + office.priorities.length, { timeout: 10_000 }).toBe(2);
    company.close();
    office.close();
    expect(company.priorities).toEqual([null]);
    expect(office.priorities).toEqual(['URGENT']);
  });
});

import { canTransitionEoi, EoiStatus } from '@tt/shared/eoi-transitions';
import { describe, expect, it } from 'vitest';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { type GraphQLResponse, type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// The demo data loaded on the first start (the test template is seeded with it): the board and
// "My interests" must look alive, and every demo EoI must be one the API itself could have made.

interface Eoi {
  id: string;
  status: EoiStatus;
  overdue: boolean;
  unreadCount: number;
  submitterName: string;
  firstResponseAt: string | null;
  asset: { slug: string; institution: { slug: string } } | null;
  company: { slug: string };
  history: { from: EoiStatus | null; to: EoiStatus; actorName: string | null; at: string }[];
  messages: { body: string; internal: boolean; authorSide: string; createdAt: string }[];
}

// A page of 40 stays under the API's query-cost limit with the history and the thread.
const LIST = `query($after: String) { expressionsOfInterest(first: 40, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node {
  id status overdue unreadCount submitterName firstResponseAt
  asset { slug institution { slug } } company { slug }
  history { from to actorName at }
  messages { body internal authorSide createdAt }
} } } }`;

const server = useTestServer();
const { admin, officer: officerIrst, buyer, otherBuyer } = useDemoClients(server);

/** Everything the viewer may see, in the board's order, a page at a time. */
async function list(client: TestClient): Promise<Eoi[]> {
  const nodes: Eoi[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const response: GraphQLResponse<{
      expressionsOfInterest: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: Eoi }[];
      };
    }> = await client.gql(LIST, { after });
    expect(response.errors).toBeUndefined();
    const connection = response.data!.expressionsOfInterest;
    nodes.push(...connection.edges.map((edge) => edge.node));
    total = connection.totalCount;
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  expect(nodes).toHaveLength(total);
  return nodes;
}

describe('demo expressions of interest', () => {
  it('every status appears on both institutes’ listings, from many companies', async () => {
    const all = await list(admin);
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const institution of ['irst', 'int']) {
      const statuses = new Set(
        all.filter((eoi) => eoi.asset?.institution.slug === institution).map((eoi) => eoi.status),
      );
      expect([...statuses].sort(), institution).toEqual(Object.values(EoiStatus).sort());
    }
    expect(new Set(all.map((eoi) => eoi.company.slug)).size).toBeGreaterThanOrEqual(8);
    // Threads with internal notes, overdue ones on both sides.
    expect(all.filter((eoi) => eoi.messages.some((message) => message.internal)).length).toBeGreaterThanOrEqual(5);
    for (const institution of ['irst', 'int']) {
      const overdue = all.filter((eoi) => eoi.overdue && eoi.asset?.institution.slug === institution);
      expect(overdue.length, institution).toBeGreaterThanOrEqual(2);
      const fresh = all.filter(
        (eoi) => eoi.status === 'SUBMITTED' && !eoi.overdue && eoi.asset?.institution.slug === institution,
      );
      expect(fresh.length, institution).toBeGreaterThanOrEqual(1);
    }
  });

  it('the IRST officer’s board shows only IRST listings, the overdue ones first', async () => {
    const board = await list(officerIrst);
    expect(board.length).toBeGreaterThanOrEqual(10);
    expect(board.every((eoi) => eoi.asset?.institution.slug === 'irst')).toBe(true);
    const firstNotOverdue = board.findIndex((eoi) => !eoi.overdue);
    expect(firstNotOverdue).toBeGreaterThanOrEqual(2);
    expect(board.slice(firstNotOverdue).some((eoi) => eoi.overdue)).toBe(false);
    // Overdue means still waiting for a first answer from the office.
    for (const eoi of board.filter((item) => item.overdue)) {
      expect(eoi.status).toBe('SUBMITTED');
      expect(eoi.firstResponseAt).toBeNull();
      expect(eoi.messages.some((message) => message.authorSide === 'OFFICE' && !message.internal)).toBe(false);
    }
  });

  it('the demo buyers see their company’s EoIs, with unread replies and never an internal note', async () => {
    const mine = await list(buyer);
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.every((eoi) => eoi.company.slug === 'oncopharm')).toBe(true);
    expect(new Set(mine.map((eoi) => eoi.status)).size).toBeGreaterThanOrEqual(4);
    expect(mine.some((eoi) => eoi.unreadCount > 0)).toBe(true);
    expect(mine.every((eoi) => eoi.messages.every((message) => !message.internal))).toBe(true);
    expect(JSON.stringify(mine)).not.toContain('"internal":true');
    // The office did write internal notes on them: the company is just not shown them.
    const officeView = (await list(admin)).filter((eoi) => eoi.company.slug === 'oncopharm');
    const notes = officeView.flatMap((eoi) => eoi.messages.filter((message) => message.internal));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(JSON.stringify(mine)).not.toContain(note.body);

    const theirs = await list(otherBuyer);
    expect(theirs.length).toBeGreaterThanOrEqual(3);
    expect(theirs.every((eoi) => eoi.company.slug === 'medisense')).toBe(true);
  });

  it('each history is a valid path from submission to the current status', async () => {
    for (const eoi of await list(admin)) {
      const [first, ...moves] = eoi.history;
      expect(first, eoi.id).toMatchObject({ from: null, to: 'SUBMITTED', actorName: eoi.submitterName });
      let status: EoiStatus = 'SUBMITTED';
      let previous = Date.parse(first!.at);
      let officeAnswer: number | null = null;
      for (const move of moves) {
        const side = move.actorName === eoi.submitterName ? 'COMPANY' : 'OFFICE';
        expect(move.from, eoi.id).toBe(status);
        expect(canTransitionEoi(side, status, move.to), `${eoi.id}: ${side} ${status} → ${move.to}`).toBe(true);
        expect(Date.parse(move.at)).toBeGreaterThanOrEqual(previous);
        if (side === 'OFFICE') officeAnswer ??= Date.parse(move.at);
        previous = Date.parse(move.at);
        status = move.to;
      }
      expect(status, eoi.id).toBe(eoi.status);
      // The first answer of the office (a move or a shared message) is the first-response time.
      for (const message of eoi.messages) {
        if (message.authorSide === 'OFFICE' && !message.internal) {
          officeAnswer = Math.min(officeAnswer ?? Number.POSITIVE_INFINITY, Date.parse(message.createdAt));
        }
      }
      expect(eoi.firstResponseAt === null ? null : Date.parse(eoi.firstResponseAt), eoi.id).toBe(officeAnswer);
    }
  });
});

// The triage desk's institute filter: an administrator narrows every institute's EoIs (and their counts) to one;
// the filter never widens an officer's scope beyond their own institute.
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { officer, admin } = useDemoClients(server);

const LIST = `query($filter: ExpressionOfInterestFilter) {
  expressionsOfInterest(first: 100, filter: $filter) {
    totalCount
    statusCounts { status count }
    edges { node { asset { institution { slug } } } }
  }
}`;

interface ListData {
  expressionsOfInterest: {
    totalCount: number;
    statusCounts: { status: string; count: number }[];
    edges: { node: { asset: { institution: { slug: string } } | null } }[];
  };
}

async function instituteId(slug: string): Promise<string> {
  const [row] = await server.orm.em
    .fork()
    .execute<{ id: number }[]>('select id from institution where slug = ?', [slug]);
  return toGlobalId('Institution', row!.id);
}

const slugsOf = (data: ListData) =>
  new Set(data.expressionsOfInterest.edges.map((edge) => edge.node.asset?.institution.slug));
const countsTotal = (data: ListData) =>
  data.expressionsOfInterest.statusCounts.reduce((sum, entry) => sum + entry.count, 0);

describe('the triage desk by institute', () => {
  it("an administrator sees both institutes' EoIs, or one institute's with its own counts", async () => {
    const statuses = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION', 'AGREED', 'DECLINED', 'WITHDRAWN'];
    const all = (await admin.gql<ListData>(LIST, { filter: { statuses } })).data!;
    expect(slugsOf(all)).toEqual(new Set(['irst', 'int']));

    const [irst, int] = [await instituteId('irst'), await instituteId('int')];
    const irstOnly = (await admin.gql<ListData>(LIST, { filter: { statuses, institutionId: irst } })).data!;
    const intOnly = (await admin.gql<ListData>(LIST, { filter: { statuses, institutionId: int } })).data!;
    expect(slugsOf(irstOnly)).toEqual(new Set(['irst']));
    expect(slugsOf(intOnly)).toEqual(new Set(['int']));
    // The counts are the institute's too, and the two make the whole.
    expect(countsTotal(irstOnly)).toBe(irstOnly.expressionsOfInterest.totalCount);
    expect(irstOnly.expressionsOfInterest.totalCount + intOnly.expressionsOfInterest.totalCount).toBe(
      all.expressionsOfInterest.totalCount,
    );
  });

  it('an officer naming another institute gets nothing of it; naming their own changes nothing', async () => {
    const [irst, int] = [await instituteId('irst'), await instituteId('int')];
    const own = (await officer.gql<ListData>(LIST, {})).data!;
    const ownNamed = (await officer.gql<ListData>(LIST, { filter: { institutionId: irst } })).data!;
    const other = (await officer.gql<ListData>(LIST, { filter: { institutionId: int } })).data!;
    expect(own.expressionsOfInterest.totalCount).toBeGreaterThan(0);
    expect(ownNamed.expressionsOfInterest.totalCount).toBe(own.expressionsOfInterest.totalCount);
    expect(other.expressionsOfInterest.totalCount).toBe(0);
    expect(countsTotal(other)).toBe(0);
  });

  it('refuses an id that is not an institute', async () => {
    const response = await admin.gql<ListData>(LIST, { filter: { institutionId: toGlobalId('Asset', 1) } });
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_ID');
  });
});

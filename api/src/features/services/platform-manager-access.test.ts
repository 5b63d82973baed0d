import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// A platform manager is on the office side of the EoIs on their platforms' listings, and of nothing else: not
// another platform's, not the other institute's, and never disclosures, agreements, the dashboard or exports.

const server = useTestServer();
let manager: TestClient;
let managerInt: TestClient;
let officer: TestClient;
let admin: TestClient;
/** platform id → slug, and each demo EoI's platform slug (null: a listing without one). */
let platformOfEoi: Map<string, string | null>;

interface EoiNode {
  id: string;
  status: string;
  priority: string | null;
  asset: { platform: { slug: string } | null; institution: { slug: string } } | null;
}

const LIST = `{ expressionsOfInterest(first: 100) { totalCount edges { node {
  id status priority asset { platform { slug } institution { slug } } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id priority allowedTransitions } } }`;
const TRANSITION = `mutation($id: ID!) { transitionExpressionOfInterest(input: { id: $id, to: IN_REVIEW }) {
  expressionOfInterest { status } errors { code } } }`;

beforeAll(async () => {
  [manager, managerInt, officer, admin] = await Promise.all([
    server.logIn('platforms.irst@tt.demo'),
    server.logIn('platforms.int@tt.demo'),
    server.logIn('officer.irst@tt.demo'),
    server.logIn('admin@tt.demo'),
  ]);
  const rows = await server.orm.em.fork().execute<{ id: number; slug: string | null }[]>(
    `select e.id, p.slug from expression_of_interest e join asset a on a.id = e.asset_id
     left join platform p on p.id = a.platform_id`,
  );
  platformOfEoi = new Map(rows.map((row) => [toGlobalId('ExpressionOfInterest', row.id), row.slug]));
});

describe("a platform manager's triage desk", () => {
  it("lists their platforms' EoIs only, with the office's data", async () => {
    const list = await manager.gql<{ expressionsOfInterest: { totalCount: number; edges: { node: EoiNode }[] } }>(LIST);
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.expressionsOfInterest.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const node of nodes) {
      expect(['irst-genomic-facility', 'irst-biological-resource-centre']).toContain(node.asset!.platform!.slug);
      expect(node.priority).not.toBeNull();
    }
    const expected = [...platformOfEoi.values()].filter(
      (slug) => slug === 'irst-genomic-facility' || slug === 'irst-biological-resource-centre',
    ).length;
    expect(list.data!.expressionsOfInterest.totalCount).toBe(expected);

    const int = await managerInt.gql<{ expressionsOfInterest: { edges: { node: EoiNode }[] } }>(LIST);
    for (const { node } of int.data!.expressionsOfInterest.edges)
      expect(node.asset!.platform!.slug).toBe('int-biobank');
  });

  it('acts on their platforms’ EoIs as the office does', async () => {
    const [mine] = [...platformOfEoi].find(([, slug]) => slug === 'irst-genomic-facility')!;
    const seen = await manager.gql<{ node: { allowedTransitions: string[] } | null }>(NODE, { id: mine });
    expect(seen.data!.node!.allowedTransitions).toContain('IN_REVIEW');
    const moved = await manager.gql<{ transitionExpressionOfInterest: { expressionOfInterest: { status: string } } }>(
      TRANSITION,
      { id: mine },
    );
    expect(moved.data!.transitionExpressionOfInterest.expressionOfInterest.status).toBe('IN_REVIEW');
    const note = await manager.gql<{ postExpressionOfInterestMessage: { errors: unknown[] } }>(
      'mutation($id: ID!) { postExpressionOfInterestMessage(input: { id: $id, body: "Samples checked.", internal: true }) { errors { code } } }',
      { id: mine },
    );
    expect(note.data!.postExpressionOfInterestMessage.errors).toEqual([]);
    // Agreements are the office's alone: no "record an agreement" for a platform manager, who the officer has.
    const query = 'query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { viewerCanCreateAgreement } } }';
    const forManager = await manager.gql<{ node: { viewerCanCreateAgreement: boolean } }>(query, { id: mine });
    expect(forManager.data!.node.viewerCanCreateAgreement).toBe(false);
    const forOfficer = await officer.gql<{ node: { viewerCanCreateAgreement: boolean } }>(query, { id: mine });
    expect(forOfficer.data!.node.viewerCanCreateAgreement).toBe(true);
  });

  it("never sees another platform's or the other institute's EoIs", async () => {
    const other = [...platformOfEoi].find(
      ([, slug]) => slug !== 'irst-genomic-facility' && slug !== 'irst-biological-resource-centre',
    )!;
    const seen = await manager.gql<{ node: unknown }>(NODE, { id: other[0] });
    expect(seen.data!.node).toBeNull();
    const moved = await manager.gql(TRANSITION, { id: other[0] });
    expect(moved.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const [irst] = [...platformOfEoi].find(([, slug]) => slug === 'irst-genomic-facility')!;
    expect((await managerInt.gql<{ node: unknown }>(NODE, { id: irst })).data!.node).toBeNull();
  });
});

describe('what a platform manager never sees', () => {
  it('no disclosures, no agreements', async () => {
    const disclosures = await manager.gql<{ disclosures: { totalCount: number } }>(
      '{ disclosures(first: 5) { totalCount } }',
    );
    expect(disclosures.data?.disclosures.totalCount ?? 0).toBe(0);
    const agreements = await manager.gql<{ agreements: { totalCount: number } }>(
      '{ agreements(first: 5) { totalCount } }',
    );
    expect(agreements.data?.agreements.totalCount ?? 0).toBe(0);
    const [disclosure] = await server.orm.em.fork().execute<{ id: number }[]>('select id from disclosure limit 1');
    const one = await manager.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: toGlobalId('Disclosure', disclosure!.id),
    });
    expect(one.data?.node ?? null).toBeNull();
  });

  it('no office dashboard, no exports, no users', async () => {
    const dashboard = await manager.gql('{ officeDashboard { from } }');
    expect(dashboard.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const users = await manager.gql('{ users(first: 5) { totalCount } }');
    expect(users.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    for (const list of ['eois', 'disclosures', 'listings', 'agreements']) {
      const response = await fetch(`${server.url}/exports/${list}.csv`, { headers: { cookie: manager.cookie } });
      expect(response.status, list).toBe(403);
    }
  });
});

describe('becoming a platform manager', () => {
  const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } errors { field code } } }`;
  const platformId = async (slug: string) => {
    const [row] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>('select id from platform where slug = ?', [slug]);
    return toGlobalId('Platform', row!.id);
  };

  it('an officer invites one to platforms of their own institute only, and accepting attaches them', async () => {
    const mine = await platformId('irst-animal-facility');
    const theirs = await platformId('int-biobank');
    const without = await officer.gql<{ inviteUser: { errors: { code: string }[] } }>(INVITE, {
      input: { email: 'pm.none@irst.demo', role: 'PLATFORM_MANAGER' },
    });
    expect(without.data!.inviteUser.errors.map((e) => e.code)).toEqual(['PLATFORM_MANAGER_PLATFORMS_REQUIRED']);
    const other = await officer.gql<{ inviteUser: { errors: { code: string }[] } }>(INVITE, {
      input: { email: 'pm.other@irst.demo', role: 'PLATFORM_MANAGER', platformIds: [mine, theirs] },
    });
    expect(other.data!.inviteUser.errors.map((e) => e.code)).toEqual(['PLATFORM_OF_ANOTHER_INSTITUTE']);
    const researcher = await officer.gql<{ inviteUser: { errors: { code: string }[] } }>(INVITE, {
      input: { email: 'r.platform@irst.demo', role: 'RESEARCHER', platformIds: [mine] },
    });
    expect(researcher.data!.inviteUser.errors.map((e) => e.code)).toEqual(['PLATFORMS_FOR_PLATFORM_MANAGERS_ONLY']);

    const sent = await officer.gql<{ inviteUser: { errors: unknown[] } }>(INVITE, {
      input: { email: 'pm.animals@irst.demo', role: 'PLATFORM_MANAGER', platformIds: [mine] },
    });
    expect(sent.data!.inviteUser.errors).toEqual([]);
    const [mail] = await server.orm.em
      .fork()
      .execute<{ data: { acceptUrl: string } }[]>(
        `select data from outbox_message where recipient = 'pm.animals@irst.demo' order by id desc limit 1`,
      );
    const token = new URL(mail!.data.acceptUrl).searchParams.get('token')!;
    const accepted = await server.gql<{ acceptInvitation: { errors: unknown[] } }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { errors { code } } }',
      {
        input: {
          token,
          name: 'Animal Facility Manager',
          password: 'a long enough passphrase',
          acceptedTermsVersion: 1,
        },
      },
    );
    expect(accepted.data!.acceptInvitation.errors).toEqual([]);
    const rows = await server.orm.em.fork().execute<{ slug: string; role: string }[]>(
      `select p.slug, u.role from platform_manager pm join platform p on p.id = pm.platform_id
         join app_user u on u.id = pm.user_id where u.email = 'pm.animals@irst.demo'`,
    );
    expect(rows).toEqual([{ slug: 'irst-animal-facility', role: 'PLATFORM_MANAGER' }]);
  });

  it('an admin sets the role and platforms; only admins do', async () => {
    const [user] = await server.orm.em
      .fork()
      .execute<{ id: number; institution_id: number }[]>(
        `select id, institution_id from app_user where email = 'researcher.int@tt.demo'`,
      );
    const SET = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { user { role } errors { code } } }`;
    const input = {
      userId: toGlobalId('User', user!.id),
      role: 'PLATFORM_MANAGER',
      institutionId: toGlobalId('Institution', user!.institution_id),
      platformIds: [await platformId('int-genomics')],
    };
    expect((await officer.gql(SET, { input })).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const set = await admin.gql<{ setUserRole: { user: { role: string } } }>(SET, { input });
    expect(set.data!.setUserRole.user.role).toBe('PLATFORM_MANAGER');
    const back = await admin.gql<{ setUserRole: { user: { role: string } } }>(SET, {
      input: { ...input, role: 'RESEARCHER', platformIds: [] },
    });
    expect(back.data!.setUserRole.user.role).toBe('RESEARCHER');
    const left = await server.orm.em.fork().execute('select 1 from platform_manager where user_id = ?', [user!.id]);
    expect(left).toEqual([]);
  });
});

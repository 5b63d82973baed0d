import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { type GraphQLResponse, sessionCookie, type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
let ids: Record<string, string>;
beforeAll(async () => {
  const rows = await server.orm.em
    .fork()
    .execute<{ kind: string; id: number; slug: string }[]>(
      `select 'Institution' as kind, id, slug from institution union all select 'Company', id, slug from company`,
    );
  ids = Object.fromEntries(
    rows.map((row) => [row.slug, toGlobalId(row.kind as 'Institution' | 'Company', row.id)] as const),
  );
});

const PASSWORD = 'a long enough passphrase';
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) {
  invitation { id email role status expiresAt organisationName invitedByName institution { slug } company { slug } }
  errors { field code message } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  viewer { user { email name role emailVerified institution { slug } company { slug } } }
  errors { field code message } } }`;
const REVOKE = `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) {
  invitation { id status } errors { field code } } }`;
const RESEND = `mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) {
  invitation { id status } errors { field code } } }`;
const PREVIEW = 'query($token: String!) { invitation(token: $token) { email role organisationName expiresAt } }';
const LIST = `query($first: Int, $after: String, $status: InvitationStatus) { invitations(first: $first, after: $after, status: $status) {
  totalCount edges { cursor node { id email role status organisationName } } pageInfo { hasNextPage endCursor } } }`;
const VIEWER = '{ viewer { user { email role institution { slug } company { slug } } } }';

interface UserErrors {
  field: string | null;
  code: string;
  message: string;
}
interface Invitation {
  id: string;
  email: string;
  role: string;
  status: string;
  expiresAt: string;
  organisationName: string;
  invitedByName: string | null;
  institution: { slug: string } | null;
  company: { slug: string } | null;
}
interface InvitePayload {
  inviteUser: { invitation: Invitation | null; errors: UserErrors[] };
}
interface AcceptPayload {
  acceptInvitation: {
    viewer: {
      user: {
        email: string;
        name: string;
        role: string;
        emailVerified: boolean;
        institution: { slug: string } | null;
        company: { slug: string } | null;
      };
    } | null;
    errors: UserErrors[];
  };
}
interface ListPayload {
  invitations: {
    totalCount: number;
    edges: { cursor: string; node: Pick<Invitation, 'id' | 'email' | 'role' | 'status' | 'organisationName'> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

async function invite(client: TestClient, input: Record<string, unknown>) {
  const response = await client.gql<InvitePayload>(INVITE, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.inviteUser;
}

/** The accept link of the newest invitation e-mailed to the address, from the outbox. */
async function mailedLink(email: string): Promise<{ url: URL; token: string; data: Record<string, unknown> }> {
  const rows = await server.orm.em
    .fork()
    .execute<{ data: Record<string, unknown> }[]>(
      `select data from outbox_message where recipient = ? and template = 'invitation' order by id desc limit 1`,
      [email],
    );
  expect(rows).toHaveLength(1);
  const data = rows[0]!.data;
  const url = new URL(String(data.acceptUrl));
  return { url, token: url.searchParams.get('token')!, data };
}

function accept(token: string, name = 'Invited Person', password = PASSWORD) {
  return server.gql<AcceptPayload>(ACCEPT, { input: { token, name, password, acceptedTermsVersion: 1 } });
}

describe('an officer invites a researcher of their institute', () => {
  const email = 'New.Researcher@IRST.example';
  let token: string;

  it('records the invitation and e-mails a link with a single-use token', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const before = Date.now();
    const result = await invite(officer, { email, role: 'RESEARCHER' });
    expect(result.errors).toEqual([]);
    expect(result.invitation).toMatchObject({
      email: 'new.researcher@irst.example',
      role: 'RESEARCHER',
      status: 'PENDING',
      invitedByName: 'Chiara Benedetti',
      institution: { slug: 'irst' },
      company: null,
    });
    expect(result.invitation!.organisationName).toMatch(/^IRST IRCCS/);
    const days = (Date.parse(result.invitation!.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const mail = await mailedLink('new.researcher@irst.example');
    expect(`${mail.url.origin}${mail.url.pathname}`).toBe(`${server.url}/invitations/accept`);
    expect(mail.data).toMatchObject({
      inviterName: 'Chiara Benedetti',
      role: 'RESEARCHER',
      expiresInDays: 7,
      organisationName: result.invitation!.organisationName,
    });
    token = mail.token;
    // Only the token's hash is stored.
    const stored = await server.orm.em
      .fork()
      .execute<{ token_hash: string }[]>(`select token_hash from invitation where email = ?`, [
        'new.researcher@irst.example',
      ]);
    expect(stored.map((row) => row.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);
  });

  it('the accept page can show what the link is for, to anyone holding it', async () => {
    const preview = await server.gql<{ invitation: Record<string, unknown> | null }>(PREVIEW, { token });
    expect(preview.data?.invitation).toMatchObject({ email: 'new.researcher@irst.example', role: 'RESEARCHER' });
    expect(Object.keys(preview.data!.invitation!).sort()).toEqual(['email', 'expiresAt', 'organisationName', 'role']);
  });

  it('a refused password leaves the link usable', async () => {
    const weak = await accept(token, 'Nina Rossi', 'short');
    expect(weak.data?.acceptInvitation.errors.map((error) => `${error.field}:${error.code}`)).toEqual([
      'password:PASSWORD_TOO_SHORT',
    ]);
    expect(sessionCookie(weak.cookies)).toBeUndefined();
  });

  it('accepting creates the researcher of IRST, verified, and signs them in', async () => {
    const response = await accept(token, 'Nina Rossi');
    expect(response.data?.acceptInvitation.errors).toEqual([]);
    expect(response.data?.acceptInvitation.viewer?.user).toEqual({
      email: 'new.researcher@irst.example',
      name: 'Nina Rossi',
      role: 'RESEARCHER',
      emailVerified: true,
      institution: { slug: 'irst' },
      company: null,
    });
    const cookie = sessionCookie(response.cookies)!;
    expect(cookie).toBeTruthy();
    const viewer = await server.gql<{ viewer: { user: { email: string } } }>(VIEWER, {}, { cookie });
    expect(viewer.data?.viewer.user.email).toBe('new.researcher@irst.example');
    // And they can log in with the password they chose.
    const client = await server.logIn('new.researcher@irst.example', PASSWORD);
    const again = await client.gql<{ viewer: { user: { role: string; institution: { slug: string } } } }>(VIEWER);
    expect(again.data?.viewer.user).toMatchObject({ role: 'RESEARCHER', institution: { slug: 'irst' } });
  });

  it('the link works once', async () => {
    const second = await accept(token, 'Someone Else');
    expect(second.data?.acceptInvitation.errors).toEqual([
      expect.objectContaining({ code: 'INVITATION_TOKEN_INVALID' }),
    ]);
    expect(sessionCookie(second.cookies)).toBeUndefined();
    expect((await server.gql<{ invitation: unknown }>(PREVIEW, { token })).data?.invitation).toBeNull();
    const officer = await server.logIn('officer.irst@tt.demo');
    const list = await officer.gql<ListPayload>(LIST, { status: 'ACCEPTED' });
    expect(list.data?.invitations.edges.map((edge) => edge.node.email)).toContain('new.researcher@irst.example');
  });

  it('an existing account cannot be invited again', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const result = await invite(officer, { email: 'NEW.researcher@irst.example', role: 'TT_OFFICER' });
    expect(result.errors).toEqual([expect.objectContaining({ field: 'email', code: 'INVITEE_HAS_ACCOUNT' })]);
    expect((await invite(officer, { email: 'researcher.irst@tt.demo', role: 'RESEARCHER' })).errors[0]?.code).toBe(
      'INVITEE_HAS_ACCOUNT',
    );
  });
});

describe('links that no longer work', () => {
  it('an expired invitation cannot be accepted', async () => {
    const officer = await server.logIn('officer.int@tt.demo');
    expect((await invite(officer, { email: 'late@int.example', role: 'TT_OFFICER' })).errors).toEqual([]);
    const { token } = await mailedLink('late@int.example');
    await server.orm.em
      .fork()
      .execute(`update invitation set expires_at = now() - interval '1 second' where email = ?`, ['late@int.example']);
    expect((await server.gql<{ invitation: unknown }>(PREVIEW, { token })).data?.invitation).toBeNull();
    const response = await accept(token);
    expect(response.data?.acceptInvitation.errors).toEqual([
      expect.objectContaining({ field: 'token', code: 'INVITATION_EXPIRED' }),
    ]);
    const list = await officer.gql<ListPayload>(LIST, { status: 'EXPIRED' });
    expect(list.data?.invitations.edges.map((edge) => edge.node.email)).toEqual(['late@int.example']);
  });

  it('unknown and malformed tokens are refused the same way', async () => {
    for (const token of ['', 'nope', 'A'.repeat(43), `${'A'.repeat(43)}x`]) {
      const response = await accept(token);
      expect(response.data?.acceptInvitation.errors).toEqual([
        expect.objectContaining({ code: 'INVITATION_TOKEN_INVALID' }),
      ]);
      expect((await server.gql<{ invitation: unknown }>(PREVIEW, { token })).data?.invitation).toBeNull();
    }
  });

  it('inviting the same address to the same organisation again re-sends: new link, old one withdrawn', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const first = await invite(officer, { email: 'twice@irst.example', role: 'RESEARCHER' });
    const old = await mailedLink('twice@irst.example');
    const second = await invite(officer, { email: 'twice@irst.example', role: 'RESEARCHER' });
    expect(second.errors).toEqual([]);
    expect(second.invitation!.id).not.toBe(first.invitation!.id);
    const fresh = await mailedLink('twice@irst.example');
    expect(fresh.token).not.toBe(old.token);
    expect((await accept(old.token)).data?.acceptInvitation.errors[0]?.code).toBe('INVITATION_TOKEN_INVALID');
    const list = await officer.gql<ListPayload>(LIST, {});
    const statuses = list
      .data!.invitations.edges.filter((edge) => edge.node.email === 'twice@irst.example')
      .map((edge) => edge.node.status);
    // Newest first.
    expect(statuses).toEqual(['PENDING', 'REVOKED']);
    expect((await accept(fresh.token)).data?.acceptInvitation.errors).toEqual([]);
  });

  it('a revoked invitation cannot be accepted; revoking twice changes nothing', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const sent = await invite(officer, { email: 'withdrawn@irst.example', role: 'RESEARCHER' });
    const { token } = await mailedLink('withdrawn@irst.example');
    const revoked = await officer.gql<{ revokeInvitation: { invitation: { status: string }; errors: unknown[] } }>(
      REVOKE,
      { input: { id: sent.invitation!.id } },
    );
    expect(revoked.data?.revokeInvitation).toEqual({
      invitation: { id: sent.invitation!.id, status: 'REVOKED' },
      errors: [],
    });
    const again = await officer.gql<{ revokeInvitation: { errors: unknown[] } }>(REVOKE, {
      input: { id: sent.invitation!.id },
    });
    expect(again.data?.revokeInvitation.errors).toEqual([]);
    expect((await accept(token)).data?.acceptInvitation.errors[0]?.code).toBe('INVITATION_TOKEN_INVALID');
    // Re-sending makes a new link that works.
    const resent = await officer.gql<{
      resendInvitation: { invitation: { id: string; status: string }; errors: unknown[] };
    }>(RESEND, { input: { id: sent.invitation!.id } });
    expect(resent.data?.resendInvitation).toMatchObject({ invitation: { status: 'PENDING' }, errors: [] });
    const fresh = await mailedLink('withdrawn@irst.example');
    expect((await accept(fresh.token)).data?.acceptInvitation.errors).toEqual([]);
    // An accepted invitation can be neither revoked nor re-sent.
    const late = await officer.gql<{ revokeInvitation: { errors: { code: string }[] } }>(REVOKE, {
      input: { id: resent.data!.resendInvitation.invitation.id },
    });
    expect(late.data?.revokeInvitation.errors[0]?.code).toBe('INVITATION_ALREADY_ACCEPTED');
  });
});

describe('what each inviter may do', () => {
  it('an admin invites anyone, with the organisation the role needs', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const officer = await invite(admin, { email: 'officer3@int.example', role: 'TT_OFFICER', institutionId: ids.int });
    expect(officer.errors).toEqual([]);
    expect(officer.invitation).toMatchObject({ role: 'TT_OFFICER', institution: { slug: 'int' } });
    const member = await invite(admin, {
      email: 'bd@medisense.example',
      role: 'COMPANY_MEMBER',
      companyId: ids.medisense,
    });
    expect(member.invitation).toMatchObject({ role: 'COMPANY_MEMBER', company: { slug: 'medisense' } });
    const colleague = await invite(admin, { email: 'second.admin@tt.example', role: 'ADMIN' });
    expect(colleague.invitation).toMatchObject({ role: 'ADMIN', organisationName: 'TT Marketplace network' });
    const { token } = await mailedLink('second.admin@tt.example');
    const accepted = await accept(token, 'Second Admin');
    expect(accepted.data?.acceptInvitation.viewer?.user).toMatchObject({
      role: 'ADMIN',
      institution: null,
      company: null,
    });

    const missing = await invite(admin, { email: 'x@int.example', role: 'RESEARCHER' });
    expect(missing.errors).toEqual([expect.objectContaining({ field: 'institutionId', code: 'INSTITUTION_REQUIRED' })]);
    const wrongKind = await invite(admin, { email: 'x@int.example', role: 'COMPANY_MEMBER', institutionId: ids.int });
    expect(wrongKind.errors.map((error) => error.code)).toEqual(['COMPANY_REQUIRED']);
    const invalid = await invite(admin, { email: 'not an address', role: 'RESEARCHER', institutionId: ids.int });
    expect(invalid.errors).toEqual([expect.objectContaining({ field: 'email', code: 'EMAIL_INVALID' })]);
    const unknown = await invite(admin, {
      email: 'x@int.example',
      role: 'RESEARCHER',
      institutionId: toGlobalId('Institution', 999_999),
    });
    expect(unknown.errors).toEqual([expect.objectContaining({ field: 'institutionId', code: 'INSTITUTE_NOT_FOUND' })]);
  });

  it('an officer of IRST cannot invite for INT, nor a company member, nor an admin', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    for (const input of [
      { email: 'a@int.example', role: 'RESEARCHER', institutionId: ids.int },
      { email: 'a@int.example', role: 'TT_OFFICER', institutionId: ids.int },
      { email: 'a@oncopharm.example', role: 'COMPANY_MEMBER', companyId: ids.oncopharm },
      { email: 'a@tt.example', role: 'ADMIN' },
    ]) {
      const response = await officer.gql(INVITE, { input });
      expect(code(response), JSON.stringify(input)).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    }
  });

  it('a researcher cannot invite anyone', async () => {
    const researcher = await server.logIn('researcher.irst@tt.demo');
    for (const input of [
      { email: 'a@irst.example', role: 'RESEARCHER' },
      { email: 'a@irst.example', role: 'RESEARCHER', institutionId: ids.irst },
      { email: 'a@oncopharm.example', role: 'COMPANY_MEMBER', companyId: ids.oncopharm },
    ]) {
      expect(code(await researcher.gql(INVITE, { input }))).toBe('FORBIDDEN');
    }
  });

  it('anonymous visitors are asked to sign in', async () => {
    const response = await server.gql(INVITE, { input: { email: 'a@irst.example', role: 'RESEARCHER' } });
    expect(code(response)).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(REVOKE, { input: { id: toGlobalId('Invitation', 1) } }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(RESEND, { input: { id: toGlobalId('Invitation', 1) } }))).toBe('UNAUTHENTICATED');
  });

  it('nothing was recorded or e-mailed for a refused invitation', async () => {
    const rows = await server.orm.em
      .fork()
      .execute<{ count: number }[]>(
        `select (select count(*)::int from invitation where email like 'a@%') + (select count(*)::int from outbox_message where recipient like 'a@%') as count`,
      );
    expect(rows[0]?.count).toBe(0);
  });
});

describe('the language of an invitation', () => {
  it('is the inviter’s: the e-mail and its link speak it; the account starts in the language it is accepted in', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const italian = { cookie: officer.cookie, headers: { 'accept-language': 'it-IT,it;q=0.9,en;q=0.5' } };
    const sent = await server.gql<InvitePayload>(
      INVITE,
      { input: { email: 'nuova.ricercatrice@irst.example', role: 'RESEARCHER' } },
      italian,
    );
    expect(sent.data?.inviteUser.errors).toEqual([]);
    const [queued] = await server.orm.em
      .fork()
      .execute<{ language: string }[]>(
        `select language from outbox_message where recipient = 'nuova.ricercatrice@irst.example' order by id desc`,
      );
    expect(queued?.language).toBe('it');
    const { url, token } = await mailedLink('nuova.ricercatrice@irst.example');
    expect(`${url.origin}${url.pathname}`).toBe(`${server.url}/it/invitations/accept`);

    const accepted = await server.gql<AcceptPayload>(
      ACCEPT,
      { input: { token, name: 'Sara Conti', password: PASSWORD, acceptedTermsVersion: 1 } },
      { headers: { 'accept-language': 'en' } },
    );
    expect(accepted.data?.acceptInvitation.errors).toEqual([]);
    const cookie = sessionCookie(accepted.cookies)!;
    const language = await server.gql<{ viewer: { language: string } }>('{ viewer { language } }', {}, { cookie });
    expect(language.data?.viewer.language).toBe('EN');
  });
});

describe('a company member invites a colleague', () => {
  it('the colleague joins the same company', async () => {
    const buyer = await server.logIn('buyer@oncopharm.demo');
    const sent = await invite(buyer, { email: 'colleague@oncopharm.example', role: 'COMPANY_MEMBER' });
    expect(sent.errors).toEqual([]);
    expect(sent.invitation).toMatchObject({ company: { slug: 'oncopharm' }, organisationName: 'OncoPharm S.p.A.' });
    const { token, data } = await mailedLink('colleague@oncopharm.example');
    expect(data).toMatchObject({ role: 'COMPANY_MEMBER', inviterName: 'Chiara Lombardi' });
    const accepted = await accept(token, 'Paolo Bianchi');
    expect(accepted.data?.acceptInvitation.viewer?.user).toMatchObject({
      role: 'COMPANY_MEMBER',
      company: { slug: 'oncopharm' },
      institution: null,
    });
    const members = await buyer.gql<{ viewer: { user: { company: { members: { email: string }[] } } } }>(
      '{ viewer { user { company { members { email } } } } }',
    );
    expect(members.data?.viewer.user.company.members.map((member) => member.email)).toContain(
      'colleague@oncopharm.example',
    );
  });

  it('but not to another company, nor anyone of an institute', async () => {
    const buyer = await server.logIn('buyer@oncopharm.demo');
    for (const input of [
      { email: 'b@medisense.example', role: 'COMPANY_MEMBER', companyId: ids.medisense },
      { email: 'b@irst.example', role: 'RESEARCHER', institutionId: ids.irst },
      { email: 'b@irst.example', role: 'TT_OFFICER' },
      { email: 'b@tt.example', role: 'ADMIN' },
    ]) {
      expect(code(await buyer.gql(INVITE, { input })), JSON.stringify(input)).toBe('FORBIDDEN');
    }
  });
});

describe('listing and revoking invitations', () => {
  let irstInvitation: string;
  let medisenseInvitation: string;
  beforeAll(async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    irstInvitation = (await invite(officer, { email: 'listed@irst.example', role: 'RESEARCHER' })).invitation!.id;
    const medisense = await server.logIn('buyer@medisense.demo');
    medisenseInvitation = (await invite(medisense, { email: 'listed@medisense.example', role: 'COMPANY_MEMBER' }))
      .invitation!.id;
  });

  async function listAll(client: TestClient): Promise<ListPayload['invitations']['edges'][number]['node'][]> {
    const nodes = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response: GraphQLResponse<ListPayload> = await client.gql<ListPayload>(LIST, { first: 2, after });
      expect(response.errors).toBeUndefined();
      nodes.push(...response.data!.invitations.edges.map((edge) => edge.node));
      if (!response.data!.invitations.pageInfo.hasNextPage) break;
      after = response.data!.invitations.pageInfo.endCursor;
    }
    return nodes;
  }

  it('each sees only what they may manage, newest first, a page at a time', async () => {
    const all = await server.orm.em
      .fork()
      .execute<{ id: number; institution_id: number | null; company_id: number | null; slug: string | null }[]>(
        `select v.id, v.institution_id, v.company_id, coalesce(i.slug, c.slug) as slug from invitation v
         left join institution i on i.id = v.institution_id left join company c on c.id = v.company_id order by v.id desc`,
      );
    const expected = (filter: (row: (typeof all)[number]) => boolean) =>
      all.filter(filter).map((row) => toGlobalId('Invitation', row.id));

    const admin = await listAll(await server.logIn('admin@tt.demo'));
    expect(admin.map((node) => node.id)).toEqual(expected(() => true));
    const irst = await listAll(await server.logIn('officer.irst@tt.demo'));
    expect(irst.map((node) => node.id)).toEqual(expected((row) => row.slug === 'irst'));
    expect(irst.map((node) => node.id)).toContain(irstInvitation);
    const int = await listAll(await server.logIn('officer.int@tt.demo'));
    expect(int.map((node) => node.id)).toEqual(expected((row) => row.slug === 'int'));
    expect(int.map((node) => node.id)).not.toContain(irstInvitation);
    const medisense = await listAll(await server.logIn('buyer@medisense.demo'));
    expect(medisense.map((node) => node.id)).toEqual(expected((row) => row.slug === 'medisense'));
    expect(medisense.map((node) => node.id)).toContain(medisenseInvitation);
    const oncopharm = await listAll(await server.logIn('buyer@oncopharm.demo'));
    expect(oncopharm.map((node) => node.id)).not.toContain(medisenseInvitation);

    const count = await (await server.logIn('officer.irst@tt.demo')).gql<ListPayload>(LIST, { first: 1 });
    expect(count.data?.invitations.totalCount).toBe(irst.length);
  });

  it('a researcher lists nothing: FORBIDDEN', async () => {
    const researcher = await server.logIn('researcher.int@tt.demo');
    expect(code(await researcher.gql(LIST))).toBe('FORBIDDEN');
  });

  it('an officer of another institute or a member of another company cannot revoke or re-send', async () => {
    for (const [email, id] of [
      ['officer.int@tt.demo', irstInvitation],
      ['buyer@oncopharm.demo', irstInvitation],
      ['researcher.irst@tt.demo', irstInvitation],
      ['buyer@oncopharm.demo', medisenseInvitation],
      ['officer.irst@tt.demo', medisenseInvitation],
    ] as const) {
      const client = await server.logIn(email);
      expect(code(await client.gql(REVOKE, { input: { id } })), `${email} revoke`).toBe('FORBIDDEN');
      expect(code(await client.gql(RESEND, { input: { id } })), `${email} resend`).toBe('FORBIDDEN');
    }
    const rows = await server.orm.em
      .fork()
      .execute<{ revoked_at: unknown }[]>(`select revoked_at from invitation where email like 'listed@%'`);
    expect(rows.map((row) => row.revoked_at)).toEqual([null, null]);
  });

  it('an admin may revoke any invitation; an unknown id is reported', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const revoked = await admin.gql<{ revokeInvitation: { invitation: { status: string } } }>(REVOKE, {
      input: { id: medisenseInvitation },
    });
    expect(revoked.data?.revokeInvitation.invitation.status).toBe('REVOKED');
    const unknown = await admin.gql<{ revokeInvitation: { errors: { code: string }[] } }>(REVOKE, {
      input: { id: toGlobalId('Invitation', 999_999) },
    });
    expect(unknown.data?.revokeInvitation.errors[0]?.code).toBe('INVITATION_NOT_FOUND');
  });
});

describe('inviting tells nobody who has an account elsewhere', () => {
  it('an address with an account in another company or an institute is answered like an unknown one', async () => {
    const buyer = await server.logIn('buyer@medisense.demo');
    const answer = async (email: string) => {
      const result = await invite(buyer, { email, role: 'COMPANY_MEMBER' });
      expect(result.errors, email).toEqual([]);
      const { id: _id, email: _email, expiresAt: _expires, ...rest } = result.invitation!;
      return rest;
    };
    const unknown = await answer('nobody-yet@medisense.example');
    expect(await answer('buyer@oncopharm.demo')).toEqual(unknown);
    expect(await answer('researcher.int@tt.demo')).toEqual(unknown);
    // The link goes to the address's owner, who alone learns that the account exists when accepting.
    const { token } = await mailedLink('buyer@oncopharm.demo');
    const accepted = await accept(token, 'Someone Else');
    expect(accepted.data?.acceptInvitation.errors[0]?.code).toBe('EMAIL_TAKEN');
    // Its own members are no secret to a company, and administrators see every user.
    expect((await invite(buyer, { email: 'buyer@medisense.demo', role: 'COMPANY_MEMBER' })).errors[0]?.code).toBe(
      'INVITEE_HAS_ACCOUNT',
    );
    const admin = await server.logIn('admin@tt.demo');
    const taken = await invite(admin, {
      email: 'buyer@oncopharm.demo',
      role: 'COMPANY_MEMBER',
      companyId: ids.medisense,
    });
    expect(taken.errors[0]?.code).toBe('INVITEE_HAS_ACCOUNT');
  });
});

describe('invitations are limited per inviter and per organisation', () => {
  it('a company created a moment ago sends 20 an hour per member and 50 a day in all', async () => {
    const signUp = await server.gql<{ signUp: { errors: unknown[] } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { errors { code } } }',
      {
        input: {
          email: 'founder@fresh.example',
          password: PASSWORD,
          name: 'Fresh Founder',
          acceptedTermsVersion: 1,
          company: { name: 'Fresh Spam Ltd', country: 'GB', size: 'STARTUP' },
        },
      },
      { headers: { 'x-forwarded-for': '198.51.100.90' } },
    );
    expect(signUp.data?.signUp.errors).toEqual([]);
    const founder = await server.logIn('founder@fresh.example', PASSWORD);
    const send = (client: TestClient, email: string) =>
      client.gql<InvitePayload>(INVITE, { input: { email, role: 'COMPANY_MEMBER' } });
    const mails = async (email: string) =>
      Number(
        (
          await server.orm.em
            .fork()
            .execute<{ count: string }[]>(`select count(*) from outbox_message where recipient = ?`, [email])
        )[0]!.count,
      );

    for (let n = 0; n < 20; n++) {
      expect((await send(founder, `target${n}@victims.example`)).data?.inviteUser.errors).toEqual([]);
    }
    const refused = await send(founder, 'target20@victims.example');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      category: 'TOO_MANY_REQUESTS',
      params: { retryAfter: expect.any(Number) },
    });
    expect(refused.errors?.[0]?.message).toMatch(
      /^You have sent many invitations in the last hour; try again in \d+ minutes?\.$/,
    );
    expect(await mails('target20@victims.example')).toBe(0);
    // Sending an invitation again counts too.
    const first = await founder.gql<{ invitations: { edges: { node: { id: string } }[] } }>(
      '{ invitations(first: 1) { edges { node { id } } } }',
    );
    const resent = await founder.gql(RESEND, { input: { id: first.data!.invitations.edges[0]!.node.id } });
    expect(code(resent)).toBe('TOO_MANY_REQUESTS');

    // Colleagues share the company's 50 a day.
    const colleagues: TestClient[] = [];
    for (const n of [0, 1]) {
      const { token } = await mailedLink(`target${n}@victims.example`);
      const joined = await accept(token, `Colleague ${n}`);
      expect(joined.data?.acceptInvitation.errors).toEqual([]);
      colleagues.push(await server.logIn(`target${n}@victims.example`, PASSWORD));
    }
    for (let n = 0; n < 20; n++) {
      expect((await send(colleagues[0]!, `more${n}@victims.example`)).data?.inviteUser.errors).toEqual([]);
    }
    for (let n = 20; n < 30; n++) {
      expect((await send(colleagues[1]!, `more${n}@victims.example`)).data?.inviteUser.errors).toEqual([]);
    }
    const overCompany = await send(colleagues[1]!, 'more30@victims.example');
    expect(overCompany.errors?.[0]?.message).toMatch(
      /^Many invitations to this organisation were sent today; try again in \d+ hours?\.$/,
    );
    expect(await mails('more30@victims.example')).toBe(0);
  });
});

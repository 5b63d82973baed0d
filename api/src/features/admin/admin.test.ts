import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { DEMO_PASSWORD, type GraphQLResponse, type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
let users: Record<string, string>;
let institutions: Record<string, string>;
let companies: Record<string, string>;
beforeAll(async () => {
  const em = server.orm.em.fork();
  const byKey = (rows: { key: string; id: number }[], type: 'User' | 'Institution' | 'Company') =>
    Object.fromEntries(rows.map((row) => [row.key, toGlobalId(type, row.id)]));
  users = byKey(await em.execute('select email as key, id from app_user'), 'User');
  institutions = byKey(await em.execute('select slug as key, id from institution'), 'Institution');
  companies = byKey(await em.execute('select slug as key, id from company'), 'Company');
});

const USERS = `query($query: String, $role: UserRole, $first: Int, $after: String) {
  users(query: $query, role: $role, first: $first, after: $after) {
    totalCount edges { cursor node { id email name role disabled institution { slug } company { slug } } }
    pageInfo { hasNextPage endCursor } } }`;
const USER = 'query($id: ID!) { user(id: $id) { email role } }';
const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) {
  user { email role institution { slug } company { slug } } errors { field code message } } }`;
const SET_DISABLED = `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) {
  user { email disabled } errors { field code message } } }`;
const CREATE_INSTITUTION = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) {
  institution { id slug name shortName city region country website contactEmail description mission networks }
  errors { field code message } } }`;
const UPDATE_INSTITUTION = `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) {
  institution { slug name mission website } errors { field code message } } }`;
const VIEWER = '{ viewer { user { email role institution { slug } company { slug } } } }';

interface UserNode {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  institution: { slug: string } | null;
  company: { slug: string } | null;
}
interface UsersPayload {
  users: {
    totalCount: number;
    edges: { cursor: string; node: UserNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface Errors {
  errors: { field: string | null; code: string; message: string }[];
}
type RolePayload = { setUserRole: Errors & { user: Omit<UserNode, 'id' | 'name' | 'disabled'> | null } };
type DisabledPayload = { setUserDisabled: Errors & { user: { email: string; disabled: boolean } | null } };

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

async function allUsers(client: TestClient, variables: Record<string, unknown> = {}): Promise<UserNode[]> {
  const nodes: UserNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response: GraphQLResponse<UsersPayload> = await client.gql<UsersPayload>(USERS, {
      ...variables,
      first: 3,
      after,
    });
    expect(response.errors).toBeUndefined();
    nodes.push(...response.data!.users.edges.map((edge) => edge.node));
    if (!response.data!.users.pageInfo.hasNextPage) break;
    after = response.data!.users.pageInfo.endCursor;
  }
  return nodes;
}

describe('users', () => {
  it('an admin sees every user, by name, a page at a time', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const nodes = await allUsers(admin);
    expect(nodes.map((node) => node.email).sort()).toEqual(Object.keys(users).sort());
    const names = nodes.map((node) => node.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const first = await admin.gql<UsersPayload>(USERS, { first: 2 });
    expect(first.data?.users.totalCount).toBe(Object.keys(users).length);
  });

  it('an admin searches by name or e-mail and filters by role', async () => {
    const admin = await server.logIn('admin@tt.demo');
    expect((await allUsers(admin, { query: 'oncopharm' })).map((node) => node.email)).toEqual(['buyer@oncopharm.demo']);
    expect((await allUsers(admin, { query: 'Zanetti' })).map((node) => node.email)).toEqual([
      'researcher.irst@tt.demo',
    ]);
    const officers = await allUsers(admin, { role: 'TT_OFFICER' });
    expect(officers.map((node) => node.email).sort()).toEqual(
      ['officer.int@tt.demo', 'officer.irst@tt.demo', 'officer2.int@tt.demo', 'officer2.irst@tt.demo'].sort(),
    );
    expect(await allUsers(admin, { query: '%' })).toEqual([]);
  });

  it('an officer sees only the users of their institute', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const nodes = await allUsers(officer);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.institution?.slug === 'irst')).toBe(true);
    expect(nodes.map((node) => node.email)).toContain('researcher.irst@tt.demo');
    expect(nodes.map((node) => node.email)).not.toContain('researcher.int@tt.demo');
    expect(await allUsers(officer, { query: 'researcher.int' })).toEqual([]);
  });

  it('researchers, company members and visitors cannot list users', async () => {
    for (const email of ['researcher.irst@tt.demo', 'buyer@oncopharm.demo']) {
      expect(code(await (await server.logIn(email)).gql(USERS)), email).toBe('FORBIDDEN');
    }
    expect(code(await server.gql(USERS))).toBe('UNAUTHENTICATED');
  });

  it('user(id) answers only for someone the viewer may see', async () => {
    const officer = await server.logIn('officer.irst@tt.demo');
    const mine = await officer.gql<{ user: { email: string } | null }>(USER, { id: users['researcher.irst@tt.demo'] });
    expect(mine.data?.user?.email).toBe('researcher.irst@tt.demo');
    const theirs = await officer.gql<{ user: unknown }>(USER, { id: users['researcher.int@tt.demo'] });
    expect(theirs.data?.user).toBeNull();
    const buyer = await server.logIn('buyer@medisense.demo');
    expect((await buyer.gql<{ user: unknown }>(USER, { id: users['buyer@oncopharm.demo'] })).data?.user).toBeNull();
    expect(
      (await buyer.gql<{ user: { email: string } }>(USER, { id: users['buyer@medisense.demo'] })).data?.user.email,
    ).toBe('buyer@medisense.demo');
    expect(code(await server.gql(USER, { id: users['buyer@medisense.demo'] }))).toBe('UNAUTHENTICATED');
  });
});

describe('setUserRole', () => {
  it('an admin makes a researcher an officer; the change applies to their current session', async () => {
    const researcher = await server.logIn('researcher.int@tt.demo');
    const admin = await server.logIn('admin@tt.demo');
    const response = await admin.gql<RolePayload>(SET_ROLE, {
      input: { userId: users['researcher.int@tt.demo'], role: 'TT_OFFICER', institutionId: institutions.int },
    });
    expect(response.data?.setUserRole).toEqual({
      user: { email: 'researcher.int@tt.demo', role: 'TT_OFFICER', institution: { slug: 'int' }, company: null },
      errors: [],
    });
    const viewer = await researcher.gql<{ viewer: { user: { role: string } } }>(VIEWER);
    expect(viewer.data?.viewer.user.role).toBe('TT_OFFICER');
    // As an officer they may now list their institute's users.
    expect((await researcher.gql<UsersPayload>(USERS)).errors).toBeUndefined();
  });

  it('moves someone between kinds of organisation, keeping the membership rule', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const userId = users['officer2.irst@tt.demo'];
    const missing = await admin.gql<RolePayload>(SET_ROLE, { input: { userId, role: 'COMPANY_MEMBER' } });
    expect(missing.data?.setUserRole).toEqual({
      user: null,
      errors: [expect.objectContaining({ field: 'companyId', code: 'COMPANY_REQUIRED' })],
    });
    const both = await admin.gql<RolePayload>(SET_ROLE, {
      input: { userId, role: 'RESEARCHER', institutionId: institutions.irst, companyId: companies.oncopharm },
    });
    expect(both.data?.setUserRole.errors.map((error) => error.code)).toEqual(['INSTITUTE_ROLE_WITHOUT_COMPANY']);
    const moved = await admin.gql<RolePayload>(SET_ROLE, {
      input: { userId, role: 'COMPANY_MEMBER', companyId: companies.medisense },
    });
    expect(moved.data?.setUserRole.user).toEqual({
      email: 'officer2.irst@tt.demo',
      role: 'COMPANY_MEMBER',
      institution: null,
      company: { slug: 'medisense' },
    });
    const back = await admin.gql<RolePayload>(SET_ROLE, {
      input: { userId, role: 'TT_OFFICER', institutionId: institutions.irst },
    });
    expect(back.data?.setUserRole.user).toMatchObject({ role: 'TT_OFFICER', institution: { slug: 'irst' } });
    const unknown = await admin.gql<RolePayload>(SET_ROLE, {
      input: { userId: toGlobalId('User', 999_999), role: 'ADMIN' },
    });
    expect(unknown.data?.setUserRole.errors[0]).toMatchObject({ field: 'userId', code: 'USER_NOT_FOUND' });
  });

  it('an admin cannot demote themself', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const response = await admin.gql<RolePayload>(SET_ROLE, {
      input: { userId: users['admin@tt.demo'], role: 'TT_OFFICER', institutionId: institutions.irst },
    });
    expect(response.data?.setUserRole.errors).toEqual([
      expect.objectContaining({ field: 'role', code: 'CANNOT_DEMOTE_SELF' }),
    ]);
    expect((await admin.gql<{ viewer: { user: { role: string } } }>(VIEWER)).data?.viewer.user.role).toBe('ADMIN');
  });

  it('only admins change roles', async () => {
    const input = { userId: users['researcher.irst@tt.demo'], role: 'TT_OFFICER', institutionId: institutions.irst };
    for (const email of ['officer.irst@tt.demo', 'researcher.irst@tt.demo', 'buyer@oncopharm.demo']) {
      expect(code(await (await server.logIn(email)).gql(SET_ROLE, { input })), email).toBe('FORBIDDEN');
    }
    // Not even to promote themselves.
    const officer = await server.logIn('officer.irst@tt.demo');
    expect(code(await officer.gql(SET_ROLE, { input: { userId: users['officer.irst@tt.demo'], role: 'ADMIN' } }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await server.gql(SET_ROLE, { input }))).toBe('UNAUTHENTICATED');
    const rows = await server.orm.em
      .fork()
      .execute<{ role: string }[]>(
        `select role from app_user where email in ('researcher.irst@tt.demo', 'officer.irst@tt.demo')`,
      );
    expect(rows.map((row) => row.role).sort()).toEqual(['RESEARCHER', 'TT_OFFICER']);
  });
});

describe('setUserDisabled', () => {
  it('disabling ends every session of the user and refuses sign-in; enabling lets them in again', async () => {
    const email = 'officer2.int@tt.demo';
    const [first, second] = [await server.logIn(email), await server.logIn(email)];
    const admin = await server.logIn('admin@tt.demo');
    const disabled = await admin.gql<DisabledPayload>(SET_DISABLED, {
      input: { userId: users[email], disabled: true },
    });
    expect(disabled.data?.setUserDisabled).toEqual({ user: { email, disabled: true }, errors: [] });
    for (const client of [first, second]) {
      expect((await client.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    }
    const sessions = await server.orm.em
      .fork()
      .execute<{ count: number }[]>(
        'select count(*)::int as count from user_session s join app_user u on u.id = s.user_id where u.email = ?',
        [email],
      );
    expect(sessions[0]?.count).toBe(0);
    await expect(server.logIn(email)).rejects.toThrow(/INVALID_CREDENTIALS|not correct/);
    const listed = await allUsers(admin, { query: email });
    expect(listed.map((node) => node.disabled)).toEqual([true]);

    const enabled = await admin.gql<DisabledPayload>(SET_DISABLED, {
      input: { userId: users[email], disabled: false },
    });
    expect(enabled.data?.setUserDisabled.user?.disabled).toBe(false);
    const back = await server.logIn(email, DEMO_PASSWORD);
    expect((await back.gql<{ viewer: { user: { email: string } } }>(VIEWER)).data?.viewer.user.email).toBe(email);
  });

  it('an admin cannot disable themself', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const response = await admin.gql<DisabledPayload>(SET_DISABLED, {
      input: { userId: users['admin@tt.demo'], disabled: true },
    });
    expect(response.data?.setUserDisabled.errors).toEqual([
      expect.objectContaining({ field: 'userId', code: 'CANNOT_DISABLE_SELF' }),
    ]);
    expect((await admin.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).not.toBeNull();
  });

  it('only admins disable accounts', async () => {
    const input = { userId: users['researcher.irst@tt.demo'], disabled: true };
    for (const email of ['officer.irst@tt.demo', 'researcher.int@tt.demo', 'buyer@medisense.demo']) {
      expect(code(await (await server.logIn(email)).gql(SET_DISABLED, { input })), email).toBe('FORBIDDEN');
    }
    expect(code(await server.gql(SET_DISABLED, { input }))).toBe('UNAUTHENTICATED');
    expect((await server.logIn('researcher.irst@tt.demo')).cookie).toBeTruthy();
  });
});

describe('institutes', () => {
  const input = {
    slug: 'ieo',
    name: 'Istituto Europeo di Oncologia',
    shortName: 'IEO',
    city: 'Milano',
    region: 'Lombardia',
    website: 'https://www.ieo.example',
    contactEmail: 'TTO@ieo.example',
    description: 'A comprehensive cancer centre.',
    mission: 'Prevention, diagnosis and treatment of cancer.',
    networks: ['Alleanza Contro il Cancro', ' Alleanza Contro il Cancro '],
  };

  it('an admin adds an institute, which is public at once', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const response = await admin.gql<{ createInstitution: Errors & { institution: Record<string, unknown> | null } }>(
      CREATE_INSTITUTION,
      { input },
    );
    expect(response.data?.createInstitution.errors).toEqual([]);
    expect(response.data?.createInstitution.institution).toMatchObject({
      slug: 'ieo',
      country: 'IT',
      contactEmail: 'tto@ieo.example',
      networks: ['Alleanza Contro il Cancro'],
    });
    const listed = await server.gql<{ institutions: { slug: string }[] }>('{ institutions { slug } }');
    expect(listed.data?.institutions.map((institution) => institution.slug)).toContain('ieo');
    // And officers can be invited to it.
    const invited = await admin.gql<{ inviteUser: Errors }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { errors { field code message } } }',
      {
        input: {
          email: 'tto@ieo.example',
          role: 'TT_OFFICER',
          institutionId: response.data!.createInstitution.institution!.id,
        },
      },
    );
    expect(invited.data?.inviteUser.errors).toEqual([]);
  });

  it('refuses a taken slug and invalid fields, field by field', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const taken = await admin.gql<{ createInstitution: Errors }>(CREATE_INSTITUTION, {
      input: { ...input, slug: 'irst' },
    });
    expect(taken.data?.createInstitution.errors).toEqual([
      expect.objectContaining({ field: 'slug', code: 'SLUG_TAKEN' }),
    ]);
    const invalid = await admin.gql<{ createInstitution: Errors }>(CREATE_INSTITUTION, {
      input: { ...input, slug: 'Not A Slug', name: ' ', country: 'Italy', website: 'www.x', contactEmail: 'nobody' },
    });
    expect(invalid.data?.createInstitution.errors.map((error) => `${error.field}:${error.code}`).sort()).toEqual(
      [
        'contactEmail:OFFICE_EMAIL_INVALID',
        'country:COUNTRY_INVALID',
        'name:INSTITUTE_NAME_REQUIRED',
        'slug:SLUG_INVALID',
        'website:WEBSITE_INVALID',
      ].sort(),
    );
  });

  it('an admin updates the fields given', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const response = await admin.gql<{
      updateInstitution: Errors & {
        institution: { slug: string; name: string; mission: string; website: string | null };
      };
    }>(UPDATE_INSTITUTION, {
      input: { id: institutions.int, mission: 'Research, care and teaching in oncology.', website: null },
    });
    expect(response.data?.updateInstitution.errors).toEqual([]);
    expect(response.data?.updateInstitution.institution).toMatchObject({
      slug: 'int',
      mission: 'Research, care and teaching in oncology.',
      website: null,
    });
    expect(response.data?.updateInstitution.institution.name).toMatch(/Tumori/);
    const taken = await admin.gql<{ updateInstitution: Errors }>(UPDATE_INSTITUTION, {
      input: { id: institutions.int, slug: 'irst' },
    });
    expect(taken.data?.updateInstitution.errors[0]?.code).toBe('SLUG_TAKEN');
  });

  it('an admin names an institute’s place in Italian, and clears it; a name too long is refused', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const PLACE = `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) {
      institution { city region it: texts(language: IT) { city region } } errors { field code } } }`;
    type Placed = {
      updateInstitution: Errors & {
        institution: { city: string; region: string; it: { city: string; region: string } } | null;
      };
    };
    const named = await admin.gql<Placed>(PLACE, {
      input: { id: institutions.irst, cityIt: ' Meldola (FC) ', regionIt: 'Emilia-Romagna' },
    });
    expect(named.data?.updateInstitution.errors).toEqual([]);
    // Trimmed; the request is in English, so the English names are shown.
    expect(named.data?.updateInstitution.institution).toEqual({
      city: 'Meldola',
      region: 'Emilia-Romagna',
      it: { city: 'Meldola (FC)', region: 'Emilia-Romagna' },
    });
    const tooLong = await admin.gql<Placed>(PLACE, { input: { id: institutions.irst, cityIt: 'M'.repeat(81) } });
    expect(tooLong.data?.updateInstitution.errors).toEqual([{ field: 'cityIt', code: 'TEXT_TOO_LONG' }]);
    const cleared = await admin.gql<Placed>(PLACE, { input: { id: institutions.irst, cityIt: '', regionIt: '' } });
    expect(cleared.data?.updateInstitution.institution?.it).toEqual({ city: '', region: '' });
  });

  it('only admins manage institutes', async () => {
    for (const email of ['officer.irst@tt.demo', 'researcher.irst@tt.demo', 'buyer@oncopharm.demo']) {
      const client = await server.logIn(email);
      expect(code(await client.gql(CREATE_INSTITUTION, { input: { ...input, slug: 'other' } })), email).toBe(
        'FORBIDDEN',
      );
      expect(
        code(await client.gql(UPDATE_INSTITUTION, { input: { id: institutions.irst, name: 'Mine' } })),
        email,
      ).toBe('FORBIDDEN');
    }
    expect(code(await server.gql(CREATE_INSTITUTION, { input: { ...input, slug: 'other' } }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(UPDATE_INSTITUTION, { input: { id: institutions.irst, name: 'Mine' } }))).toBe(
      'UNAUTHENTICATED',
    );
    const rows = await server.orm.em
      .fork()
      .execute<{ count: number }[]>(
        `select count(*)::int as count from institution where slug = 'other' or name = 'Mine'`,
      );
    expect(rows[0]?.count).toBe(0);
  });
});

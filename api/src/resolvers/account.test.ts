import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, sessionCookie, startTestServer, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  [server, production] = await Promise.all([startTestServer(), startTestServer({ production: true })]);
});
afterAll(async () => {
  await Promise.all([server?.close(), production?.close()]);
});

const VIEWER = '{ viewer { user { id email name role emailVerified institution { slug } company { slug name } } } }';
const LOG_IN =
  'mutation($input: LogInInput!) { logIn(input: $input) { viewer { user { email role } } errors { field code message } } }';
const SIGN_UP =
  'mutation($input: SignUpInput!) { signUp(input: $input) { viewer { user { email role company { name } } } errors { field code message } } }';

interface Viewer {
  viewer: {
    user: { email: string; role: string; institution: { slug: string } | null; company: { slug: string } | null };
  } | null;
}
interface Payload {
  logIn: { viewer: unknown; errors: { field: string | null; code: string; message: string }[] };
}

describe('demo accounts and the viewer', () => {
  it('anonymous: viewer is null', async () => {
    const response = await server.gql<Viewer>(VIEWER);
    expect(response.data?.viewer).toBeNull();
  });

  it.each([
    ['admin@tt.demo', 'ADMIN', null, null],
    ['officer.irst@tt.demo', 'TT_OFFICER', 'irst', null],
    ['officer.int@tt.demo', 'TT_OFFICER', 'int', null],
    ['researcher.irst@tt.demo', 'RESEARCHER', 'irst', null],
    ['researcher.int@tt.demo', 'RESEARCHER', 'int', null],
    ['buyer@oncopharm.demo', 'COMPANY_MEMBER', null, 'oncopharm'],
    ['buyer@medisense.demo', 'COMPANY_MEMBER', null, 'medisense'],
  ])('%s logs in as %s', async (email, role, institution, company) => {
    const client = await server.logIn(email);
    const response = await client.gql<Viewer>(VIEWER);
    expect(response.data?.viewer?.user).toMatchObject({ email, role });
    expect(response.data?.viewer?.user.institution?.slug ?? null).toBe(institution);
    expect(response.data?.viewer?.user.company?.slug ?? null).toBe(company);
  });
});

describe('sessions', () => {
  it('the cookie is httpOnly and SameSite=Lax; Secure in production; only its hash is stored', async () => {
    const dev = await server.gql(LOG_IN, { input: { email: 'buyer@oncopharm.demo', password: DEMO_PASSWORD } });
    const header = dev.cookies.find((cookie) => cookie.startsWith('tt_session='))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).not.toMatch(/Secure/i);
    const token = sessionCookie(dev.cookies)!.split('=')[1]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await server.orm.em.fork().execute<{ token_hash: string }[]>('select token_hash from user_session');
    const hashes = rows.map((row) => row.token_hash);
    expect(hashes).not.toContain(token);
    expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));

    const prod = await production.gql(LOG_IN, { input: { email: 'buyer@oncopharm.demo', password: DEMO_PASSWORD } });
    expect(prod.cookies.find((cookie) => cookie.startsWith('tt_session='))).toMatch(/Secure/);
  });

  it('log out ends the session and clears the cookie', async () => {
    const client = await server.logIn('researcher.irst@tt.demo');
    const out = await client.gql('mutation { logOut { ok } }');
    expect(out.cookies.some((cookie) => /^tt_session=;/.test(cookie) && /Expires=Thu, 01 Jan 1970/i.test(cookie))).toBe(
      true,
    );
    const after = await client.gql<Viewer>(VIEWER);
    expect(after.data?.viewer).toBeNull();
  });

  it('logging in again rotates the session: the old cookie stops working', async () => {
    const first = await server.logIn('officer.int@tt.demo');
    const again = await first.gql(LOG_IN, { input: { email: 'officer.int@tt.demo', password: DEMO_PASSWORD } });
    const rotated = sessionCookie(again.cookies)!;
    expect(rotated).not.toBe(first.cookie);
    expect((await first.gql<Viewer>(VIEWER)).data?.viewer).toBeNull();
    expect((await server.gql<Viewer>(VIEWER, {}, { cookie: rotated })).data?.viewer?.user.email).toBe(
      'officer.int@tt.demo',
    );
  });

  it('sessions expire after a week idle and after 30 days in any case', async () => {
    const idle = await server.logIn('admin@tt.demo');
    const absolute = await server.logIn('officer.irst@tt.demo');
    const em = server.orm.em.fork();
    const hash = (cookie: string) => createHash('sha256').update(cookie.split('=')[1]!).digest('hex');
    await em.execute(`update user_session set last_seen_at = now() - interval '8 days' where token_hash = ?`, [
      hash(idle.cookie),
    ]);
    await em.execute(`update user_session set expires_at = now() - interval '1 second' where token_hash = ?`, [
      hash(absolute.cookie),
    ]);
    expect((await idle.gql<Viewer>(VIEWER)).data?.viewer).toBeNull();
    expect((await absolute.gql<Viewer>(VIEWER)).data?.viewer).toBeNull();
  });

  it('a forged or malformed cookie is simply anonymous', async () => {
    for (const cookie of [
      'tt_session=forged',
      `tt_session=${'A'.repeat(43)}`,
      'tt_session=',
      `tt_session=${'%'.repeat(9000)}`,
    ]) {
      const response = await server.gql<Viewer>(VIEWER, {}, { cookie });
      expect(response.data?.viewer ?? null).toBeNull();
    }
  });
});

describe('logging in', () => {
  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await server.gql<Payload>(LOG_IN, {
      input: { email: 'nobody@nowhere.demo', password: 'whatever-123' },
    });
    const wrong = await server.gql<Payload>(LOG_IN, {
      input: { email: 'buyer@medisense.demo', password: 'wrong-password-1' },
    });
    expect(unknown.data?.logIn.errors).toEqual(wrong.data?.logIn.errors);
    expect(wrong.data?.logIn.errors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(
      unknown.cookies.some((cookie) => cookie.startsWith('tt_session=') && !cookie.startsWith('tt_session=;')),
    ).toBe(false);
  });

  it('limits attempts per account, with a clear "try again in N minutes"', async () => {
    const email = 'researcher.int@tt.demo';
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await server.gql<Payload>(LOG_IN, { input: { email, password: `wrong-password-${attempt}` } });
      expect(response.data?.logIn.errors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    // Even the right password is refused until the window passes.
    const blocked = await server.gql<Payload>(LOG_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(blocked.data?.logIn.errors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.data?.logIn.errors[0]?.message).toMatch(/Try again in 15 minutes/);
    // Another account from the same address is not affected yet.
    expect((await server.logIn('buyer@medisense.demo')).cookie).toBeTruthy();
    // Once the failures are older than the window, logging in works again.
    await server.orm.em
      .fork()
      .execute(`update login_failure set at = at - interval '16 minutes' where email = ?`, [email]);
    expect((await server.logIn(email)).cookie).toBeTruthy();
  });

  it('limits attempts per address across accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    // The test server trusts loopback proxies, so this address is the client's.
    for (let attempt = 0; attempt < 30; attempt++) {
      await server.gql(
        LOG_IN,
        { input: { email: `guess${attempt}@nowhere.demo`, password: 'guess-password-1' } },
        { headers },
      );
    }
    const blocked = await server.gql<Payload>(
      LOG_IN,
      { input: { email: 'admin@tt.demo', password: DEMO_PASSWORD } },
      { headers },
    );
    expect(blocked.data?.logIn.errors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('signing up', () => {
  const input = {
    email: 'New.Buyer@Example.com',
    password: 'a long enough passphrase',
    name: 'Nadia Conti',
    company: { name: 'Nuova Bio S.r.l.', country: 'IT', size: 'STARTUP', website: 'https://nuovabio.example' },
  };

  it('creates the company and the account, and signs in', async () => {
    const response = await server.gql<{
      signUp: { viewer: { user: { email: string; role: string; company: { name: string } } }; errors: unknown[] };
    }>(SIGN_UP, { input });
    expect(response.data?.signUp.errors).toEqual([]);
    expect(response.data?.signUp.viewer.user).toEqual({
      email: 'new.buyer@example.com',
      role: 'COMPANY_MEMBER',
      company: { name: 'Nuova Bio S.r.l.' },
    });
    const cookie = sessionCookie(response.cookies)!;
    expect((await server.gql<Viewer>(VIEWER, {}, { cookie })).data?.viewer?.user.email).toBe('new.buyer@example.com');
    // A new company is not listed in the public directory until it chooses to be.
    const directory = await server.gql<{ partners: { edges: { node: { name: string } }[] } }>(
      '{ partners(query: "Nuova Bio") { edges { node { name } } } }',
    );
    expect(directory.data?.partners.edges).toEqual([]);
  });

  it('refuses a taken e-mail (in any case) and weak passwords, field by field', async () => {
    const taken = await server.gql<{ signUp: { errors: { field: string; code: string }[] } }>(SIGN_UP, {
      input: { ...input, email: 'BUYER@oncopharm.demo' },
    });
    expect(taken.data?.signUp.errors).toEqual([expect.objectContaining({ field: 'email', code: 'EMAIL_TAKEN' })]);
    const weak = await server.gql<{ signUp: { errors: { field: string; code: string }[] } }>(SIGN_UP, {
      input: {
        ...input,
        email: 'x@example.com',
        password: 'password123',
        name: '',
        company: { ...input.company, country: 'Italy' },
      },
    });
    expect(weak.data?.signUp.errors.map((error) => `${error.field}:${error.code}`).sort()).toEqual(
      ['company.country:INVALID', 'name:REQUIRED', 'password:PASSWORD_TOO_COMMON'].sort(),
    );
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple-content-type POST that a cross-site form could send', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logOut { ok } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

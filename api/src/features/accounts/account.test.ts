import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../auth/rate-limits.js';
import { DEMO_PASSWORD, sessionCookie } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const production = useTestServer({ production: true });

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

  // Every request below names its client address: the test server trusts loopback proxies (TRUST_PROXY's
  // default), so X-Forwarded-For sets req.ip.
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  const attempt = (email: string, password: string, ip: string) =>
    server.gql<Payload>(LOG_IN, { input: { email, password } }, from(ip));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('slows down only the address that guesses, with growing delays, and forgets them once it signs in', async () => {
    const email = 'researcher.int@tt.demo';
    for (let n = 0; n < 5; n++) {
      const response = await attempt(email, `wrong-password-${n}`, '198.51.100.1');
      expect(response.data?.logIn.errors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    // The 5th failure makes this pair wait a second: even the right password waits.
    const waiting = await attempt(email, DEMO_PASSWORD, '198.51.100.1');
    expect(waiting.data?.logIn.errors[0]).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many attempts. Try again in 1 second.',
    });
    // The owner, from another address (never used before), is not affected.
    expect((await attempt(email, DEMO_PASSWORD, '198.51.100.2')).data?.logIn.errors).toEqual([]);
    // Each further failure doubles the wait.
    await sleep(1100);
    expect((await attempt(email, 'wrong-password-6', '198.51.100.1')).data?.logIn.errors[0]?.code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await attempt(email, DEMO_PASSWORD, '198.51.100.1')).data?.logIn.errors[0]?.message).toBe(
      'Too many attempts. Try again in 2 seconds.',
    );
    // A success from the address clears its count: the next mistake is free again.
    await sleep(2100);
    expect((await attempt(email, DEMO_PASSWORD, '198.51.100.1')).data?.logIn.errors).toEqual([]);
    expect((await attempt(email, 'wrong-password-7', '198.51.100.1')).data?.logIn.errors[0]?.code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await attempt(email, DEMO_PASSWORD, '198.51.100.1')).data?.logIn.errors).toEqual([]);
  });

  it('five wrong passwords from five addresses do not lock the owner out', async () => {
    const email = 'admin@tt.demo';
    expect((await attempt(email, DEMO_PASSWORD, '203.0.113.10')).data?.logIn.errors).toEqual([]);
    for (let n = 1; n <= 5; n++) {
      const response = await attempt(email, 'wrong-password-1', `198.51.100.${10 + n}`);
      expect(response.data?.logIn.errors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    expect((await attempt(email, DEMO_PASSWORD, '203.0.113.10')).data?.logIn.errors).toEqual([]);
  });

  it('under distributed guessing an account takes only its known addresses, and its owner still signs in', async () => {
    const email = 'officer.int@tt.demo';
    expect((await attempt(email, DEMO_PASSWORD, '203.0.113.20')).data?.logIn.errors).toEqual([]);
    const { points } = RATE_LIMITS.LOGIN_FAILURES_PER_ACCOUNT;
    for (let batch = 0; batch < points; batch += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, points - batch) }, (_, n) =>
          attempt(email, 'guess-password-1', `10.${batch}.${n}.1`),
        ),
      );
    }
    // A new address is refused, even with the right password, the same way as an unknown e-mail would be…
    const stranger = await attempt(email, DEMO_PASSWORD, '192.0.2.99');
    expect(stranger.data?.logIn.errors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(stranger.data?.logIn.errors[0]?.message).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    // …while the owner, from the address they signed in from before, gets in.
    expect((await attempt(email, DEMO_PASSWORD, '203.0.113.20')).data?.logIn.errors).toEqual([]);
  });

  it('failures on many accounts from one address do not stop its other users, up to the spraying limit', async () => {
    const ip = '203.0.113.9';
    // A colleague behind the same proxy signed in from it before.
    expect((await attempt('researcher.irst@tt.demo', DEMO_PASSWORD, ip)).data?.logIn.errors).toEqual([]);
    const spray = (count: number, offset: number) =>
      Promise.all(
        Array.from({ length: count }, (_, n) => attempt(`guess${offset + n}@nowhere.demo`, 'guess-password-1', ip)),
      );
    await spray(30, 0);
    // 30 failures from the address (the old limit) stop nobody else there.
    expect((await attempt('buyer@medisense.demo', DEMO_PASSWORD, ip)).data?.logIn.errors).toEqual([]);
    const { points } = RATE_LIMITS.LOGIN_FAILURES_PER_ADDRESS;
    for (let sent = 30; sent < points; sent += 10) await spray(Math.min(10, points - sent), sent);
    // Past the limit the address may try only the accounts that signed in from it before.
    const blocked = await attempt('buyer@oncopharm.demo', DEMO_PASSWORD, ip);
    expect(blocked.data?.logIn.errors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await attempt('researcher.irst@tt.demo', DEMO_PASSWORD, ip)).data?.logIn.errors).toEqual([]);
    expect((await attempt('buyer@medisense.demo', DEMO_PASSWORD, ip)).data?.logIn.errors).toEqual([]);
    // And from another address every account is as usual.
    expect((await attempt('buyer@oncopharm.demo', DEMO_PASSWORD, '203.0.113.30')).data?.logIn.errors).toEqual([]);
  });
});

describe('signing up', () => {
  const input = {
    email: 'New.Buyer@Example.com',
    password: 'a long enough passphrase',
    name: 'Nadia Conti',
    company: { name: 'Nuova Bio S.r.l.', country: 'IT', size: 'STARTUP', website: 'https://nuovabio.example' },
    acceptedTermsVersion: 1,
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
      ['company.country:COUNTRY_INVALID', 'name:NAME_REQUIRED', 'password:PASSWORD_TOO_COMMON'].sort(),
    );
  });

  it('limits sign-ups per address, "e-mail taken" answers included: then TOO_MANY_REQUESTS and no e-mail', async () => {
    const ip = { headers: { 'x-forwarded-for': '198.51.100.77' } };
    const signUp = (email: string) =>
      server.gql<{ signUp: { errors: { code: string }[] } | null }>(SIGN_UP, { input: { ...input, email } }, ip);
    const { points } = RATE_LIMITS.SIGN_UP_PER_ADDRESS;
    // Probing addresses for an account counts like signing up.
    expect((await signUp('admin@tt.demo')).data?.signUp?.errors[0]?.code).toBe('EMAIL_TAKEN');
    for (let n = 1; n < points; n++) expect((await signUp(`bulk${n}@example.com`)).data?.signUp?.errors).toEqual([]);
    const refused = await signUp('one-too-many@example.com');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      category: 'TOO_MANY_REQUESTS',
      params: { retryAfter: expect.any(Number) },
    });
    expect(refused.errors?.[0]?.message).toMatch(/^Too many sign-ups from this address; try again in \d+ minutes?\.$/);
    const em = server.orm.em.fork();
    const [users] = await em.execute<{ count: string }[]>(
      `select count(*) from app_user where email = 'one-too-many@example.com'`,
    );
    const [mails] = await em.execute<{ count: string }[]>(
      `select count(*) from outbox_message where recipient = 'one-too-many@example.com'`,
    );
    expect([Number(users!.count), Number(mails!.count)]).toEqual([0, 0]);
    // Nor can it probe addresses any more; another address signs up as usual.
    expect((await signUp('buyer@oncopharm.demo')).errors?.[0]?.extensions?.category).toBe('TOO_MANY_REQUESTS');
    const elsewhere = await server.gql<{ signUp: { errors: unknown[] } }>(
      SIGN_UP,
      { input: { ...input, email: 'one-too-many@example.com' } },
      { headers: { 'x-forwarded-for': '198.51.100.78' } },
    );
    expect(elsewhere.data?.signUp.errors).toEqual([]);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple-content-type POST that a cross-site form could send', async () => {
    const response = await server.postGraphQL(JSON.stringify({ query: 'mutation { logOut { ok } }' }), 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../test-support/client-in-language.js';
import { DEMO_PASSWORD, sessionCookie } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const VIEWER = '{ viewer { user { email emailVerified name title } } }';

/** The newest e-mail to an address, as the outbox holds it. */
async function lastMail(to: string): Promise<{ template: string; data: Record<string, string> }> {
  const rows = await server.orm.em
    .fork()
    .execute<{ template: string; data: Record<string, string> }[]>(
      'select template, data from outbox_message where recipient = ? order by id desc limit 1',
      [to],
    );
  if (!rows[0]) throw new Error(`No e-mail to ${to}`);
  return rows[0];
}

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token')!;
}

describe('sign-up → verify → log in → log out', () => {
  it('works end to end, with the link from the e-mail', async () => {
    const email = 'lena.moretti@example.com';
    const signUp = await server.gql<{ signUp: { errors: unknown[] } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { errors { code } } }',
      {
        input: {
          email,
          password: 'rosemary and thyme 7',
          name: 'Lena Moretti',
          acceptedTermsVersion: 1,
          company: { name: 'Moretti Diagnostics', country: 'IT', size: 'SME' },
        },
      },
    );
    expect(signUp.data?.signUp.errors).toEqual([]);
    const cookie = sessionCookie(signUp.cookies)!;
    expect(
      (await server.gql<{ viewer: { user: { emailVerified: boolean } } }>(VIEWER, {}, { cookie })).data?.viewer.user
        .emailVerified,
    ).toBe(false);

    const mail = await lastMail(email);
    expect(mail.template).toBe('verify-email');
    expect(mail.data.verifyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/verify-email\?token=/);
    const verify = 'mutation($token: String!) { verifyEmail(input: { token: $token }) { ok errors { code } } }';
    const verified = await server.gql<{ verifyEmail: { ok: boolean } }>(verify, {
      token: tokenOf(mail.data.verifyUrl!),
    });
    expect(verified.data?.verifyEmail.ok).toBe(true);
    expect(
      (await server.gql<{ viewer: { user: { emailVerified: boolean } } }>(VIEWER, {}, { cookie })).data?.viewer.user
        .emailVerified,
    ).toBe(true);
    // Single use.
    const again = await server.gql<{ verifyEmail: { ok: boolean; errors: { code: string }[] } }>(verify, {
      token: tokenOf(mail.data.verifyUrl!),
    });
    expect(again.data?.verifyEmail).toEqual({ ok: false, errors: [{ code: 'INVALID_TOKEN' }] });

    await server.gql('mutation { logOut { ok } }', {}, { cookie });
    expect((await server.gql<{ viewer: unknown }>(VIEWER, {}, { cookie })).data?.viewer).toBeNull();
    const client = await server.logIn(email, 'rosemary and thyme 7');
    expect((await client.gql<{ viewer: { user: { email: string } } }>(VIEWER)).data?.viewer.user.email).toBe(email);
  });

  it('an expired verification link is refused', async () => {
    await server.orm.em
      .fork()
      .execute(`update app_user set email_verified_at = null where email = 'buyer@medisense.demo'`);
    const client = await server.logIn('buyer@medisense.demo');
    await client.gql('mutation { resendVerificationEmail { ok } }');
    const mail = await lastMail('buyer@medisense.demo');
    await server.orm.em.fork().execute(`update one_time_token set expires_at = now() - interval '1 minute'`);
    const response = await server.gql<{ verifyEmail: { errors: { code: string }[] } }>(
      'mutation($token: String!) { verifyEmail(input: { token: $token }) { ok errors { code } } }',
      { token: tokenOf(mail.data.verifyUrl!) },
    );
    expect(response.data?.verifyEmail.errors[0]?.code).toBe('TOKEN_EXPIRED');
  });
});

describe('sending the verification link again', () => {
  it('sends nothing once verified, and at most three an hour', async () => {
    const sent = async (email: string) =>
      Number(
        (
          await server.orm.em
            .fork()
            .execute<{ count: string }[]>(
              `select count(*) from outbox_message where recipient = ? and template = 'verify-email'`,
              [email],
            )
        )[0]?.count,
      );
    const verified = await server.logIn('officer.irst@tt.demo');
    await verified.gql('mutation { resendVerificationEmail { ok } }');
    expect(await sent('officer.irst@tt.demo')).toBe(0);

    await server.orm.em
      .fork()
      .execute(`update app_user set email_verified_at = null where email = 'researcher.int@tt.demo'`);
    const unverified = await server.logIn('researcher.int@tt.demo');
    const RESEND = 'mutation { resendVerificationEmail { ok errors { code } } }';
    for (let n = 0; n < 3; n++) {
      expect(
        (await unverified.gql<{ resendVerificationEmail: { ok: boolean } }>(RESEND)).data?.resendVerificationEmail.ok,
      ).toBe(true);
    }
    const fourth = await unverified.gql(RESEND);
    expect(fourth.errors?.[0]?.extensions).toMatchObject({
      category: 'TOO_MANY_REQUESTS',
      params: { retryAfter: expect.any(Number) },
    });
    expect(fourth.errors?.[0]?.message).toMatch(/check your inbox \(and spam folder\); try again in \d+ minutes?\.$/);
    expect(await sent('researcher.int@tt.demo')).toBe(3);
  });
});

describe('password reset', () => {
  const REQUEST = 'mutation($email: String!) { requestPasswordReset(input: { email: $email }) { ok errors { code } } }';
  const RESET =
    'mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) { ok errors { field code } } }';

  it('answers the same for unknown addresses, and sends nothing', async () => {
    const before = await server.orm.em.fork().execute<{ count: string }[]>('select count(*) from outbox_message');
    const response = await server.gql<{ requestPasswordReset: { ok: boolean } }>(REQUEST, {
      email: 'ghost@nowhere.demo',
    });
    expect(response.data?.requestPasswordReset.ok).toBe(true);
    const after = await server.orm.em.fork().execute<{ count: string }[]>('select count(*) from outbox_message');
    expect(after[0]?.count).toBe(before[0]?.count);
  });

  it('resets with the e-mailed link once, ends every session, and the new password works', async () => {
    const email = 'researcher.irst@tt.demo';
    const existing = await server.logIn(email);
    await server.gql(REQUEST, { email: email.toUpperCase() });
    const mail = await lastMail(email);
    expect(mail.template).toBe('password-reset');
    const token = tokenOf(mail.data.resetUrl!);

    const weak = await server.gql<{ resetPassword: { ok: boolean; errors: { code: string }[] } }>(RESET, {
      token,
      password: 'short',
    });
    expect(weak.data?.resetPassword.errors).toEqual([{ field: 'password', code: 'PASSWORD_TOO_SHORT' }]);
    // A refused password does not use the link up.
    const fresh = token;
    const done = await server.gql<{ resetPassword: { ok: boolean } }>(RESET, {
      token: fresh,
      password: 'a brand new passphrase',
    });
    expect(done.data?.resetPassword.ok).toBe(true);
    expect(
      (
        await server.gql<{ resetPassword: { errors: { code: string }[] } }>(RESET, {
          token: fresh,
          password: 'another passphrase 2',
        })
      ).data?.resetPassword.errors[0]?.code,
    ).toBe('INVALID_TOKEN');

    expect((await existing.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    expect((await lastMail(email)).template).toBe('password-changed');
    await expect(server.logIn(email, DEMO_PASSWORD)).rejects.toThrow();
    expect((await server.logIn(email, 'a brand new passphrase')).cookie).toBeTruthy();
  });

  it('refuses a fourth reset within the hour for one e-mail address, the same way whether it has an account', async () => {
    const answers = async (email: string) => {
      const got: unknown[] = [];
      // From a different address each time: the limit is the e-mail address's.
      for (let n = 0; n < 4; n++) {
        const response = await server.gql<{ requestPasswordReset: { ok: boolean } }>(
          REQUEST,
          { email },
          { headers: { 'x-forwarded-for': `198.51.100.${n + 40}` } },
        );
        got.push(response.data?.requestPasswordReset ?? response.errors?.[0]);
      }
      return got;
    };
    const account = await answers('officer.int@tt.demo');
    const ghost = await answers('ghost-2@nowhere.demo');
    expect(account.slice(0, 3)).toEqual(Array(3).fill({ ok: true, errors: [] }));
    expect(account[3]).toMatchObject({
      message: 'Too many password-reset requests for this e-mail address; try again in 60 minutes.',
      extensions: { category: 'TOO_MANY_REQUESTS', params: { retryAfter: expect.any(Number) } },
    });
    expect(ghost.map((answer) => JSON.stringify(answer).replace(/"retryAfter":\d+/, ''))).toEqual(
      account.map((answer) => JSON.stringify(answer).replace(/"retryAfter":\d+/, '')),
    );
    const rows = await server.orm.em
      .fork()
      .execute<{ count: string }[]>(
        `select count(*) from outbox_message where recipient = ? and template = 'password-reset'`,
        ['officer.int@tt.demo'],
      );
    expect(Number(rows[0]?.count)).toBe(3);
  });

  it('limits reset requests per requesting address, for any e-mail addresses', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.60' };
    for (let n = 0; n < 10; n++) {
      const response = await server.gql<{ requestPasswordReset: { ok: boolean } }>(
        REQUEST,
        { email: `someone${n}@example.com` },
        { headers },
      );
      expect(response.data?.requestPasswordReset.ok).toBe(true);
    }
    const refused = await server.gql(REQUEST, { email: 'buyer@medisense.demo' }, { headers });
    expect(refused.errors?.[0]?.message).toBe(
      'Too many password-reset requests from this address; try again in 60 minutes.',
    );
    expect(refused.errors?.[0]?.extensions?.category).toBe('TOO_MANY_REQUESTS');
  });
});

describe('account page: profile, password, sessions', () => {
  it('changing the password ends the other sessions; this browser stays signed in', async () => {
    const email = 'buyer@oncopharm.demo';
    const laptop = await server.logIn(email);
    const phone = await server.logIn(email);
    const response = await laptop.gql<{ changePassword: { ok: boolean } }>(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { field code } } }',
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'oncopharm portfolio 2027' } },
    );
    expect(response.data?.changePassword.ok).toBe(true);
    const renewed = sessionCookie(response.cookies)!;
    expect(renewed).not.toBe(laptop.cookie);
    expect((await phone.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    expect((await laptop.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    expect(
      (await server.gql<{ viewer: { user: { email: string } } }>(VIEWER, {}, { cookie: renewed })).data?.viewer.user
        .email,
    ).toBe(email);

    const wrong = await server.gql<{ changePassword: { errors: { field: string; code: string }[] } }>(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { field code } } }',
      { input: { currentPassword: 'not-the-password', newPassword: 'whatever passphrase 9' } },
      { cookie: renewed },
    );
    expect(wrong.data?.changePassword.errors).toEqual([
      { field: 'currentPassword', code: 'CURRENT_PASSWORD_INCORRECT' },
    ]);
  });

  it('lists and revokes own sessions only', async () => {
    const mine = await server.logIn('officer.irst@tt.demo');
    const other = await server.logIn('officer.irst@tt.demo');
    const list = await mine.gql<{ viewer: { sessions: { id: string; current: boolean }[] } }>(
      '{ viewer { sessions { id current lastSeenAt } } }',
    );
    const sessions = list.data!.viewer.sessions;
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const otherId = sessions.find((session) => !session.current)!.id;
    // Someone else cannot end it.
    const stranger = await server.logIn('admin@tt.demo');
    const refused = await stranger.gql<{ revokeSession: { ok: boolean } }>(
      'mutation($id: ID!) { revokeSession(input: { id: $id }) { ok } }',
      { id: otherId },
    );
    expect(refused.data?.revokeSession.ok).toBe(false);
    const revoked = await mine.gql<{ revokeSession: { ok: boolean } }>(
      'mutation($id: ID!) { revokeSession(input: { id: $id }) { ok } }',
      { id: otherId },
    );
    expect(revoked.data?.revokeSession.ok).toBe(true);
    const remaining = await other.gql<{ viewer: unknown }>(VIEWER);
    const still = await mine.gql<{ viewer: unknown }>(VIEWER);
    expect([remaining.data?.viewer === null, still.data?.viewer !== null]).toEqual([true, true]);
  });

  it('updates the name and title with field errors', async () => {
    const client = await server.logIn('researcher.int@tt.demo');
    const bad = await client.gql<{ updateProfile: { errors: { field: string }[] } }>(
      'mutation { updateProfile(input: { name: "" }) { errors { field code } } }',
    );
    expect(bad.data?.updateProfile.errors[0]?.field).toBe('name');
    const good = await client.gql<{ updateProfile: { viewer: { user: { name: string; title: string } } } }>(
      'mutation { updateProfile(input: { name: "Stefano Villa", title: "Senior scientist" }) { viewer { user { name title } } errors { code } } }',
    );
    expect(good.data?.updateProfile.viewer.user).toEqual({ name: 'Stefano Villa', title: 'Senior scientist' });
  });

  it('keeps a work phone, checked, that the office sees with the e-mail and title on the EoIs the person sent', async () => {
    const buyer = await server.logIn('buyer@medisense.demo');
    const UPDATE =
      'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { viewer { user { title phone } } errors { field code } } }';
    type Update = {
      updateProfile: {
        viewer: { user: { title: string | null; phone: string | null } } | null;
        errors: { field: string; code: string }[];
      };
    };
    const name = (await buyer.gql<{ viewer: { user: { name: string } } }>(VIEWER)).data!.viewer.user.name;
    for (const phone of ['call me', '12345', '+39 02 ext 5']) {
      const bad = await buyer.gql<Update>(UPDATE, { input: { name, phone } });
      expect(bad.data?.updateProfile.errors, phone).toEqual([{ field: 'phone', code: 'PHONE_INVALID' }]);
    }
    const saved = await buyer.gql<Update>(UPDATE, {
      input: { name, title: 'Head of BD', phone: ' +39 02 1234 5678 ' },
    });
    expect(saved.data?.updateProfile.viewer?.user).toEqual({ title: 'Head of BD', phone: '+39 02 1234 5678' });
    // Left out, it stays; empty, it goes.
    const kept = await buyer.gql<Update>(UPDATE, { input: { name, title: 'Head of BD' } });
    expect(kept.data?.updateProfile.viewer?.user.phone).toBe('+39 02 1234 5678');

    const mine = await buyer.gql<{
      expressionsOfInterest: { edges: { node: { id: string; asset: { institution: { shortName: string } } } }[] };
    }>('{ expressionsOfInterest(first: 50) { edges { node { id asset { institution { shortName } } } } } }');
    const sent = mine.data!.expressionsOfInterest.edges.find(
      (edge) => edge.node.asset.institution.shortName === 'IRST',
    );
    expect(sent).toBeDefined();
    const CONTACT = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { submitterName submitterEmail submitterTitle submitterTitleLanguage submitterPhone } } }`;
    const officer = await server.logIn('officer.irst@tt.demo');
    const seen = await officer.gql<{ node: Record<string, string> }>(CONTACT, { id: sent!.node.id });
    expect(seen.data?.node).toEqual({
      submitterName: name,
      submitterEmail: 'buyer@medisense.demo',
      submitterTitle: 'Head of BD',
      submitterTitleLanguage: 'EN',
      submitterPhone: '+39 02 1234 5678',
    });
    // The other institute's office does not see the EoI at all, contact included.
    const other = await (await server.logIn('officer.int@tt.demo')).gql<{ node: unknown }>(CONTACT, {
      id: sent!.node.id,
    });
    expect(other.data?.node ?? null).toBeNull();

    const removed = await buyer.gql<Update>(UPDATE, { input: { name, title: 'Head of BD', phone: '' } });
    expect(removed.data?.updateProfile.viewer?.user.phone).toBeNull();
  });

  it('keeps the language the title was written in, shown with it on the listings the person handles', async () => {
    const [listing] = await server.orm.em.fork().execute<{ slug: string }[]>(
      `select a.slug from asset a join app_user u on u.id = a.contact_officer_id
       where u.email = 'officer.irst@tt.demo' and a.status = 'PUBLISHED' order by a.id limit 1`,
    );
    const officer = await server.logIn('officer.irst@tt.demo');
    const UPDATE =
      'mutation($name: String!, $title: String) { updateProfile(input: { name: $name, title: $title }) { viewer { user { title titleLanguage } } errors { code } } }';
    const LISTING = 'query($slug: String!) { asset(slug: $slug) { contactOfficer { title titleLanguage } } }';
    const name = (await officer.gql<{ viewer: { user: { name: string } } }>(VIEWER)).data!.viewer.user.name;
    const italian = await inLanguage(server, officer, 'it').gql<{
      updateProfile: { viewer: { user: { title: string; titleLanguage: string } } };
    }>(UPDATE, { name, title: 'Responsabile del trasferimento tecnologico' });
    expect(italian.data?.updateProfile.viewer.user).toEqual({
      title: 'Responsabile del trasferimento tecnologico',
      titleLanguage: 'IT',
    });
    const listed = await server.gql<{ asset: { contactOfficer: { title: string; titleLanguage: string } } }>(LISTING, {
      slug: listing!.slug,
    });
    expect(listed.data?.asset.contactOfficer).toEqual({
      title: 'Responsabile del trasferimento tecnologico',
      titleLanguage: 'IT',
    });
    // The profile saved again from an English page with the same title: the title is still Italian.
    const english = inLanguage(server, officer, 'en');
    const same = await english.gql<{ updateProfile: { viewer: { user: { titleLanguage: string } } } }>(UPDATE, {
      name,
      title: 'Responsabile del trasferimento tecnologico',
    });
    expect(same.data?.updateProfile.viewer.user.titleLanguage).toBe('IT');
    const changed = await english.gql<{ updateProfile: { viewer: { user: { titleLanguage: string } } } }>(UPDATE, {
      name,
      title: 'Head of technology transfer',
    });
    expect(changed.data?.updateProfile.viewer.user.titleLanguage).toBe('EN');
  });

  it('anonymous callers are refused with UNAUTHENTICATED', async () => {
    for (const mutation of [
      'mutation { resendVerificationEmail { ok } }',
      'mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) { ok } }',
      'mutation { updateProfile(input: { name: "X" }) { errors { code } } }',
      'mutation { revokeSession(input: { id: "x" }) { ok } }',
      'mutation { setLanguage(input: { language: IT }) { errors { code } } }',
    ]) {
      const response = await server.gql(mutation);
      expect(response.errors?.[0]?.extensions?.category, mutation).toBe('UNAUTHENTICATED');
    }
  });
});

describe("the account's language", () => {
  const LANGUAGE = '{ viewer { language } }';
  const SET =
    'mutation($language: Language!) { setLanguage(input: { language: $language }) { viewer { language } errors { code } } }';

  it('starts as the language the sign-up was made in, and is the confirmation e-mail’s', async () => {
    const email = 'giorgia.fontana@example.com';
    const signUp = await server.gql<{ signUp: { errors: unknown[] } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { errors { code } } }',
      {
        input: {
          email,
          password: 'basilico e menta 42',
          name: 'Giorgia Fontana',
          acceptedTermsVersion: 1,
          company: { name: 'Fontana Biotech', country: 'IT', size: 'STARTUP' },
        },
      },
      { headers: { 'accept-language': 'it' } },
    );
    expect(signUp.data?.signUp.errors).toEqual([]);
    const cookie = sessionCookie(signUp.cookies)!;
    expect((await server.gql<{ viewer: { language: string } }>(LANGUAGE, {}, { cookie })).data?.viewer.language).toBe(
      'IT',
    );
    const [queued] = await server.orm.em
      .fork()
      .execute<{ language: string }[]>('select language from outbox_message where recipient = ? order by id desc', [
        email,
      ]);
    expect(queued?.language).toBe('it');
  });

  it('is English for an account made before it could be chosen, and changes for good with setLanguage', async () => {
    const client = await server.logIn('officer.int@tt.demo');
    expect((await client.gql<{ viewer: { language: string } }>(LANGUAGE)).data?.viewer.language).toBe('EN');
    const set = await client.gql<{ setLanguage: { viewer: { language: string }; errors: unknown[] } }>(SET, {
      language: 'IT',
    });
    expect(set.data?.setLanguage).toEqual({ viewer: { language: 'IT' }, errors: [] });
    // Another browser, later: the setting is the account's, whatever the request's language.
    const again = await server.logIn('officer.int@tt.demo');
    const seen = await server.gql<{ viewer: { language: string } }>(
      LANGUAGE,
      {},
      { cookie: again.cookie, headers: { 'accept-language': 'en' } },
    );
    expect(seen.data?.viewer.language).toBe('IT');
    await client.gql(SET, { language: 'EN' });
  });

  it('cannot be set signed out', async () => {
    const response = await server.gql(SET, { language: 'IT' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', category: 'UNAUTHENTICATED' });
    expect(response.data?.setLanguage ?? null).toBeNull();
  });
});

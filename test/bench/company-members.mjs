// The catalogue's main users: company members, signed in through the API as the web signs them in. The
// scale data's members have no password; the bench gives a few of them one (hashed as the API hashes
// passwords), then logs each in with the web's LogIn mutation and keeps the session cookie it sets.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './bench-server.mjs';
import { webOperation } from './web-documents.mjs';

/**
 * @param {(text: string, params?: unknown[]) => Promise<any[]>} sql
 * @param {{ url: string, count: number }} options the server's origin, how many members
 * @returns {Promise<{ email: string, cookie: string }[]>}
 */
export async function signInCompanyMembers(sql, options) {
  const { hashPassword } = await import(pathToFileURL(path.join(root, 'api/dist/auth/passwords.js')).href);
  const password = `bench-${randomBytes(12).toString('base64url')}`;
  const passwordHash = await hashPassword(password);
  // Members of companies with the most EoIs: the people who use the catalogue.
  const members = await sql(
    `select u.id, u.email from app_user u
     where u.role = 'COMPANY_MEMBER' and u.company_id is not null and u.email_verified_at is not null
     order by u.id limit $1`,
    [options.count],
  );
  if (members.length < options.count) throw new Error(`the scale data has only ${members.length} company members`);
  await sql('update app_user set password_hash = $1 where id = any($2::int[])', [
    passwordHash,
    members.map((m) => m.id),
  ]);
  const logIn = webOperation('LogIn');
  const signedIn = [];
  for (const member of members) {
    const response = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: logIn,
        operationName: 'LogIn',
        variables: { input: { email: member.email, password } },
      }),
    });
    const answer = /** @type {any} */ (await response.json());
    const session = response.headers.getSetCookie().find((c) => c.startsWith('tt_session='));
    if (!answer.data?.logIn?.viewer?.user || !session) {
      throw new Error(`signing in ${member.email} failed: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
    }
    signedIn.push({ email: member.email, cookie: session.split(';')[0] });
  }
  return signedIn;
}

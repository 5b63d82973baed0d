// Matchmaking at scale (issue #13): a company's "Recommended for you" and a listing's "Companies to approach", as
// the web asks for them (its own documents), by company members and by officers of the listings' institutes. The
// scale data's officers have no password; the bench gives a few of them one, as company-members.mjs does for
// company members, and signs them in with the web's LogIn mutation.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './bench-server.mjs';
import { webOperation } from './web-documents.mjs';

/**
 * Signs in `count` users of `role`, the first by id (one per institute for officers), keeping their session cookies.
 * @param {(text: string, params?: unknown[]) => Promise<any[]>} sql
 * @param {{ url: string, count: number, role: 'TT_OFFICER' | 'COMPANY_MEMBER' }} options
 * @returns {Promise<{ id: number, email: string, cookie: string, institutionId: number | null }[]>}
 */
export async function signInUsers(sql, options) {
  const { hashPassword } = await import(pathToFileURL(path.join(root, 'api/dist/auth/passwords.js')).href);
  const password = `bench-${randomBytes(12).toString('base64url')}`;
  const passwordHash = await hashPassword(password);
  const users = await sql(
    options.role === 'TT_OFFICER'
      ? `select distinct on (u.institution_id) u.id, u.email, u.institution_id from app_user u
         where u.role = 'TT_OFFICER' and u.email_verified_at is not null order by u.institution_id, u.id limit $1`
      : `select u.id, u.email, u.institution_id from app_user u
         where u.role = 'COMPANY_MEMBER' and u.email_verified_at is not null order by md5(u.id::text) limit $1`,
    [options.count],
  );
  await sql('update app_user set password_hash = $1 where id = any($2::int[])', [passwordHash, users.map((u) => u.id)]);
  const logIn = webOperation('LogIn');
  const signedIn = [];
  for (const user of users) {
    const response = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: logIn,
        operationName: 'LogIn',
        variables: { input: { email: user.email, password } },
      }),
    });
    const answer = /** @type {any} */ (await response.json());
    const session = response.headers.getSetCookie().find((c) => c.startsWith('tt_session='));
    if (!answer.data?.logIn?.viewer?.user || !session) {
      throw new Error(`signing in ${user.email} failed: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
    }
    signedIn.push({
      id: user.id,
      email: user.email,
      cookie: session.split(';')[0],
      institutionId: user.institution_id,
    });
  }
  return signedIn;
}

/**
 * The two matchmaking requests, each a web document with its variables: recommendations for one of `members`
 * (in turn), companies to approach for a published listing of an officer's institute (listings in turn).
 * @param {(text: string, params?: unknown[]) => Promise<any[]>} sql
 * @param {{ url: string, members: number, listingsPerInstitute: number }} options
 */
export async function prepareMatchmaking(sql, options) {
  const members = await signInUsers(sql, { url: options.url, count: options.members, role: 'COMPANY_MEMBER' });
  const officers = await signInUsers(sql, { url: options.url, count: 100, role: 'TT_OFFICER' });
  const listings = await sql(
    `select x.id, x.institution_id from (select a.id, a.institution_id,
       row_number() over (partition by a.institution_id order by md5(a.id::text)) as n
       from asset a where a.status = 'PUBLISHED') x where x.n <= $1 order by md5(x.id::text)`,
    [options.listingsPerInstitute],
  );
  const officerOf = new Map(officers.map((officer) => [officer.institutionId, officer]));
  const pairs = listings.flatMap((listing) => {
    const officer = officerOf.get(listing.institution_id);
    return officer
      ? [{ assetId: Buffer.from(`Asset:${listing.id}`).toString('base64url'), cookie: officer.cookie }]
      : [];
  });
  const RECOMMENDED = webOperation('RecommendedListings');
  const TO_APPROACH = webOperation('CompaniesToApproach');
  const body = (query, variables) =>
    JSON.stringify({ operationName: /^\s*query\s+(\w+)/.exec(query)?.[1], variables, query });
  let recommendations = 0;
  let approaches = 0;
  const answered = (field) => (text) => {
    const answer = JSON.parse(text);
    return !answer.errors && Array.isArray(answer.data?.[field]);
  };
  return {
    members: members.length,
    officers: officers.length,
    listings: pairs.length,
    recommendations: () => {
      const member = members[recommendations++ % members.length];
      return { body: body(RECOMMENDED, { first: 10 }), headers: { cookie: member.cookie } };
    },
    companiesToApproach: () => {
      const pair = pairs[approaches++ % pairs.length];
      return { body: body(TO_APPROACH, { assetId: pair.assetId, first: 10 }), headers: { cookie: pair.cookie } };
    },
    checks: { recommendations: answered('recommendedListings'), companiesToApproach: answered('companiesToApproach') },
    /** The sessions the bench made, to delete at the end. */
    emails: [...members, ...officers].map((user) => user.email),
  };
}

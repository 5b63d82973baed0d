import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { type GraphQLResponse, sessionCookie, type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// Listing in the public partner directory is the network's decision. A company made by self sign-up that
// sets `listed: true` only asks; an administrator or an officer approves or declines; leaving is immediate.

const server = useTestServer();
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) {
  viewer { user { company { id slug } } } errors { field code } } }`;
const SET_LISTED = `mutation($listed: Boolean!) { updateCompanyProfile(input: { listed: $listed }) {
  company { id listed listingRequestedAt } errors { field code } } }`;
const ADMIN_SET_LISTED = `mutation($id: ID!, $listed: Boolean!) {
  updateCompanyProfile(input: { companyId: $id, listed: $listed }) { company { listed listingRequestedAt } errors { code } } }`;
const MY_COMPANY = '{ viewer { user { company { id listed listingRequestedAt } } } }';
const REQUESTS = '{ directoryListingRequests { id slug name listed listingRequestedAt } }';
const REVIEW = `mutation($id: ID!, $approve: Boolean!) { reviewDirectoryListing(input: { companyId: $id, approve: $approve }) {
  company { id listed listingRequestedAt } errors { field code message } } }`;
const PARTNER = 'query($slug: String!) { partner(slug: $slug) { id listed listingRequestedAt } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on Company { listingRequestedAt } } }';
const PARTNERS = 'query($query: String) { partners(query: $query) { totalCount edges { node { slug } } } }';

interface CompanyState {
  id: string;
  listed: boolean;
  listingRequestedAt: string | null;
}
interface Founded {
  client: TestClient;
  id: string;
  slug: string;
  name: string;
}

let founded = 0;
/** A company made by self sign-up, and its founder signed in. */
async function signUpCompany(name: string): Promise<Founded> {
  founded += 1;
  const response = await server.gql<{ signUp: { viewer: { user: { company: { id: string; slug: string } } } } }>(
    SIGN_UP,
    {
      input: {
        email: `founder.${founded}@directory-test.example`,
        password: 'a long enough passphrase',
        name: 'Dora Founder',
        acceptedTermsVersion: 1,
        company: { name, country: 'IT', size: 'STARTUP', website: 'https://directory-test.example' },
      },
    },
  );
  const cookie = sessionCookie(response.cookies);
  if (!cookie) throw new Error(`sign-up failed: ${JSON.stringify(response.data ?? response.errors)}`);
  const company = response.data!.signUp.viewer.user.company;
  return { client: { cookie, gql: (q, v) => server.gql(q, v, { cookie }) }, name, ...company };
}

async function inDirectory(company: Founded): Promise<{ search: string[]; bySlug: boolean; byId: boolean }> {
  const search = await server.gql<{ partners: { edges: { node: { slug: string } }[] } }>(PARTNERS, {
    query: company.name,
  });
  const bySlug = await server.gql<{ partner: unknown }>(PARTNER, { slug: company.slug });
  const byId = await server.gql<{ node: unknown }>(NODE, { id: company.id });
  return {
    search: search.data!.partners.edges.map((edge) => edge.node.slug),
    bySlug: bySlug.data?.partner != null,
    byId: byId.data?.node != null,
  };
}
const NOWHERE = { search: [], bySlug: false, byId: false };

async function setListed(client: TestClient, listed: boolean): Promise<CompanyState> {
  const response = await client.gql<{ updateCompanyProfile: { company: CompanyState; errors: unknown[] } }>(
    SET_LISTED,
    { listed },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.updateCompanyProfile.errors).toEqual([]);
  return response.data!.updateCompanyProfile.company;
}

async function pending(client: TestClient): Promise<{ id: string; slug: string; listingRequestedAt: string }[]> {
  const response = await client.gql<{
    directoryListingRequests: { id: string; slug: string; listingRequestedAt: string }[];
  }>(REQUESTS);
  expect(response.errors).toBeUndefined();
  return response.data!.directoryListingRequests;
}

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

describe('a company made by self sign-up and the public directory', () => {
  it('setting listed: true asks to be listed and does not list it', async () => {
    const company = await signUpCompany('Selfie Listing Bio');
    const before = Date.now();
    const asked = await setListed(company.client, true);
    expect(asked.listed).toBe(false);
    expect(Math.abs(Date.parse(asked.listingRequestedAt!) - before)).toBeLessThan(60_000);
    expect(await inDirectory(company)).toEqual(NOWHERE);

    // Asking again keeps the first request (its place in the queue).
    const again = await setListed(company.client, true);
    expect(again).toEqual(asked);
    const mine = await company.client.gql<{ viewer: { user: { company: CompanyState } } }>(MY_COMPANY);
    expect(mine.data?.viewer.user.company).toEqual(asked);
  });

  it('the request waits for an administrator or an officer, oldest first; approval lists the company', async () => {
    const first = await signUpCompany('Queue First Diagnostics');
    const second = await signUpCompany('Queue Second Devices');
    await setListed(first.client, true);
    await setListed(second.client, true);
    const admin = await server.logIn('admin@tt.demo');
    const officerInt = await server.logIn('officer.int@tt.demo');
    for (const reviewer of [admin, officerInt, await server.logIn('officer.irst@tt.demo')]) {
      const queue = (await pending(reviewer)).map((company) => company.slug);
      expect(queue.indexOf(first.slug)).toBeGreaterThanOrEqual(0);
      expect(queue.indexOf(first.slug)).toBeLessThan(queue.indexOf(second.slug));
    }
    const requested = (await pending(admin)).find((company) => company.id === first.id)!;
    expect(requested.listingRequestedAt).not.toBeNull();

    const approved = await officerInt.gql<{ reviewDirectoryListing: { company: CompanyState; errors: unknown[] } }>(
      REVIEW,
      { id: first.id, approve: true },
    );
    expect(approved.data?.reviewDirectoryListing).toEqual({
      company: { id: first.id, listed: true, listingRequestedAt: null },
      errors: [],
    });
    expect(await inDirectory(first)).toEqual({ search: [first.slug], bySlug: true, byId: true });
    expect((await pending(admin)).map((company) => company.id)).not.toContain(first.id);

    // Answered once: a second reviewer deciding at the same time is told, and changes nothing.
    const late = await admin.gql<{ reviewDirectoryListing: { company: unknown; errors: { code: string }[] } }>(REVIEW, {
      id: first.id,
      approve: false,
    });
    expect(late.data?.reviewDirectoryListing.company).toBeNull();
    expect(late.data?.reviewDirectoryListing.errors.map((error) => error.code)).toEqual(['COMPANY_ALREADY_LISTED']);
    expect((await inDirectory(first)).bySlug).toBe(true);
  });

  it('declining clears the request and keeps the company out; it may ask again', async () => {
    const company = await signUpCompany('Declined Then Asked Again');
    await setListed(company.client, true);
    const admin = await server.logIn('admin@tt.demo');
    const declined = await admin.gql<{ reviewDirectoryListing: { company: CompanyState; errors: unknown[] } }>(REVIEW, {
      id: company.id,
      approve: false,
    });
    expect(declined.data?.reviewDirectoryListing.company).toEqual({
      id: company.id,
      listed: false,
      listingRequestedAt: null,
    });
    expect(await inDirectory(company)).toEqual(NOWHERE);
    expect((await pending(admin)).map((pendingCompany) => pendingCompany.id)).not.toContain(company.id);
    const mine = await company.client.gql<{ viewer: { user: { company: CompanyState } } }>(MY_COMPANY);
    expect(mine.data?.viewer.user.company).toMatchObject({ listed: false, listingRequestedAt: null });

    const again = await setListed(company.client, true);
    expect(again.listingRequestedAt).not.toBeNull();
    expect((await pending(admin)).map((pendingCompany) => pendingCompany.id)).toContain(company.id);
  });

  it('a company member cannot approve, not even their own request (FORBIDDEN), nor list or see the queue', async () => {
    const company = await signUpCompany('Self Approval Attempt');
    await setListed(company.client, true);
    for (const client of [company.client, await server.logIn('buyer@medisense.demo')]) {
      expect(code(await client.gql(REVIEW, { id: company.id, approve: true }))).toBe('FORBIDDEN');
      expect(code(await client.gql(REQUESTS))).toBe('FORBIDDEN');
    }
    const researcher = await server.logIn('researcher.irst@tt.demo');
    expect(code(await researcher.gql(REVIEW, { id: company.id, approve: true }))).toBe('FORBIDDEN');
    expect(code(await researcher.gql(REQUESTS))).toBe('FORBIDDEN');
    expect(code(await server.gql(REVIEW, { id: company.id, approve: true }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(REQUESTS))).toBe('UNAUTHENTICATED');
    expect(await inDirectory(company)).toEqual(NOWHERE);

    // Another company's member cannot reach the company that asked, nor learn of its request.
    const other = await server.logIn('buyer@oncopharm.demo');
    const bySlug = await other.gql<{ partner: unknown }>(PARTNER, { slug: company.slug });
    const byId = await other.gql<{ node: unknown }>(NODE, { id: company.id });
    expect([bySlug.data?.partner, byId.data?.node]).toEqual([null, null]);
  });

  it('nobody but its members and the reviewers learns that a company asked', async () => {
    // A listed company that asks again has nothing to ask (no request); here its row is set directly so
    // that the directory shows a company with a request to everyone, and the rule alone hides it.
    const medisense = await server.logIn('buyer@medisense.demo');
    const mine = await medisense.gql<{ viewer: { user: { company: { id: string } } } }>(MY_COMPANY);
    const id = mine.data!.viewer.user.company.id;
    await server.orm.em.fork().execute(`update company set listing_requested_at = now() where slug = 'medisense'`);
    const seen = async (client: TestClient | null) => {
      const response = client
        ? await client.gql<{ partner: CompanyState }>(PARTNER, { slug: 'medisense' })
        : await server.gql<{ partner: CompanyState }>(PARTNER, { slug: 'medisense' });
      expect(response.errors).toBeUndefined();
      return response.data?.partner.listingRequestedAt != null;
    };
    expect(await seen(medisense)).toBe(true);
    expect(await seen(await server.logIn('admin@tt.demo'))).toBe(true);
    expect(await seen(await server.logIn('officer.irst@tt.demo'))).toBe(true);
    expect(await seen(await server.logIn('buyer@oncopharm.demo'))).toBe(false);
    expect(await seen(await server.logIn('researcher.int@tt.demo'))).toBe(false);
    expect(await seen(null)).toBe(false);
    const byNode = await server.gql<{ node: { listingRequestedAt: unknown } }>(NODE, { id });
    expect(byNode.data?.node).toEqual({ id, listingRequestedAt: null });
    await server.orm.em.fork().execute(`update company set listing_requested_at = null where slug = 'medisense'`);
  });

  it('leaving takes the company out at once, and withdraws a pending request', async () => {
    const listed = await signUpCompany('Leaving At Once');
    await setListed(listed.client, true);
    const admin = await server.logIn('admin@tt.demo');
    await admin.gql(REVIEW, { id: listed.id, approve: true });
    expect((await inDirectory(listed)).bySlug).toBe(true);
    expect(await setListed(listed.client, false)).toEqual({ id: listed.id, listed: false, listingRequestedAt: null });
    expect(await inDirectory(listed)).toEqual(NOWHERE);

    const asking = await signUpCompany('Withdrawn Before Review');
    await setListed(asking.client, true);
    expect(await setListed(asking.client, false)).toEqual({ id: asking.id, listed: false, listingRequestedAt: null });
    expect((await pending(admin)).map((company) => company.id)).not.toContain(asking.id);
    const review = await admin.gql<{ reviewDirectoryListing: { errors: { code: string }[] } }>(REVIEW, {
      id: asking.id,
      approve: true,
    });
    expect(review.data?.reviewDirectoryListing.errors.map((error) => error.code)).toEqual([
      'NO_PENDING_LISTING_REQUEST',
    ]);
    expect(await inDirectory(asking)).toEqual(NOWHERE);
  });

  it('an administrator editing a profile decides directly, through the same rule', async () => {
    const company = await signUpCompany('Admin Decides Directly');
    await setListed(company.client, true);
    const admin = await server.logIn('admin@tt.demo');
    const listed = await admin.gql<{ updateCompanyProfile: { company: unknown; errors: unknown[] } }>(
      ADMIN_SET_LISTED,
      { id: company.id, listed: true },
    );
    expect(listed.data?.updateCompanyProfile).toEqual({
      company: { listed: true, listingRequestedAt: null },
      errors: [],
    });
    expect((await inDirectory(company)).bySlug).toBe(true);
    const unlisted = await admin.gql<{ updateCompanyProfile: { company: unknown } }>(ADMIN_SET_LISTED, {
      id: company.id,
      listed: false,
    });
    expect(unlisted.data?.updateCompanyProfile.company).toEqual({ listed: false, listingRequestedAt: null });
    expect(await inDirectory(company)).toEqual(NOWHERE);
  });

  it('names a missing company and refuses a queue page out of range', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const missing = await admin.gql<{ reviewDirectoryListing: { errors: { field: string; code: string }[] } }>(REVIEW, {
      id: toGlobalId('Company', 999_999),
      approve: true,
    });
    expect(missing.data?.reviewDirectoryListing.errors).toEqual([
      expect.objectContaining({ field: 'companyId', code: 'COMPANY_NOT_FOUND' }),
    ]);
    const tooMany = await admin.gql('{ directoryListingRequests(first: 101) { id } }');
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
  });
});

import type { Db } from '@tt/db/database';
import { yearsAfter } from '@tt/shared/listing-rules';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  completeFields,
  create,
  errorCategory,
  numericId,
  publish,
  sectorIds,
  update,
} from '../../test-support/listing-fixtures.js';
import { inDays } from '../../test-support/technology-request-fixtures.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { runListingExpiry } from './listing-expiry.job.js';

const server = useTestServer();
const { officer, otherOfficer, admin, researcher, buyer, anonymous } = useDemoClients(server);
const db = (): Db => server.orm.em.fork().getKysely();
let sectors: string[];

beforeAll(async () => {
  sectors = await sectorIds(server);
});

const EXPIRY = `query($id: ID!) { node(id: $id) { ... on Asset { status expiresOn expiredAt publicationIssues { field code } } } }`;
const PUBLIC = `query($slug: String!) { asset(slug: $slug) { id status expiresOn expiredAt } }`;
const RENEW = `mutation($input: RenewListingInput!) {
  renewListing(input: $input) { asset { id status expiresOn expiredAt } errors { field code } } }`;
const SEARCH = `query($query: String!) { assets(query: $query, first: 5) { edges { node { slug } } } }`;

interface Expiry {
  status: string;
  expiresOn: string | null;
  expiredAt: string | null;
  publicationIssues: { field: string; code: string }[];
}

let count = 0;
/** A published listing with a word of its own in the title, to find it in the catalogue's search. */
async function publishedListing(): Promise<{ id: string; slug: string; word: string }> {
  const word = `zyx${'abcdefghij'[count % 10]}${'klmnopqrst'[Math.floor(count / 10) % 10]}quorin`;
  count += 1;
  const made = await create(officer, { kind: 'INVENTION', title: `Urinary RNA signature ${word}` });
  expect(made.errors).toEqual([]);
  const filled = await update(officer, { id: made.asset!.id, ...completeFields(sectors) });
  expect(filled.errors).toEqual([]);
  const published = await publish(officer, made.asset!.id);
  expect(published.errors).toEqual([]);
  return { id: made.asset!.id, slug: made.asset!.slug, word };
}

const expiry = async (id: string, client: TestClient = officer) =>
  (await client.gql<{ node: Expiry }>(EXPIRY, { id })).data!.node;

const setExpiry = (id: string, expiresOn: string | null) => update(officer, { id, expiresOn });

const renew = async (client: TestClient, id: string, expiresOn: string) => {
  const response = await client.gql<{
    renewListing: { asset: Omit<Expiry, 'publicationIssues'> | null; errors: { field: string; code: string }[] };
  }>(RENEW, { input: { id, expiresOn } });
  return response;
};

const found = async (word: string) =>
  (
    await anonymous.gql<{ assets: { edges: { node: { slug: string } }[] } }>(SEARCH, { query: word })
  ).data!.assets.edges.map((edge) => edge.node.slug);

/** The listing as if its date had passed: the day before yesterday, then the hourly job. */
async function letItExpire(id: string) {
  await sql`update asset set expires_on = ${inDays(-2)}::date where id = ${numericId(id)}`.execute(db());
  await runListingExpiry(db(), 'https://tt.example');
}

describe('the expiry date in the listing editor', () => {
  it('is a real day, today or later, at most five years ahead; null clears it', async () => {
    const { id } = await publishedListing();
    const codes = async (expiresOn: string | null) =>
      (await setExpiry(id, expiresOn)).errors.map((error) => `${error.field} ${error.code}`);
    expect(await codes('2027-02-30')).toEqual(['expiresOn DATE_INVALID']);
    expect(await codes(inDays(-1))).toEqual(['expiresOn LISTING_EXPIRY_PAST']);
    expect(await codes(yearsAfter(inDays(1), 5))).toEqual(['expiresOn LISTING_EXPIRY_TOO_FAR']);
    expect(await codes(inDays(0))).toEqual([]);
    expect(await codes(inDays(200))).toEqual([]);
    expect(await expiry(id)).toMatchObject({ status: 'PUBLISHED', expiresOn: inDays(200), expiredAt: null });
    expect(await codes(null)).toEqual([]);
    expect((await expiry(id)).expiresOn).toBeNull();
  });

  it('a new date clears the reminder already sent, so the office is reminded of it', async () => {
    const { id } = await publishedListing();
    await setExpiry(id, inDays(10));
    await runListingExpiry(db(), 'https://tt.example');
    const reminded = async () =>
      (
        await sql<{ reminded: boolean }>`select expiry_reminder_sent_at is not null as reminded from asset
          where id = ${numericId(id)}`.execute(db())
      ).rows[0]!.reminded;
    expect(await reminded()).toBe(true);
    // Saving the same date again is no new date.
    await setExpiry(id, inDays(10));
    expect(await reminded()).toBe(true);
    await setExpiry(id, inDays(20));
    expect(await reminded()).toBe(false);
  });

  it('is the office’s: companies, researchers, visitors and other institutes’ officers see no date or marker', async () => {
    const { id, slug } = await publishedListing();
    await setExpiry(id, inDays(90));
    expect((await officer.gql<{ asset: unknown }>(PUBLIC, { slug })).data!.asset).toMatchObject({
      expiresOn: inDays(90),
    });
    for (const client of [buyer, researcher, anonymous, otherOfficer]) {
      expect((await client.gql<{ asset: unknown }>(PUBLIC, { slug })).data!.asset).toEqual({
        id,
        status: 'PUBLISHED',
        expiresOn: null,
        expiredAt: null,
      });
    }
  });

  it('a draft past its date is not published until it has a later one', async () => {
    const { id } = await publishedListing();
    await update(officer, { id, expiresOn: inDays(1) });
    await officer.gql(`mutation($id: ID!) { unpublishListing(input: { id: $id }) { errors { code } } }`, { id });
    await sql`update asset set expires_on = ${inDays(-1)}::date where id = ${numericId(id)}`.execute(db());
    expect((await expiry(id)).publicationIssues).toEqual([{ field: 'expiresOn', code: 'LISTING_EXPIRY_PAST' }]);
    expect((await publish(officer, id)).errors.map((error) => error.code)).toEqual(['LISTING_EXPIRY_PAST']);
    await setExpiry(id, inDays(30));
    expect((await publish(officer, id)).errors).toEqual([]);
  });
});

describe('renewing a listing', () => {
  it('an expired listing leaves the catalogue; renewed by its office it is published and found again', async () => {
    const { id, slug, word } = await publishedListing();
    await setExpiry(id, inDays(5));
    expect(await found(word)).toEqual([slug]);

    await letItExpire(id);
    const expired = await expiry(id);
    expect(expired).toMatchObject({ status: 'ARCHIVED', expiresOn: inDays(-2) });
    expect(expired.expiredAt).not.toBeNull();
    expect(await found(word)).toEqual([]);
    expect((await anonymous.gql<{ asset: unknown }>(PUBLIC, { slug })).data!.asset).toBeNull();

    // A date in the past is refused; a new one publishes it again, without the markers.
    expect((await renew(officer, id, inDays(-1))).data!.renewListing.errors).toEqual([
      { field: 'expiresOn', code: 'LISTING_EXPIRY_PAST' },
    ]);
    const renewed = (await renew(officer, id, yearsAfter(inDays(0), 1))).data!.renewListing;
    expect(renewed).toEqual({
      asset: { id, status: 'PUBLISHED', expiresOn: yearsAfter(inDays(0), 1), expiredAt: null },
      errors: [],
    });
    expect(await found(word)).toEqual([slug]);
    const markers = await sql<{ reminded: boolean }>`select expiry_reminder_sent_at is not null as reminded
      from asset where id = ${numericId(id)}`.execute(db());
    expect(markers.rows[0]!.reminded).toBe(false);
  });

  it('an admin renews a published listing to a later date; a draft or a listing archived by hand is not renewed', async () => {
    const { id } = await publishedListing();
    await setExpiry(id, inDays(10));
    const later = (await renew(admin, id, inDays(400))).data!.renewListing;
    expect(later.errors).toEqual([]);
    expect(later.asset).toMatchObject({ status: 'PUBLISHED', expiresOn: inDays(400) });

    await officer.gql(`mutation($id: ID!) { archiveListing(input: { id: $id }) { errors { code } } }`, { id });
    expect((await renew(officer, id, inDays(30))).data!.renewListing.errors).toEqual([
      { field: 'id', code: 'LISTING_NOT_RENEWABLE' },
    ]);
    const draft = await create(officer, { kind: 'INVENTION', title: 'A draft that is never renewed' });
    expect((await renew(officer, draft.asset!.id, inDays(30))).data!.renewListing.errors).toEqual([
      { field: 'id', code: 'LISTING_NOT_RENEWABLE' },
    ]);
  });

  it('is refused to companies, researchers, visitors and the other institute’s officers, and changes nothing', async () => {
    const { id } = await publishedListing();
    await letItExpire(id);
    for (const client of [buyer, researcher, otherOfficer]) {
      expect(errorCategory(await renew(client, id, inDays(30)))).toBe('FORBIDDEN');
    }
    expect(errorCategory(await renew(anonymous, id, inDays(30)))).toBe('UNAUTHENTICATED');
    expect(await expiry(id)).toMatchObject({ status: 'ARCHIVED', expiresOn: inDays(-2) });
  });
});

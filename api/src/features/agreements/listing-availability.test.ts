import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { expireAgreements } from './agreement-expiry.job.js';

// A listing's availability as the API keeps it from its agreements (listing-availability.service.ts): each kind of
// agreement change, what the catalogue, the listing page and EoIs make of it, and the watchers' one e-mail.
const server = useTestServer();
const { officer, buyer, otherBuyer, anonymous } = useDemoClients(server);

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

const CREATE = /* GraphQL */ `
  mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } errors { code field } } }
`;
const UPDATE = /* GraphQL */ `
  mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { id } errors { code field } } }
`;
const TRANSITION = /* GraphQL */ `
  mutation($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { agreement { status } errors { code } } }
`;
const LISTING = /* GraphQL */ `
  query($slug: String!) { asset(slug: $slug) { availability exclusiveScopes { fieldOfUse territory } viewerWatchesAvailability } }
`;
const WATCH = /* GraphQL */ `
  mutation($id: ID!) { watchListingAvailability(input: { assetId: $id }) { watch { assetId watching } errors { code } } }
`;
const SUBMIT = /* GraphQL */ `
  mutation($assetId: ID!, $key: String!) { submitExpressionOfInterest(input: { assetId: $assetId, interestType: LICENSE,
    message: "We would like to license this for our oncology pipeline.", idempotencyKey: $key }) {
    expressionOfInterest { id } errors { code } } }
`;

interface Listing {
  id: number;
  slug: string;
  globalId: string;
}
/** Three published IRST listings without agreements or EoIs. */
let listings: Listing[];
let oncopharmId: string;

beforeAll(async () => {
  const rows = await sql<{ id: number; slug: string }>(
    `select a.id, a.slug from asset a join institution t on t.id = a.institution_id
     where a.status = 'PUBLISHED' and t.slug = 'irst'
       and not exists (select 1 from agreement_listing l where l.asset_id = a.id)
       and not exists (select 1 from expression_of_interest e where e.asset_id = a.id)
     order by a.id limit 3`,
  );
  listings = rows.map((row) => ({ ...row, globalId: toGlobalId('Asset', row.id) }));
  const [company] = await sql<{ id: number }>(`select id from company where slug = 'oncopharm'`);
  oncopharmId = toGlobalId('Company', company!.id);
});

async function availabilityOf(listing: Listing) {
  const response = await anonymous.gql<{ asset: { availability: string; exclusiveScopes: unknown[] } }>(LISTING, {
    slug: listing.slug,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.asset;
}

async function agreement(input: Record<string, unknown>): Promise<string> {
  const created = await officer.gql<{ createAgreement: { agreement: { id: string }; errors: unknown[] } }>(CREATE, {
    input: { companyId: oncopharmId, ...input },
  });
  expect(created.data?.createAgreement.errors).toEqual([]);
  return created.data!.createAgreement.agreement.id;
}

async function move(id: string, to: string, dates: Record<string, string> = {}) {
  const moved = await officer.gql<{ transitionAgreement: { errors: unknown[] } }>(TRANSITION, {
    input: { id, to, ...dates },
  });
  expect(moved.data?.transitionAgreement.errors).toEqual([]);
}

async function catalogue(filter: Record<string, unknown> | null) {
  const response = await anonymous.gql<{
    assets: {
      totalCount: number;
      edges: { node: { slug: string } }[];
      facets: { availabilities: { value: string; count: number }[] };
    };
  }>(
    `query($filter: AssetFilter) { assets(filter: $filter, first: 100) { totalCount edges { node { slug } }
      facets { availabilities { value count } } } }`,
    { filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.assets;
}

describe('a listing’s availability follows its agreements in force', () => {
  let optionId: string;

  it('an option signed puts the listing under option: the catalogue, its page and EoIs follow', async () => {
    const [listing] = listings;
    expect((await availabilityOf(listing!)).availability).toBe('AVAILABLE');
    optionId = await agreement({ type: 'OPTION', title: 'Option on the listing', listingIds: [listing!.globalId] });
    // A draft binds nothing.
    expect((await availabilityOf(listing!)).availability).toBe('AVAILABLE');
    await move(optionId, 'SIGNED', { signatureDate: '2026-01-10' });
    expect(await availabilityOf(listing!)).toMatchObject({ availability: 'UNDER_OPTION', exclusiveScopes: [] });

    const underOption = await catalogue({ availabilities: ['UNDER_OPTION'] });
    expect(underOption.edges.map((edge) => edge.node.slug)).toContain(listing!.slug);
    // The facet ignores its own filter; the landing page's kept counts agree with the listings.
    const landing = await catalogue(null);
    const [counts] = await sql<{ under: number; all: number }>(
      `select count(*) filter (where availability = 'UNDER_OPTION')::int as under, count(*)::int as "all"
       from asset where status = 'PUBLISHED'`,
    );
    const count = (facet: { value: string; count: number }[], value: string) =>
      facet.find((entry) => entry.value === value)?.count ?? 0;
    expect(count(landing.facets.availabilities, 'UNDER_OPTION')).toBe(counts!.under);
    expect(landing.facets.availabilities.reduce((sum, entry) => sum + entry.count, 0)).toBe(counts!.all);
    expect(count(underOption.facets.availabilities, 'UNDER_OPTION')).toBe(counts!.under);
    expect(underOption.totalCount).toBe(counts!.under);
    const available = await catalogue({ availabilities: ['AVAILABLE'] });
    expect(available.edges.map((edge) => edge.node.slug)).not.toContain(listing!.slug);

    const refused = await otherBuyer.gql<{ submitExpressionOfInterest: { errors: { code: string }[] } }>(SUBMIT, {
      assetId: listing!.globalId,
      key: 'availability-option',
    });
    expect(refused.data?.submitExpressionOfInterest.errors).toEqual([{ code: 'LISTING_UNDER_OPTION' }]);
  });

  it('an exclusive licence: whole, then limited to a field of use (edited), then moved to another listing', async () => {
    const [, first, second] = listings;
    const id = await agreement({
      type: 'LICENSE',
      title: 'Exclusive licence',
      exclusivity: 'EXCLUSIVE',
      listingIds: [first!.globalId],
    });
    await move(id, 'SIGNED', { signatureDate: '2026-01-10' });
    expect((await availabilityOf(first!)).availability).toBe('LICENSED_EXCLUSIVELY');
    const refused = await otherBuyer.gql<{ submitExpressionOfInterest: { errors: { code: string }[] } }>(SUBMIT, {
      assetId: first!.globalId,
      key: 'availability-licence',
    });
    expect(refused.data?.submitExpressionOfInterest.errors).toEqual([{ code: 'LISTING_LICENSED_EXCLUSIVELY' }]);

    const edit = async (input: Record<string, unknown>) => {
      const edited = await officer.gql<{ updateAgreement: { errors: unknown[] } }>(UPDATE, { input: { id, ...input } });
      expect(edited.data?.updateAgreement.errors).toEqual([]);
    };
    await edit({ fieldOfUse: 'Veterinary diagnostics' });
    expect(await availabilityOf(first!)).toEqual({
      availability: 'PARTLY_LICENSED',
      exclusiveScopes: [{ fieldOfUse: 'Veterinary diagnostics', territory: null }],
      viewerWatchesAvailability: false,
    });
    await edit({ territory: 'Japan' });
    expect((await availabilityOf(first!)).exclusiveScopes).toEqual([
      { fieldOfUse: 'Veterinary diagnostics', territory: 'Japan' },
    ]);
    await edit({ exclusivity: 'NON_EXCLUSIVE' });
    expect(await availabilityOf(first!)).toMatchObject({
      availability: 'LICENSED_NON_EXCLUSIVELY',
      exclusiveScopes: [],
    });
    await edit({ listingIds: [second!.globalId] });
    expect((await availabilityOf(first!)).availability).toBe('AVAILABLE');
    expect((await availabilityOf(second!)).availability).toBe('LICENSED_NON_EXCLUSIVELY');
    // Terminated: nothing binds the listing any more.
    await move(id, 'TERMINATED');
    expect((await availabilityOf(second!)).availability).toBe('AVAILABLE');
  });

  it('the expiry job frees the listings of the agreements it expires', async () => {
    const [, , third] = listings;
    const id = await agreement({
      type: 'LICENSE',
      title: 'Sole licence',
      exclusivity: 'SOLE',
      listingIds: [third!.globalId],
    });
    await move(id, 'SIGNED', { signatureDate: '2026-01-10', expiryDate: '2030-01-01' });
    expect((await availabilityOf(third!)).availability).toBe('LICENSED_EXCLUSIVELY');
    const dbId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    await sql(`update agreement set expiry_date = current_date - 1 where id = ?`, [dbId]);
    expect(await expireAgreements(server.orm.em.fork().getKysely(), 'https://tt.example')).toBe(1);
    expect((await availabilityOf(third!)).availability).toBe('AVAILABLE');
  });
});

describe('notify me if it becomes available', () => {
  it('takes an account, and a listing closed to interest', async () => {
    const [closed, open] = listings;
    const anon = await anonymous.gql(WATCH, { id: closed!.globalId });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const onOpen = await buyer.gql<{ watchListingAvailability: { errors: { code: string }[] } }>(WATCH, {
      id: open!.globalId,
    });
    expect(onOpen.data?.watchListingAvailability.errors).toEqual([{ code: 'AVAILABILITY_WATCH_LISTING_OPEN' }]);
    expect(await sql(`select 1 from listing_availability_watch where asset_id = ?`, [open!.id])).toEqual([]);
  });

  it('e-mails each watcher once, in their language, when the listing opens again, and forgets them', async () => {
    const [closed] = listings;
    for (const client of [buyer, otherBuyer, buyer]) {
      const watched = await client.gql<{ watchListingAvailability: { watch: unknown; errors: unknown[] } }>(WATCH, {
        id: closed!.globalId,
      });
      expect(watched.data?.watchListingAvailability).toEqual({
        watch: { assetId: closed!.globalId, watching: true },
        errors: [],
      });
    }
    const seen = await buyer.gql<{ asset: { viewerWatchesAvailability: boolean } }>(LISTING, { slug: closed!.slug });
    expect(seen.data?.asset.viewerWatchesAvailability).toBe(true);

    const [option] = await sql<{ id: number }>(`select agreement_id as id from agreement_listing where asset_id = ?`, [
      closed!.id,
    ]);
    await move(toGlobalId('Agreement', option!.id), 'TERMINATED');
    expect((await availabilityOf(closed!)).availability).toBe('AVAILABLE');
    const mails = await sql<{ recipient: string; language: string; url: string; title: string }>(
      `select recipient, language::text as language, data->>'listingUrl' as url, data->>'assetTitle' as title
       from outbox_message where template = 'listing-available-again' order by recipient`,
    );
    expect(mails.map((mail) => mail.recipient)).toEqual(['buyer@medisense.demo', 'buyer@oncopharm.demo']);
    for (const mail of mails) {
      const prefix = mail.language === 'it' ? '/it' : '';
      expect(mail.url).toBe(`${server.url}${prefix}/assets/${closed!.slug}`);
      expect(mail.title.length).toBeGreaterThan(0);
    }
    expect(await sql(`select 1 from listing_availability_watch where asset_id = ?`, [closed!.id])).toEqual([]);
    // Nothing more to send: the listing stays open and nobody watches it.
    const again = await buyer.gql<{ watchListingAvailability: { errors: { code: string }[] } }>(WATCH, {
      id: closed!.globalId,
    });
    expect(again.data?.watchListingAvailability.errors).toEqual([{ code: 'AVAILABILITY_WATCH_LISTING_OPEN' }]);
    const [count] = await sql<{ n: number }>(
      `select count(*)::int as n from outbox_message where template = 'listing-available-again'`,
    );
    expect(count!.n).toBe(2);
  });
});

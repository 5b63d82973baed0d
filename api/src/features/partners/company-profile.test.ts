import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { inLanguage } from '../../test-support/client-in-language.js';
import { type GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
let companies: Record<string, string>;
let sectorSlugs: string[];
beforeAll(async () => {
  const em = server.orm.em.fork();
  const rows = await em.execute<{ slug: string; id: number }[]>('select slug, id from company');
  companies = Object.fromEntries(rows.map((row) => [row.slug, toGlobalId('Company', row.id)]));
  const sectors = await em.execute<{ slug: string }[]>('select slug from sector order by kind, position limit 3');
  sectorSlugs = sectors.map((row) => row.slug);
});

const UPDATE = `mutation($input: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $input) {
  company { slug name country city size website description interests listed sectors { slug } }
  errors { field code message } } }`;
const MY_COMPANY =
  '{ viewer { user { company { slug name listed interests sectors { slug } members { email role } } } } }';
const DIRECTORY = 'query($query: String) { partners(query: $query) { edges { node { slug members { email } } } } }';

interface Company {
  slug: string;
  name: string;
  country: string;
  city: string | null;
  size: string;
  website: string | null;
  description: string;
  interests: string[];
  listed: boolean;
  sectors: { slug: string }[];
}
interface UpdatePayload {
  updateCompanyProfile: { company: Company | null; errors: { field: string | null; code: string; message: string }[] };
}

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

describe('a member keeps their company profile', () => {
  it('changes the fields given and leaves the others', async () => {
    const buyer = await server.logIn('buyer@medisense.demo');
    const before = await buyer.gql<{ viewer: { user: { company: Company } } }>(MY_COMPANY);
    const response = await buyer.gql<UpdatePayload>(UPDATE, {
      input: {
        description: '  Point-of-care diagnostics for oncology.  ',
        interests: ['Liquid biopsy', 'Liquid biopsy', ' Digital pathology ', ''],
        sectors: sectorSlugs,
        website: 'https://medisense.example/en',
        city: null,
      },
    });
    expect(response.data?.updateCompanyProfile.errors).toEqual([]);
    expect(response.data?.updateCompanyProfile.company).toMatchObject({
      slug: 'medisense',
      name: before.data!.viewer.user.company.name,
      description: 'Point-of-care diagnostics for oncology.',
      interests: ['Liquid biopsy', 'Digital pathology'],
      website: 'https://medisense.example/en',
      city: null,
      listed: true,
    });
    expect(response.data?.updateCompanyProfile.company?.sectors.map((sector) => sector.slug).sort()).toEqual(
      [...sectorSlugs].sort(),
    );
    const after = await buyer.gql<{ viewer: { user: { company: Company } } }>(MY_COMPANY);
    expect(after.data?.viewer.user.company.interests).toEqual(['Liquid biopsy', 'Digital pathology']);
  });

  it('keeps the TRL range the company takes on: both ends from 1 to 9, the lower first, or neither', async () => {
    const buyer = await server.logIn('buyer@oncopharm.demo');
    const TRL = `mutation($input: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $input) {
      company { trlMin trlMax } errors { field code } } }`;
    const set = (input: Record<string, unknown>) =>
      buyer.gql<{ updateCompanyProfile: { company: { trlMin: number; trlMax: number } | null; errors: unknown[] } }>(
        TRL,
        { input },
      );
    expect((await set({ trlMin: 3, trlMax: 6 })).data?.updateCompanyProfile).toEqual({
      company: { trlMin: 3, trlMax: 6 },
      errors: [],
    });
    for (const [input, error] of [
      [
        { trlMin: 7, trlMax: 4 },
        { field: 'trlMax', code: 'TRL_FILTER_INVERTED' },
      ],
      [
        { trlMin: 0, trlMax: 4 },
        { field: 'trlMin', code: 'TRL_FILTER_OUT_OF_RANGE' },
      ],
      [
        { trlMin: 2, trlMax: 10 },
        { field: 'trlMax', code: 'TRL_FILTER_OUT_OF_RANGE' },
      ],
      [{ trlMin: 2 }, { field: 'trlMax', code: 'TRL_RANGE_INCOMPLETE' }],
    ] as const) {
      expect((await set(input)).data?.updateCompanyProfile, JSON.stringify(input)).toEqual({
        company: null,
        errors: [error],
      });
    }
    // Other fields leave it as it is; both null clear it.
    expect((await set({ city: 'Milan' })).data?.updateCompanyProfile.company).toEqual({ trlMin: 3, trlMax: 6 });
    expect((await set({ trlMin: null, trlMax: null })).data?.updateCompanyProfile.company).toEqual({
      trlMin: null,
      trlMax: null,
    });
  });

  it('leaves the public directory at once, and only asks to come back (the network decides)', async () => {
    const buyer = await server.logIn('buyer@medisense.demo');
    const search = async () =>
      (
        await server.gql<{ partners: { edges: { node: { slug: string } }[] } }>(
          'query($query: String) { partners(query: $query) { edges { node { slug } } } }',
          { query: 'MediSense' },
        )
      ).data?.partners.edges.map((edge) => edge.node.slug);
    expect(await search()).toEqual(['medisense']);
    const hidden = await buyer.gql<UpdatePayload>(UPDATE, { input: { listed: false } });
    expect(hidden.data?.updateCompanyProfile.company?.listed).toBe(false);
    expect(await search()).toEqual([]);
    const asked = await buyer.gql<UpdatePayload>(UPDATE, { input: { listed: true } });
    expect(asked.data?.updateCompanyProfile.company?.listed).toBe(false);
    expect(await search()).toEqual([]);
    // An administrator or an officer approves (directory-listing.test.ts tests the whole flow).
    const officer = await server.logIn('officer.irst@tt.demo');
    const approved = await officer.gql<{ reviewDirectoryListing: { company: { listed: boolean } } }>(
      'mutation($id: ID!) { reviewDirectoryListing(input: { companyId: $id, approve: true }) { company { listed } } }',
      { id: companies.medisense },
    );
    expect(approved.data?.reviewDirectoryListing.company.listed).toBe(true);
    expect(await search()).toEqual(['medisense']);
  });

  it('refuses invalid values field by field, and changes nothing then', async () => {
    const buyer = await server.logIn('buyer@medisense.demo');
    const response = await buyer.gql<UpdatePayload>(UPDATE, {
      input: {
        name: 'X',
        country: 'Italy',
        website: 'ftp://medisense.example',
        description: 'x'.repeat(2001),
        interests: Array.from({ length: 21 }, (_, index) => `Interest ${index}`),
        sectors: ['no-such-sector'],
        listed: false,
      },
    });
    expect(response.data?.updateCompanyProfile.company).toBeNull();
    expect(response.data?.updateCompanyProfile.errors.map((error) => `${error.field}:${error.code}`).sort()).toEqual(
      [
        'country:COUNTRY_INVALID',
        'description:TEXT_TOO_LONG',
        'interests:TOO_MANY_INTERESTS',
        'name:COMPANY_NAME_REQUIRED',
        'sectors:UNKNOWN_SECTORS',
        'website:WEBSITE_INVALID',
      ].sort(),
    );
    const after = await buyer.gql<{ viewer: { user: { company: Company } } }>(MY_COMPANY);
    expect(after.data?.viewer.user.company).toMatchObject({ listed: true, name: 'MediSense Diagnostics' });
  });

  it('keeps the language the interests were written in', async () => {
    const buyer = await server.logIn('buyer@oncopharm.demo');
    const LANGUAGE = `mutation($input: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $input) {
      company { interests interestsLanguage } errors { code } } }`;
    type Payload = { updateCompanyProfile: { company: { interests: string[]; interestsLanguage: string } } };
    const italian = await inLanguage(server, buyer, 'it').gql<Payload>(LANGUAGE, {
      input: { interests: ['Biopsia liquida', 'Anticorpi bispecifici'] },
    });
    expect(italian.data?.updateCompanyProfile.company).toEqual({
      interests: ['Biopsia liquida', 'Anticorpi bispecifici'],
      interestsLanguage: 'IT',
    });
    // Saved again from an English page, as they were, with another field: still Italian.
    const english = inLanguage(server, buyer, 'en');
    const same = await english.gql<Payload>(LANGUAGE, {
      input: { interests: ['Biopsia liquida', 'Anticorpi bispecifici'], city: 'Milano' },
    });
    expect(same.data?.updateCompanyProfile.company.interestsLanguage).toBe('IT');
    const rewritten = await english.gql<Payload>(LANGUAGE, { input: { interests: ['Liquid biopsy'] } });
    expect(rewritten.data?.updateCompanyProfile.company.interestsLanguage).toBe('EN');
    // As the public directory shows it.
    const listed = await server.gql<{ partner: { interestsLanguage: string } | null }>(
      '{ partner(slug: "oncopharm") { interestsLanguage } }',
    );
    expect(listed.data?.partner?.interestsLanguage).toBe('EN');
  });

  it('cannot edit another company', async () => {
    const buyer = await server.logIn('buyer@medisense.demo');
    const response = await buyer.gql(UPDATE, { input: { companyId: companies.oncopharm, name: 'Taken over' } });
    expect(code(response)).toBe('FORBIDDEN');
    const rows = await server.orm.em
      .fork()
      .execute<{ name: string }[]>(`select name from company where slug = 'oncopharm'`);
    expect(rows[0]?.name).toBe('OncoPharm S.p.A.');
  });

  it('officers, researchers and visitors cannot edit any company profile', async () => {
    for (const email of ['officer.irst@tt.demo', 'researcher.int@tt.demo']) {
      const client = await server.logIn(email);
      expect(code(await client.gql(UPDATE, { input: { name: 'Mine' } })), email).toBe('FORBIDDEN');
      expect(code(await client.gql(UPDATE, { input: { companyId: companies.oncopharm, name: 'Mine' } })), email).toBe(
        'FORBIDDEN',
      );
    }
    expect(code(await server.gql(UPDATE, { input: { companyId: companies.oncopharm, name: 'Mine' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('an admin edits a company they name', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const unnamed = await admin.gql<UpdatePayload>(UPDATE, { input: { name: 'Renamed' } });
    expect(unnamed.data?.updateCompanyProfile.errors).toEqual([
      expect.objectContaining({ field: 'companyId', code: 'COMPANY_TO_EDIT_REQUIRED' }),
    ]);
    const renamed = await admin.gql<UpdatePayload>(UPDATE, {
      input: { companyId: companies['rna-forge'], size: 'SME', country: 'de' },
    });
    expect(renamed.data?.updateCompanyProfile.company).toMatchObject({ slug: 'rna-forge', size: 'SME', country: 'DE' });
  });
});

describe('company members', () => {
  it('are visible to the members of the company', async () => {
    const buyer = await server.logIn('buyer@oncopharm.demo');
    const response = await buyer.gql<{ viewer: { user: { company: { members: { email: string; role: string }[] } } } }>(
      MY_COMPANY,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer.user.company.members).toEqual([
      { email: 'buyer@oncopharm.demo', role: 'COMPANY_MEMBER' },
    ]);
  });

  it('are visible to admins, in the directory too', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const response = await admin.gql<{
      partners: { edges: { node: { slug: string; members: { email: string }[] } }[] };
    }>(DIRECTORY, { query: 'OncoPharm' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.partners.edges[0]?.node.members.map((member) => member.email)).toEqual([
      'buyer@oncopharm.demo',
    ]);
  });

  it('are FORBIDDEN to everyone else, and the rest of the directory still answers', async () => {
    for (const email of ['buyer@medisense.demo', 'officer.irst@tt.demo', 'researcher.irst@tt.demo']) {
      const client = await server.logIn(email);
      const response = await client.gql<{ partners: { edges: { node: { slug: string; members: unknown } }[] } }>(
        DIRECTORY,
        { query: 'OncoPharm' },
      );
      expect(
        response.errors?.map((error) => error.extensions?.category),
        email,
      ).toEqual(['FORBIDDEN']);
      expect(response.data?.partners.edges[0]?.node).toEqual({ slug: 'oncopharm', members: null });
    }
    const anonymous = await server.gql<{ partners: { edges: { node: { members: unknown } }[] } }>(DIRECTORY, {
      query: 'OncoPharm',
    });
    expect(anonymous.errors?.map((error) => error.extensions?.category)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data?.partners.edges[0]?.node.members).toBeNull();
    expect(JSON.stringify(anonymous.data)).not.toContain('buyer@');
  });
});

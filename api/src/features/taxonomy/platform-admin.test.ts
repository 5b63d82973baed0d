import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// Issue #19: each institute's research platforms, kept by its office (its officers and administrators).

const server = useTestServer();
const { admin, officer, otherOfficer, researcher, buyer, anonymous } = useDemoClients(server);

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}

const CREATE = `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) {
  platform { id slug name kind description capabilities retiredAt institution { slug } it: texts(language: IT) { description } } errors { code field } } }`;
const UPDATE = `mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) {
  platform { slug name description } errors { code field } } }`;
const RETIRE = `mutation($input: RetirePlatformInput!) { retirePlatform(input: $input) {
  platform { slug retiredAt } errors { code field } } }`;
const PUBLIC = '{ institution(slug: "irst") { platforms { slug } } }';

let irst: string;
const texts = (name: string) => ({
  name,
  kind: 'GENOMICS',
  description: 'Single-cell sequencing for translational projects.',
  descriptionIt: 'Sequenziamento a singola cellula per progetti traslazionali.',
  capabilities: ['scRNA-seq', ' '],
  capabilitiesIt: ['scRNA-seq'],
});

beforeAll(async () => {
  const [row] = await sql<{ id: number }>(`select id from institution where slug = 'irst'`);
  irst = toGlobalId('Institution', row!.id);
});

const publicSlugs = async (client: TestClient = anonymous) =>
  (await client.gql<{ institution: { platforms: { slug: string }[] } }>(PUBLIC)).data!.institution.platforms.map(
    (platform) => platform.slug,
  );

describe("an institute's research platforms", () => {
  it("are created by the institute's officers and administrators, with a slug of their own", async () => {
    const created = await officer.gql<{ createPlatform: { platform: Record<string, unknown> } }>(CREATE, {
      input: { ...texts('Single-cell Lab'), institutionId: irst },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPlatform.platform).toMatchObject({
      slug: 'single-cell-lab',
      name: 'Single-cell Lab',
      kind: 'GENOMICS',
      capabilities: ['scRNA-seq'],
      it: { description: 'Sequenziamento a singola cellula per progetti traslazionali.' },
      retiredAt: null,
      institution: { slug: 'irst' },
    });
    const byAdmin = await admin.gql<{ createPlatform: { platform: { slug: string } } }>(CREATE, {
      input: { ...texts('Single cell lab (pilot)'), institutionId: irst },
    });
    expect(byAdmin.data!.createPlatform.platform.slug).toBe('single-cell-lab-pilot');
    expect(await publicSlugs()).toEqual(expect.arrayContaining(['single-cell-lab', 'single-cell-lab-pilot']));
  });

  it("are not anyone else's to manage: another institute's officer, platform managers, researchers, companies", async () => {
    const manager = await server.logIn('platforms.irst@tt.demo');
    for (const client of [otherOfficer, manager, researcher, buyer, anonymous]) {
      const response = await client.gql(CREATE, { input: { ...texts('Not mine'), institutionId: irst } });
      expect(response.errors?.[0]?.extensions?.category).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      const listed = await client.gql(`{ institutionPlatforms(institutionId: "${irst}") { id } }`);
      expect(listed.errors?.[0]?.extensions?.category).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
    const [platform] = await sql<{ id: number }>(`select id from platform where slug = 'single-cell-lab'`);
    const edit = await otherOfficer.gql(UPDATE, {
      input: { ...texts('Taken over'), id: toGlobalId('Platform', platform!.id) },
    });
    expect(edit.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    const retire = await otherOfficer.gql(RETIRE, { input: { id: toGlobalId('Platform', platform!.id) } });
    expect(retire.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    expect(await publicSlugs()).toContain('single-cell-lab');
  });

  it('checks names, texts and capabilities', async () => {
    const codes = async (input: Record<string, unknown>) =>
      (
        await officer.gql<{ createPlatform: { errors: { code: string; field: string }[] } }>(CREATE, {
          input: { ...texts('Checked'), institutionId: irst, ...input },
        })
      ).data!.createPlatform.errors.map((error) => `${error.field}:${error.code}`);
    expect(await codes({ name: '  ', description: '' })).toEqual([
      'name:PLATFORM_NAME_REQUIRED',
      'description:PLATFORM_DESCRIPTION_REQUIRED',
    ]);
    expect(await codes({ name: 'single-cell LAB' })).toEqual(['name:PLATFORM_NAME_TAKEN']);
    expect(await codes({ capabilities: Array.from({ length: 21 }, (_, n) => `c${n}`) })).toEqual([
      'capabilities:PLATFORM_TOO_MANY_CAPABILITIES',
    ]);
    expect(await codes({ capabilitiesIt: ['x'.repeat(121)] })).toEqual([
      'capabilitiesIt.0:PLATFORM_CAPABILITY_TOO_LONG',
    ]);
    const control = await officer.gql(CREATE, {
      input: { ...texts('Bad'), institutionId: irst, capabilities: ['tab\u0000'] },
    });
    expect(control.errors?.[0]?.extensions).toMatchObject({
      category: 'BAD_USER_INPUT',
      code: 'TEXT_CONTROL_CHARACTER',
    });
  });

  it('are edited by their office, the slug kept', async () => {
    const [platform] = await sql<{ id: number }>(`select id from platform where slug = 'single-cell-lab'`);
    const edited = await officer.gql<{ updatePlatform: { platform: { slug: string; name: string } } }>(UPDATE, {
      input: { ...texts('Single-cell and Spatial Lab'), id: toGlobalId('Platform', platform!.id) },
    });
    expect(edited.data!.updatePlatform.platform).toMatchObject({
      slug: 'single-cell-lab',
      name: 'Single-cell and Spatial Lab',
    });
  });

  it('once retired leave the public pages and pickers, while the listings and managers naming them keep working', async () => {
    const [named] = await sql<{ platform_id: number; slug: string; platform_slug: string }>(
      `select a.platform_id, a.slug, p.slug as platform_slug from asset a join platform p on p.id = a.platform_id
       join institution i on i.id = p.institution_id
       where i.slug = 'irst' and a.status = 'PUBLISHED' order by a.id limit 1`,
    );
    const id = toGlobalId('Platform', named!.platform_id);
    const retired = await officer.gql<{ retirePlatform: { platform: { retiredAt: string } } }>(RETIRE, {
      input: { id },
    });
    expect(retired.data!.retirePlatform.platform.retiredAt).toBeTruthy();
    expect(await publicSlugs()).not.toContain(named!.platform_slug);
    // The listing still names it, and shows it.
    const listing = await anonymous.gql<{ asset: { platform: { slug: string } } }>(
      `{ asset(slug: "${named!.slug}") { platform { slug } } }`,
    );
    expect(listing.data!.asset.platform.slug).toBe(named!.platform_slug);
    // The office still sees it, retired, in its administration.
    const office = await officer.gql<{ institutionPlatforms: { slug: string; retiredAt: string | null }[] }>(
      `{ institutionPlatforms(institutionId: "${irst}") { slug retiredAt } }`,
    );
    expect(office.data!.institutionPlatforms.find((p) => p.slug === named!.platform_slug)?.retiredAt).toBeTruthy();
    // It cannot be edited or retired again.
    const again = await officer.gql<{ retirePlatform: { errors: { code: string }[] } }>(RETIRE, { input: { id } });
    expect(again.data!.retirePlatform.errors.map((error) => error.code)).toEqual(['PLATFORM_RETIRED']);
    const edit = await admin.gql<{ updatePlatform: { errors: { code: string }[] } }>(UPDATE, {
      input: { ...texts('Revived'), id },
    });
    expect(edit.data!.updatePlatform.errors.map((error) => error.code)).toEqual(['PLATFORM_RETIRED']);
  });
});

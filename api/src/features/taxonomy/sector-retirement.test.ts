import { sql as kysql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { KEPT_SECTOR_REFERENCES, MOVED_SECTOR_REFERENCES, SECTOR_VALUE_COLUMNS } from './sector-retirement.service.js';

// Issue #19: the administrator's taxonomy. Retiring a term moves every use of it to its replacement in one
// transaction, and the catalogue's facets, pickers and filters follow.

const server = useTestServer();
const { admin, officer, buyer, anonymous } = useDemoClients(server);

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(text, params);
}
const sectorId = async (slug: string) =>
  toGlobalId('Sector', (await sql<{ id: number }>('select id from sector where slug = ?', [slug]))[0]!.id);

const CREATE = `mutation($input: CreateSectorInput!) { createSector(input: $input) {
  sector { id slug kind labelEn labelIt parent { slug } } errors { code field } } }`;
const RENAME = `mutation($input: RenameSectorInput!) { renameSector(input: $input) {
  sector { slug labelEn labelIt } errors { code field } } }`;
const RETIRE = `mutation($input: RetireSectorInput!) { retireSector(input: $input) {
  sector { slug retiredAt replacedBy { slug } } errors { code field } } }`;
const FACETS = `query($filter: AssetFilter) { assets(first: 50, filter: $filter) {
  totalCount edges { node { slug } } facets { sectors { value count } } } }`;
const USAGE = '{ sectors { slug usage { listings companies requests savedSearches children } } }';

type Facets = {
  assets: {
    totalCount: number;
    edges: { node: { slug: string } }[];
    facets: { sectors: { value: string; count: number }[] };
  };
};

/** Published listings per term, counting a listing under each of its terms and their ancestors, by hand. */
async function handCount(): Promise<Record<string, number>> {
  const rows = await sql<{ slug: string; n: string }>(
    `with recursive up(asset_id, sector_id) as (
       select x.asset_id, x.sector_id from asset_sector x join asset a on a.id = x.asset_id where a.status = 'PUBLISHED'
       union select up.asset_id, s.parent_id from up join sector s on s.id = up.sector_id where s.parent_id is not null)
     select s.slug, count(distinct up.asset_id) as n from up join sector s on s.id = up.sector_id group by s.slug`,
  );
  return Object.fromEntries(rows.map((row) => [row.slug, Number(row.n)]));
}

describe('the references a retirement moves', () => {
  it('handles every foreign key to a sector', async () => {
    const { rows } = await kysql<{ source: string; column: string }>`
      select s.relname as source, a.attname as column
      from pg_constraint c
        join pg_class t on t.oid = c.confrelid join pg_class s on s.oid = c.conrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and t.relname = 'sector' and t.relnamespace = 'public'::regnamespace`.execute(
      server.orm.em.fork().getKysely(),
    );
    const handled = [...MOVED_SECTOR_REFERENCES, ...KEPT_SECTOR_REFERENCES].map(
      ([table, column]) => `${table}.${column}`,
    );
    expect(rows.map((row) => `${row.source}.${row.column}`).sort()).toEqual(handled.sort());
  });

  it('knows every array and JSON column that may hold sector ids or slugs', async () => {
    const { rows } = await kysql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and (data_type in ('ARRAY', 'jsonb', 'json'))
        and (column_name like '%sector%' or table_name like '%sector%' or table_name = 'saved_search')`.execute(
      server.orm.em.fork().getKysely(),
    );
    const known = [...SECTOR_VALUE_COLUMNS.rewritten, ...SECTOR_VALUE_COLUMNS.byTriggers].map(([t, c]) => `${t}.${c}`);
    expect(rows.map((row) => `${row.table_name}.${row.column_name}`).sort()).toEqual(known.sort());
  });
});

describe('retiring a term', () => {
  let retiredListings: string[] = [];

  beforeAll(async () => {
    // OncoPharm follows both terms (collapsed to one), a request names the retired one, a saved search both.
    await sql(
      `insert into company_sector (company_id, sector_id) select c.id, s.id from company c, sector s
       where c.slug = 'oncopharm' and s.slug in ('liquid-biopsy', 'genomic-testing') on conflict do nothing`,
    );
    await sql(
      `insert into technology_request_sector (request_id, sector_id)
       select r.id, s.id from technology_request r, sector s where s.slug = 'liquid-biopsy'
       and r.id = (select min(id) from technology_request) on conflict do nothing`,
    );
    await sql(
      `insert into saved_search (user_id, name, scope, filter, alerted_until, created_at, updated_at)
       select u.id, 'Biopsies', 'CATALOGUE', '{"sectors": ["liquid-biopsy", "immuno-oncology", "genomic-testing"]}', now(), now(), now()
       from app_user u where u.email = 'buyer@oncopharm.demo'`,
    );
    retiredListings = (
      await sql<{ slug: string }>(
        `select a.slug from asset a join asset_sector x on x.asset_id = a.id join sector s on s.id = x.sector_id
         where s.slug = 'liquid-biopsy' and a.status = 'PUBLISHED' order by a.slug`,
      )
    ).map((row) => row.slug);
    expect(retiredListings.length).toBeGreaterThan(0);
  });

  it('previews what moves, for administrators only', async () => {
    const response = await admin.gql<{ sectors: { slug: string; usage: Record<string, number> }[] }>(USAGE);
    const usage = response.data!.sectors.find((sector) => sector.slug === 'liquid-biopsy')!.usage;
    const [counted] = await sql<{ n: string }>(
      `select count(*) as n from asset_sector x join sector s on s.id = x.sector_id where s.slug = 'liquid-biopsy'`,
    );
    const [companies] = await sql<{ n: string }>(
      `select count(*) as n from company_sector x join sector s on s.id = x.sector_id where s.slug = 'liquid-biopsy'`,
    );
    expect(usage).toEqual({
      listings: Number(counted!.n),
      companies: Number(companies!.n),
      requests: 1,
      savedSearches: 1,
      children: 0,
    });
    const diagnostics = response.data!.sectors.find((sector) => sector.slug === 'diagnostics')!.usage;
    expect(diagnostics.children).toBeGreaterThan(0);
    for (const client of [officer, buyer, anonymous]) {
      const denied = await client.gql<{ sectors: { usage: unknown }[] }>(USAGE);
      expect(denied.data!.sectors.every((sector) => sector.usage === null)).toBe(true);
    }
  });

  it('refuses a term with children in use, into itself, into one under it, into the other kind, and non-admins', async () => {
    const retire = (id: string, replacementId: string) =>
      admin.gql<{ retireSector: { errors: { code: string }[] } }>(RETIRE, { input: { id, replacementId } });
    const codes = async (id: string, replacementId: string) =>
      (await retire(id, replacementId)).data!.retireSector.errors.map((error) => error.code);
    expect(await codes(await sectorId('diagnostics'), await sectorId('therapeutics'))).toEqual(['SECTOR_HAS_CHILDREN']);
    expect(await codes(await sectorId('liquid-biopsy'), await sectorId('liquid-biopsy'))).toEqual([
      'SECTOR_REPLACEMENT_SAME',
    ]);
    expect(await codes(await sectorId('diagnostics'), await sectorId('liquid-biopsy'))).toEqual([
      'SECTOR_REPLACEMENT_DESCENDANT',
    ]);
    const area = (await sql<{ slug: string }>(`select slug from sector where kind = 'THERAPEUTIC_AREA' limit 1`))[0]!;
    expect(await codes(await sectorId('liquid-biopsy'), await sectorId(area.slug))).toEqual([
      'SECTOR_REPLACEMENT_OTHER_KIND',
    ]);
    for (const client of [officer, buyer]) {
      const response = await client.gql(RETIRE, {
        input: { id: await sectorId('liquid-biopsy'), replacementId: await sectorId('genomic-testing') },
      });
      expect(response.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    const anonymousResponse = await anonymous.gql(RETIRE, {
      input: { id: await sectorId('liquid-biopsy'), replacementId: await sectorId('genomic-testing') },
    });
    expect(anonymousResponse.errors?.[0]?.extensions?.category).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    const [still] = await sql<{ retired_at: Date | null }>(
      `select retired_at from sector where slug = 'liquid-biopsy'`,
    );
    expect(still!.retired_at).toBeNull();
  });

  it('moves every use to the replacement in one go, collapsing duplicates, and keeps the facet counts right', async () => {
    const retired = await admin.gql<{
      retireSector: { sector: { slug: string; retiredAt: string; replacedBy: { slug: string } }; errors: unknown[] };
    }>(RETIRE, { input: { id: await sectorId('liquid-biopsy'), replacementId: await sectorId('genomic-testing') } });
    expect(retired.data!.retireSector.errors).toEqual([]);
    expect(retired.data!.retireSector.sector).toMatchObject({
      slug: 'liquid-biopsy',
      replacedBy: { slug: 'genomic-testing' },
    });
    expect(retired.data!.retireSector.sector.retiredAt).toBeTruthy();

    const left = await sql<{ n: string }>(
      `select (select count(*) from asset_sector x join sector s on s.id = x.sector_id where s.slug = 'liquid-biopsy')
        + (select count(*) from company_sector x join sector s on s.id = x.sector_id where s.slug = 'liquid-biopsy')
        + (select count(*) from technology_request_sector x join sector s on s.id = x.sector_id where s.slug = 'liquid-biopsy') as n`,
    );
    expect(Number(left[0]!.n)).toBe(0);
    const moved = await sql<{ slug: string }>(
      `select a.slug from asset a join asset_sector x on x.asset_id = a.id join sector s on s.id = x.sector_id
       where s.slug = 'genomic-testing' and a.status = 'PUBLISHED'`,
    );
    expect(moved.map((row) => row.slug)).toEqual(expect.arrayContaining(retiredListings));
    const followed = await sql<{ n: string }>(
      `select count(*) as n from company_sector x join company c on c.id = x.company_id join sector s on s.id = x.sector_id
       where c.slug = 'oncopharm' and s.slug = 'genomic-testing'`,
    );
    expect(Number(followed[0]!.n)).toBe(1);
    const [saved] = await sql<{ filter: { sectors: string[] } }>(
      `select filter from saved_search where name = 'Biopsies'`,
    );
    expect(saved!.filter.sectors).toEqual(['genomic-testing', 'immuno-oncology']);

    // The catalogue's facets (the maintained counts of the landing page) equal a hand count, without the retired term.
    const expected = await handCount();
    const page = await anonymous.gql<Facets>(FACETS);
    const facets = Object.fromEntries(page.data!.assets.facets.sectors.map((facet) => [facet.value, facet.count]));
    expect(facets).toEqual(expected);
    expect(facets['liquid-biopsy']).toBeUndefined();
    // The search rows say the same: no listing carries the retired term's id.
    const [rows] = await sql<{ n: string }>(
      `select count(*) as n from asset_search where (select id from sector where slug = 'liquid-biopsy') = any(sector_ids)`,
    );
    expect(Number(rows!.n)).toBe(0);
  });

  it('is gone from the pickers; its old slug filters by the replacement', async () => {
    const pickers = await anonymous.gql<{ sectors: { slug: string }[] }>('{ sectors { slug } }');
    expect(pickers.data!.sectors.map((sector) => sector.slug)).not.toContain('liquid-biopsy');
    const all = await admin.gql<{ sectors: { slug: string; retiredAt: string | null }[] }>(
      '{ sectors(includeRetired: true) { slug retiredAt } }',
    );
    expect(all.data!.sectors.find((sector) => sector.slug === 'liquid-biopsy')?.retiredAt).toBeTruthy();
    const byOld = await anonymous.gql<Facets>(FACETS, { filter: { sectors: ['liquid-biopsy'] } });
    const byNew = await anonymous.gql<Facets>(FACETS, { filter: { sectors: ['genomic-testing'] } });
    expect(byOld.errors).toBeUndefined();
    expect(byOld.data!.assets.totalCount).toBe(byNew.data!.assets.totalCount);
    expect(byOld.data!.assets.edges.map((edge) => edge.node.slug).sort()).toEqual(
      byNew.data!.assets.edges.map((edge) => edge.node.slug).sort(),
    );
    // A filtered search counts the same way.
    const filteredFacets = Object.fromEntries(
      byOld.data!.assets.facets.sectors.map((facet) => [facet.value, facet.count]),
    );
    expect(filteredFacets['liquid-biopsy']).toBeUndefined();
    expect(filteredFacets['genomic-testing']).toBe((await handCount())['genomic-testing']);
  });

  it('its old slug filters the partner directory by the replacement', async () => {
    const PARTNERS = `query($filter: PartnerFilter) { partners(first: 100, filter: $filter) {
      totalCount edges { node { slug } } } }`;
    type Partners = { partners: { totalCount: number; edges: { node: { slug: string } }[] } };
    const byOld = await anonymous.gql<Partners>(PARTNERS, { filter: { sectors: ['liquid-biopsy'] } });
    const byNew = await anonymous.gql<Partners>(PARTNERS, { filter: { sectors: ['genomic-testing'] } });
    expect(byOld.errors).toBeUndefined();
    expect(byNew.data!.partners.edges.map((edge) => edge.node.slug)).toContain('oncopharm');
    expect(byOld.data!.partners.edges.map((edge) => edge.node.slug)).toEqual(
      byNew.data!.partners.edges.map((edge) => edge.node.slug),
    );
  });

  it('is refused as a listing or request sector, and cannot be retired again or be a replacement', async () => {
    const retired = await sectorId('liquid-biopsy');
    const again = await admin.gql<{ retireSector: { errors: { code: string }[] } }>(RETIRE, {
      input: { id: retired, replacementId: await sectorId('genomic-testing') },
    });
    expect(again.data!.retireSector.errors.map((error) => error.code)).toEqual(['SECTOR_RETIRED']);
    const into = await admin.gql<{ retireSector: { errors: { code: string }[] } }>(RETIRE, {
      input: { id: await sectorId('digital-pathology'), replacementId: retired },
    });
    expect(into.data!.retireSector.errors.map((error) => error.code)).toEqual(['SECTOR_REPLACEMENT_RETIRED']);
    const rename = await admin.gql<{ renameSector: { errors: { code: string }[] } }>(RENAME, {
      input: { id: retired, labelEn: 'Liquid biopsies', labelIt: 'Biopsie liquide' },
    });
    expect(rename.data!.renameSector.errors.map((error) => error.code)).toEqual(['SECTOR_RETIRED']);
  });

  it('a term retired into one that is retired in turn resolves to the last replacement', async () => {
    const response = await admin.gql<{ retireSector: { errors: unknown[] } }>(RETIRE, {
      input: { id: await sectorId('genomic-testing'), replacementId: await sectorId('digital-pathology') },
    });
    expect(response.data!.retireSector.errors).toEqual([]);
    const [chained] = await sql<{ slug: string }>(
      `select r.slug from sector s join sector r on r.id = s.replaced_by_id where s.slug = 'liquid-biopsy'`,
    );
    expect(chained!.slug).toBe('digital-pathology');
    const [saved] = await sql<{ filter: { sectors: string[] } }>(
      `select filter from saved_search where name = 'Biopsies'`,
    );
    expect(saved!.filter.sectors).toEqual(['digital-pathology', 'immuno-oncology']);
    const page = await anonymous.gql<Facets>(FACETS);
    const facets = Object.fromEntries(page.data!.assets.facets.sectors.map((facet) => [facet.value, facet.count]));
    expect(facets).toEqual(await handCount());
  });
});

describe('adding and renaming a term', () => {
  it('adds one under a parent (of its kind) or at the top, with a slug of its own', async () => {
    const under = await admin.gql<{
      createSector: { sector: { slug: string; kind: string; parent: { slug: string } } };
    }>(CREATE, {
      input: { parentId: await sectorId('diagnostics'), labelEn: '  Liquid   biopsy ', labelIt: 'Biopsia liquida' },
    });
    // The retired term keeps its slug (its old addresses resolve to its replacement): the new one gets another.
    expect(under.data!.createSector.sector).toEqual({
      slug: 'liquid-biopsy-2',
      kind: 'SECTOR',
      parent: { slug: 'diagnostics' },
      labelEn: 'Liquid biopsy',
      labelIt: 'Biopsia liquida',
      id: expect.any(String),
    });
    const top = await admin.gql<{ createSector: { sector: { slug: string; kind: string; parent: null } } }>(CREATE, {
      input: { kind: 'THERAPEUTIC_AREA', labelEn: 'Sarcomas', labelIt: 'Sarcomi' },
    });
    expect(top.data!.createSector.sector).toMatchObject({ slug: 'sarcomas', kind: 'THERAPEUTIC_AREA', parent: null });
    const pickers = await anonymous.gql<{ sectors: { slug: string }[] }>('{ sectors { slug } }');
    expect(pickers.data!.sectors.map((sector) => sector.slug)).toEqual(
      expect.arrayContaining(['liquid-biopsy-2', 'sarcomas']),
    );
  });

  it('refuses missing, long and taken labels, a top-level term without a kind, and control characters at the edge', async () => {
    const codes = async (input: Record<string, unknown>) =>
      (
        await admin.gql<{ createSector: { errors: { code: string; field: string }[] } }>(CREATE, { input })
      ).data!.createSector.errors.map((error) => `${error.field}:${error.code}`);
    expect(await codes({ kind: 'SECTOR', labelEn: ' ', labelIt: '' })).toEqual([
      'labelEn:SECTOR_LABEL_REQUIRED',
      'labelIt:SECTOR_LABEL_REQUIRED',
    ]);
    expect(await codes({ kind: 'SECTOR', labelEn: 'x'.repeat(121), labelIt: 'x' })).toEqual([
      'labelEn:SECTOR_LABEL_TOO_LONG',
    ]);
    expect(await codes({ labelEn: 'Orphan', labelIt: 'Orfano' })).toEqual(['kind:SECTOR_KIND_REQUIRED']);
    expect(await codes({ kind: 'SECTOR', labelEn: 'diagnostics', labelIt: 'Altro' })).toEqual([
      'labelEn:SECTOR_LABEL_TAKEN',
    ]);
    const control = await admin.gql(CREATE, { input: { kind: 'SECTOR', labelEn: 'Bad\u0007', labelIt: 'Male' } });
    expect(control.errors?.[0]?.extensions).toMatchObject({
      category: 'BAD_USER_INPUT',
      code: 'TEXT_CONTROL_CHARACTER',
    });
    const newline = await admin.gql(CREATE, { input: { kind: 'SECTOR', labelEn: 'Two\nlines', labelIt: 'Due' } });
    expect(newline.errors?.[0]?.extensions).toMatchObject({ code: 'TEXT_NOT_SINGLE_LINE' });
    for (const client of [officer, buyer]) {
      const response = await client.gql(CREATE, { input: { kind: 'SECTOR', labelEn: 'Mine', labelIt: 'Mio' } });
      expect(response.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
  });

  it('renames both labels and keeps the slug', async () => {
    const renamed = await admin.gql<{ renameSector: { sector: { slug: string; labelEn: string; labelIt: string } } }>(
      RENAME,
      {
        input: {
          id: await sectorId('digital-pathology'),
          labelEn: 'Computational pathology',
          labelIt: 'Patologia computazionale',
        },
      },
    );
    expect(renamed.data!.renameSector.sector).toEqual({
      slug: 'digital-pathology',
      labelEn: 'Computational pathology',
      labelIt: 'Patologia computazionale',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
interface PartnersData {
  partners: {
    totalCount: number;
    edges: { cursor: string; node: { slug: string; name: string; size: string; sectors: { slug: string }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}
const PARTNERS = `query($query: String, $filter: PartnerFilter, $first: Int, $after: String) {
  partners(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { slug name size country sectors { slug } } } pageInfo { hasNextPage endCursor }
  } }`;

describe('partner directory', () => {
  it('lists only companies that chose to be listed, by name, with cursor pages', async () => {
    const unlisted = await server.orm.em
      .fork()
      .execute<{ slug: string }[]>('select slug from company where not listed');
    expect(unlisted.length).toBeGreaterThan(0);
    const all = await server.gql<PartnersData>(PARTNERS, { first: 100 });
    const [{ count }] = (await server.orm.em
      .fork()
      .execute<{ count: number }[]>('select count(*)::int as count from company where listed')) as [{ count: number }];
    expect(all.data?.partners.totalCount).toBe(count);
    const slugs = all.data!.partners.edges.map((edge) => edge.node.slug);
    for (const { slug } of unlisted) {
      expect(slugs).not.toContain(slug);
      const one = await server.gql<{ partner: unknown }>('query($slug: String!) { partner(slug: $slug) { id } }', {
        slug,
      });
      expect(one.data?.partner).toBeNull();
    }
    const names = all.data!.partners.edges.map((edge) => edge.node.name.toLowerCase());
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response: { data?: PartnersData } = await server.gql<PartnersData>(PARTNERS, { first: 6, after });
      paged.push(...response.data!.partners.edges.map((edge) => edge.node.slug));
      if (!response.data!.partners.pageInfo.hasNextPage) break;
      after = response.data!.partners.pageInfo.endCursor;
    }
    expect(paged).toEqual(slugs);
  });

  it('searches and filters', async () => {
    const found = await server.gql<PartnersData>(PARTNERS, { query: 'OncoPharm' });
    expect(found.data?.partners.edges.map((edge) => edge.node.slug)).toContain('oncopharm');
    const large = await server.gql<PartnersData>(PARTNERS, { filter: { sizes: ['LARGE'] }, first: 100 });
    expect(large.data!.partners.edges.every((edge) => edge.node.size === 'LARGE')).toBe(true);
    const italian = await server.gql<PartnersData>(PARTNERS, { filter: { countries: ['it'] }, first: 100 });
    expect(italian.data!.partners.totalCount).toBeGreaterThan(0);
    const bad = await server.gql(PARTNERS, { filter: { countries: ['Italy'] } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ category: 'BAD_USER_INPUT', code: 'COUNTRY_FILTER_INVALID' });
    const wildcard = await server.gql<PartnersData>(PARTNERS, { query: '%' });
    expect(wildcard.data?.partners.totalCount).toBe(0);
  });
});

describe('institutions, platforms and taxonomy', () => {
  it('lists both institutes with their platforms', async () => {
    const response = await server.gql<{
      institutions: { slug: string; name: string; platforms: { kind: string; assets: { kind: string }[] }[] }[];
    }>('{ institutions { id slug name platforms { kind name assets { kind } } } }');
    const bySlug = Object.fromEntries(
      response.data!.institutions.map((institution) => [institution.slug, institution]),
    );
    expect(Object.keys(bySlug).sort()).toEqual(['int', 'irst']);
    expect(bySlug.irst!.platforms.map((platform) => platform.kind).sort()).toEqual(
      ['ANIMAL_FACILITY', 'BIOBANK', 'BIOSCIENCE_LAB', 'BIOSTATISTICS', 'GENOMICS', 'RADIOTHERAPY'].sort(),
    );
    const services = response.data!.institutions.flatMap((institution) =>
      institution.platforms.flatMap((platform) => platform.assets),
    );
    expect(services.length).toBeGreaterThan(10);
  });

  it('institution(slug) and its published assets', async () => {
    const response = await server.gql<{ institution: { shortName: string; assets: { totalCount: number } } }>(
      '{ institution(slug: "int") { shortName assets(first: 3) { totalCount edges { node { slug } } } } }',
    );
    expect(response.data?.institution.assets.totalCount).toBeGreaterThan(10);
    const missing = await server.gql<{ institution: unknown }>('{ institution(slug: "nope") { id } }');
    expect(missing.data?.institution).toBeNull();
  });

  it('the taxonomy has at least 25 terms with English and Italian labels, parents first', async () => {
    const response = await server.gql<{
      sectors: { id: string; slug: string; labelEn: string; labelIt: string; parent: { id: string } | null }[];
    }>('{ sectors { id slug labelEn labelIt kind parent { id } } }');
    const sectors = response.data!.sectors;
    expect(sectors.length).toBeGreaterThanOrEqual(25);
    expect(sectors.every((sector) => sector.labelEn && sector.labelIt)).toBe(true);
    const seen = new Set<string>();
    for (const sector of sectors) {
      if (sector.parent) expect(seen.has(sector.parent.id)).toBe(true);
      seen.add(sector.id);
    }
  });

  it('node(id) resolves every public type by global id', async () => {
    const ids = await server.gql<{
      assets: { edges: { node: { id: string; institution: { id: string }; sectors: { id: string }[] } }[] };
      partners: { edges: { node: { id: string } }[] };
    }>(
      '{ assets(first: 1) { edges { node { id institution { id } sectors { id } } } } partners(first: 1) { edges { node { id } } } }',
    );
    const asset = ids.data!.assets.edges[0]!.node;
    const partner = ids.data!.partners.edges[0]!.node;
    for (const [id, typename] of [
      [asset.id, 'Asset'],
      [asset.institution.id, 'Institution'],
      [asset.sectors[0]!.id, 'Sector'],
      [partner.id, 'Company'],
    ] as const) {
      const response = await server.gql<{ node: { id: string; __typename: string } }>(
        'query($id: ID!) { node(id: $id) { id __typename } }',
        { id },
      );
      expect(response.data?.node).toEqual({ id, __typename: typename });
    }
  });
});

describe('asset page', () => {
  it('asset(slug) has what a buyer looks for, and related assets', async () => {
    const first = await server.gql<{ assets: { edges: { node: { slug: string } }[] } }>(
      '{ assets(first: 1, filter: { ipStatuses: [PATENT_PENDING, PATENT_GRANTED] }) { edges { node { slug } } } }',
    );
    const slug = first.data!.assets.edges[0]!.node.slug;
    const response = await server.gql<{
      asset: Record<string, unknown> & {
        relatedAssets: { slug: string }[];
        patentNumbers: string[];
        contactOfficer: { name: string };
      };
    }>(
      `query($slug: String!) { asset(slug: $slug) {
        id slug kind title summary description problem benefits applications trl ipStatus patentNumbers
        developmentStage partneringModels keywords publishedAt updatedAt
        institution { name contactEmail } sectors { labelEn } inventors { name affiliation }
        contactOfficer { name title } relatedAssets(first: 4) { slug }
      } }`,
      { slug },
    );
    expect(response.errors).toBeUndefined();
    const asset = response.data!.asset;
    expect(asset.patentNumbers.length).toBeGreaterThan(0);
    expect(asset.contactOfficer.name).toBeTruthy();
    expect(asset.relatedAssets).toHaveLength(4);
    expect(asset.relatedAssets.map((related) => related.slug)).not.toContain(slug);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  archive,
  BY_ID,
  BY_SLUG,
  completeFields,
  create,
  disclosureIn,
  type Listing,
  publish,
  restore,
  sectorIds,
  unpublish,
  update,
} from '../../test-support/listing-fixtures.js';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// The confidentiality invariant for listings: nobody outside the office sees a DRAFT or ARCHIVED
// asset by any path, and the editor's fields are the office's alone.

const server = useTestServer();
const { officer, otherOfficer, admin, researcher, otherResearcher, buyer, anonymous } = useDemoClients(server);
let outsiders: [string, TestClient][];

beforeAll(async () => {
  outsiders = [
    ['anonymous', anonymous],
    ['company member', buyer],
    ['researcher of the institute', researcher],
    ['researcher of another institute', otherResearcher],
    ['officer of another institute', otherOfficer],
  ];
});

const OFFICE_FIELDS = `viewerCanEdit allowedTransitions publicationIssues { field code } sourceDisclosure { id }
  contactOfficerUser { id }`;

describe('the demo listings', () => {
  it('every published one is complete enough to publish', async () => {
    const response = await admin.gql<{
      officeListings: { totalCount: number; edges: { node: { slug: string; publicationIssues: unknown[] } }[] };
    }>(`{ officeListings(filter: { statuses: [PUBLISHED] }, first: 100) { totalCount
        edges { node { slug publicationIssues { field code message } } } } }`);
    expect(response.errors).toBeUndefined();
    const listings = response.data!.officeListings;
    expect(listings.edges.length).toBe(listings.totalCount);
    expect(listings.totalCount).toBeGreaterThan(20);
    expect(listings.edges.filter((edge) => edge.node.publicationIssues.length > 0)).toEqual([]);
  });

  it('drafts and archived ones: their office and admins see them (the preview); nobody else, by slug or id', async () => {
    const hidden = await server.orm.em.fork().execute<{ id: number; slug: string; institution: string }[]>(
      `select a.id, a.slug, i.slug as institution from asset a join institution i on i.id = a.institution_id
       where a.status <> 'PUBLISHED' order by a.id`,
    );
    expect(new Set(hidden.map((asset) => asset.institution))).toEqual(new Set(['irst', 'int']));
    for (const asset of hidden) {
      const variables = { slug: asset.slug, id: toGlobalId('Asset', asset.id) };
      const QUERY = `query($slug: String!, $id: ID!) { asset(slug: $slug) { id viewerCanEdit } node(id: $id) { id } }`;
      const office = asset.institution === 'irst' ? officer : otherOfficer;
      for (const client of [office, admin]) {
        const seen = await client.gql<{ asset: { viewerCanEdit: boolean } | null; node: unknown }>(QUERY, variables);
        expect(seen.data!.asset).toEqual({ id: variables.id, viewerCanEdit: true });
        expect(seen.data!.node).toEqual({ id: variables.id });
      }
      const others = [
        ...outsiders.filter(([who]) => !who.startsWith('officer')).map(([, client]) => client),
        asset.institution === 'irst' ? otherOfficer : officer,
      ];
      for (const client of others) {
        const response = await client.gql(QUERY, variables);
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ asset: null, node: null });
      }
    }
  });
});

describe("the editor's fields", () => {
  it('are empty for everyone but the office, on a published listing made from a disclosure', async () => {
    const disclosureId = await disclosureIn(researcher, officer);
    const listing = (await create(officer, { kind: 'INVENTION', title: '', fromDisclosureId: disclosureId })).asset!;
    await update(officer, { id: listing.id, ...completeFields(await sectorIds(server)) });
    expect((await publish(officer, listing.id)).errors).toEqual([]);
    // A published listing that lost its summary (old data): only the office learns what is missing.
    await server.orm.em.fork().execute(`update asset set summary = '' where slug = ?`, [listing.slug]);

    const QUERY = `query($slug: String!) { asset(slug: $slug) { id ${OFFICE_FIELDS} } }`;
    for (const client of [officer, admin]) {
      const seen = await client.gql<{ asset: Record<string, unknown> }>(QUERY, { slug: listing.slug });
      expect(seen.data!.asset).toMatchObject({
        viewerCanEdit: true,
        allowedTransitions: ['DRAFT', 'ARCHIVED'],
        publicationIssues: [{ field: 'summary', code: 'SUMMARY_REQUIRED' }],
        sourceDisclosure: { id: disclosureId },
        contactOfficerUser: { id: expect.any(String) },
      });
    }
    for (const [who, client] of outsiders) {
      const seen = await client.gql<{ asset: Record<string, unknown> }>(QUERY, { slug: listing.slug });
      expect(seen.errors, who).toBeUndefined();
      expect(seen.data!.asset, who).toEqual({
        id: listing.id,
        viewerCanEdit: false,
        allowedTransitions: [],
        publicationIssues: [],
        sourceDisclosure: null,
        contactOfficerUser: null,
      });
    }
    // The disclosure's link to its listing: the office's only.
    const LINK = 'query($id: ID!) { node(id: $id) { id ... on Disclosure { listing { id } } } }';
    expect((await officer.gql<{ node: unknown }>(LINK, { id: disclosureId })).data!.node).toEqual({
      id: disclosureId,
      listing: { id: listing.id },
    });
    expect((await researcher.gql<{ node: unknown }>(LINK, { id: disclosureId })).data!.node).toEqual({
      id: disclosureId,
      listing: null,
    });
    for (const client of [otherOfficer, otherResearcher, buyer, anonymous]) {
      expect((await client.gql<{ node: unknown }>(LINK, { id: disclosureId })).data!.node).toBeNull();
    }
  });

  it('a draft is not shown to its own inventor: researchers are outside the office', async () => {
    const disclosureId = await disclosureIn(researcher, officer);
    const listing = (await create(officer, { kind: 'INVENTION', title: '', fromDisclosureId: disclosureId })).asset!;
    expect((await researcher.gql<{ asset: unknown }>(BY_SLUG, { slug: listing.slug })).data!.asset).toBeNull();
    expect((await researcher.gql<{ node: unknown }>(BY_ID, { id: listing.id })).data!.node).toBeNull();
  });
});

describe('unpublished and archived listings vanish from every public path', () => {
  interface Snapshot {
    total: number;
    listed: boolean;
    searched: boolean;
    facetTotals: Record<string, number>;
    irstFacet: number;
    bySlug: boolean;
    byId: boolean;
    institutionPage: boolean;
    institutionTotal: number;
    platformPage: boolean;
    related: boolean;
  }

  let target: Listing;
  let platformSlug: string;

  beforeAll(async () => {
    // A published IRST service run on a platform, so platform pages are covered too.
    const [row] = await server.orm.em.fork().execute<{ id: number }[]>(
      `select a.id from asset a join institution i on i.id = a.institution_id
       where i.slug = 'irst' and a.status = 'PUBLISHED' and a.platform_id is not null order by a.id limit 1`,
    );
    target = (await officer.gql<{ node: Listing }>(BY_ID, { id: toGlobalId('Asset', row!.id) })).data!.node;
    const [platform] = await server.orm.em
      .fork()
      .execute<{ slug: string }[]>(
        `select p.slug from platform p join asset a on a.platform_id = p.id where a.id = ?`,
        [row!.id],
      );
    platformSlug = platform!.slug;
  });

  async function snapshot(client: TestClient): Promise<Snapshot> {
    const facets =
      'facets { kinds { count } sectors { count } trl { count } ipStatuses { count } institutions { value count } partneringModels { count } }';
    const QUERY = `query($slug: String!, $id: ID!, $title: String) {
        all: assets(first: 100) { totalCount edges { node { id } } ${facets} }
        search: assets(query: $title, first: 100) { edges { node { id } } }
        bySlug: asset(slug: $slug) { id }
        byId: node(id: $id) { id }
      }`;
    // Apart, to keep each request under the cost limit.
    const PAGES = `{ institution(slug: "irst") {
        assets(first: 100) { totalCount edges { node { id } } } platforms { slug assets { id } } } }`;
    const variables = { slug: target.slug, id: target.id, title: `"${target.title}"` };
    const [response, pages] = await Promise.all([
      client.gql<{
        all: {
          totalCount: number;
          edges: { node: { id: string } }[];
          facets: Record<string, { value?: string; count: number }[]>;
        };
        search: { edges: { node: { id: string } }[] };
        bySlug: { id: string } | null;
        byId: { id: string } | null;
      }>(QUERY, variables),
      client.gql<{
        institution: {
          assets: { totalCount: number; edges: { node: { id: string } }[] };
          platforms: { slug: string; assets: { id: string }[] }[];
        };
      }>(PAGES),
    ]);
    expect(response.errors).toBeUndefined();
    expect(pages.errors).toBeUndefined();
    const data = { ...response.data!, ...pages.data! };
    const has = (list: { id: string }[]) => list.some((item) => item.id === target.id);
    return {
      total: data.all.totalCount,
      listed: has(data.all.edges.map((edge) => edge.node)),
      searched: has(data.search.edges.map((edge) => edge.node)),
      facetTotals: Object.fromEntries(
        Object.entries(data.all.facets).map(([name, values]) => [
          name,
          values.reduce((sum, value) => sum + value.count, 0),
        ]),
      ),
      irstFacet: data.all.facets.institutions!.find((value) => value.value === 'irst')?.count ?? 0,
      bySlug: data.bySlug !== null,
      byId: data.byId !== null,
      institutionPage: has(data.institution.assets.edges.map((edge) => edge.node)),
      institutionTotal: data.institution.assets.totalCount,
      platformPage: has(data.institution.platforms.find((platform) => platform.slug === platformSlug)!.assets),
      related: await relatedSomewhere(client),
    };
  }

  /** Whether the target is among the related listings of any listing, a page at a time (within the cost limit). */
  async function relatedSomewhere(client: TestClient): Promise<boolean> {
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response: {
        data?: {
          assets: {
            edges: { node: { relatedAssets: { id: string }[] } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = await client.gql(
        `query($after: String) { assets(first: 25, after: $after) {
          edges { node { relatedAssets(first: 12) { id } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const assets = response.data!.assets;
      if (assets.edges.some((edge) => edge.node.relatedAssets.some((asset) => asset.id === target.id))) return true;
      if (!assets.pageInfo.hasNextPage) return false;
      after = assets.pageInfo.endCursor;
    }
    return false;
  }

  it('for anonymous visitors and company members, and come back when published again', async () => {
    const before = new Map<TestClient, Snapshot>();
    for (const client of [anonymous, buyer]) {
      const seen = await snapshot(client);
      expect(seen).toMatchObject({
        listed: true,
        searched: true,
        bySlug: true,
        byId: true,
        institutionPage: true,
        platformPage: true,
      });
      expect(seen.related).toBe(true);
      before.set(client, seen);
    }
    for (const move of [unpublish, archive]) {
      const moved = await move(officer, target.id);
      expect(moved.errors).toEqual([]);
      for (const client of [anonymous, buyer]) {
        const seen = await snapshot(client);
        const was = before.get(client)!;
        expect(seen).toMatchObject({
          total: was.total - 1,
          listed: false,
          searched: false,
          bySlug: false,
          byId: false,
          institutionPage: false,
          institutionTotal: was.institutionTotal - 1,
          platformPage: false,
          related: false,
          irstFacet: was.irstFacet - 1,
        });
        // Every facet counts what the list counts: the hidden listing in none of them.
        for (const single of ['kinds', 'trl', 'ipStatuses', 'institutions']) {
          expect(seen.facetTotals[single], single).toBe(seen.total);
        }
        for (const multiple of ['sectors', 'partneringModels']) {
          expect(seen.facetTotals[multiple], multiple).toBeLessThan(was.facetTotals[multiple]!);
        }
      }
      // Still the office's to see and edit.
      expect((await officer.gql<{ node: Listing }>(BY_ID, { id: target.id })).data!.node.viewerCanEdit).toBe(true);
      if (move === unpublish) {
        // Back to published before archiving, so both paths start from a published listing.
        expect((await publish(officer, target.id)).errors).toEqual([]);
      }
    }
    await restore(officer, target.id);
    expect((await publish(officer, target.id)).errors).toEqual([]);
    for (const client of [anonymous, buyer]) {
      const seen = await snapshot(client);
      expect(seen).toMatchObject({ ...before.get(client)!, related: seen.related });
    }
  });
});

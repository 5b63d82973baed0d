import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
let hidden: {
  id: number;
  slug: string;
  title: string;
  status: string;
  platform_id: number | null;
  institution_slug: string;
}[];

beforeAll(async () => {
  hidden = await server.orm.em.fork().execute(
    `select a.id, a.slug, a.title, a.status, a.platform_id, i.slug as institution_slug
     from asset a join institution i on i.id = a.institution_id where a.status <> 'PUBLISHED'`,
  );
});

describe('drafts and archived assets are invisible to the public', () => {
  it('the demo data has drafts and archived assets to hide', () => {
    expect(hidden.some((asset) => asset.status === 'DRAFT')).toBe(true);
    expect(hidden.some((asset) => asset.status === 'ARCHIVED')).toBe(true);
  });

  it('not by asset(slug) nor node(id)', async () => {
    for (const asset of hidden) {
      const response = await server.gql<{ asset: unknown; node: unknown }>(
        'query($slug: String!, $id: ID!) { asset(slug: $slug) { id } node(id: $id) { id } }',
        { slug: asset.slug, id: toGlobalId('Asset', asset.id) },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ asset: null, node: null });
    }
  });

  it('not in lists, search results or facet counts', async () => {
    const query = `query($query: String, $after: String) {
      assets(query: $query, first: 100, after: $after) {
        totalCount edges { node { slug } }
        facets { kinds { count } sectors { count } trl { count } ipStatuses { count } institutions { count } partneringModels { count } }
      } }`;
    const [{ count }] = (await server.orm.em
      .fork()
      .execute<{ count: number }[]>(`select count(*)::int as count from asset where status = 'PUBLISHED'`)) as [
      { count: number },
    ];
    const all = await server.gql<{
      assets: { totalCount: number; edges: { node: { slug: string } }[]; facets: Record<string, { count: number }[]> };
    }>(query, {});
    expect(all.data?.assets.totalCount).toBe(count);
    const kinds = all.data!.assets.facets.kinds!.reduce((total, facet) => total + facet.count, 0);
    expect(kinds).toBe(count);
    const slugs = new Set(all.data!.assets.edges.map((edge) => edge.node.slug));
    for (const asset of hidden) {
      expect(slugs.has(asset.slug)).toBe(false);
      // Search by the hidden asset's own title words.
      const search = await server.gql<typeof all.data>(query, { query: `"${asset.title}"` });
      expect(search.data!.assets.edges.map((edge) => edge.node.slug)).not.toContain(asset.slug);
      const facetTotal = search.data!.assets.facets.kinds!.reduce((total, facet) => total + facet.count, 0);
      expect(facetTotal).toBe(search.data!.assets.totalCount);
    }
  });

  it('not through nested fields: institutes, platforms, related assets', async () => {
    const institutions = await server.gql<{ institutions: unknown[] }>(`{ institutions {
        assets(first: 100) { totalCount edges { node { slug } } }
        platforms { assets { slug } }
      } }`);
    expect(institutions.errors).toBeUndefined();
    let seen = JSON.stringify(institutions.data);
    // Related listings of every published asset, a page at a time.
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: {
        data?: { assets: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
        errors?: unknown;
      } = await server.gql(
        `query($after: String) { assets(first: 25, after: $after) {
            edges { node { slug relatedAssets(first: 12) { slug } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      seen += JSON.stringify(response.data);
      if (!response.data?.assets.pageInfo.hasNextPage) break;
      after = response.data.assets.pageInfo.endCursor;
    }
    for (const asset of hidden) expect(seen).not.toContain(`"${asset.slug}"`);
  });
});

describe('inventors', () => {
  it('only name and affiliation are public: the schema has no e-mail on Inventor', async () => {
    const response = await server.gql('{ assets(first: 1) { edges { node { inventors { email } } } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

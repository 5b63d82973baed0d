import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements, installSqlCounter } from '../../test-support/sql-counter.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const PAGE = /* GraphQL */ `
  query Page($first: Int) {
    assets(first: $first) {
      totalCount
      edges {
        node {
          id slug title partneringModels
          institution { id name shortName }
          sectors { id slug labelEn }
          inventors { id name affiliation }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const server = useTestServer();
beforeAll(async () => {
  installSqlCounter();
});

describe('batching', () => {
  it('a page of 5 and a page of 50 assets with relations cost the same, small number of statements', async () => {
    // Warm the connection pool so connection set-up is not counted.
    await server.gql(PAGE, { first: 1 });
    let small: { data?: unknown } = {};
    let large: { data?: { assets: { edges: { node: { inventors: unknown[]; sectors: unknown[] } }[] } } } = {};
    const five = await countStatements(async () => {
      small = await server.gql(PAGE, { first: 5 });
    });
    const fifty = await countStatements(async () => {
      large = await server.gql(PAGE, { first: 50 });
    });
    expect(small.data).toBeDefined();
    const edges = large.data?.assets.edges ?? [];
    expect(edges).toHaveLength(50);
    expect(edges.some((edge) => edge.node.inventors.length > 0)).toBe(true);
    expect(edges.every((edge) => edge.node.sectors.length > 0)).toBe(true);
    console.log(`SQL statements: page of 5 → ${five}, page of 50 → ${fifty}`);
    expect(five).toBe(fifty);
    expect(fifty).toBeLessThanOrEqual(6);
  });
});

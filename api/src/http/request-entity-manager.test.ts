import { describe, expect, it, vi } from 'vitest';
import { ASSET_PAGE } from '../test-support/asset-page-query.js';
import { DEMO_ACCOUNTS } from '../test-support/demo-accounts.js';
import { useTestServer } from '../test-support/use-test-server.js';

// A request's EntityManager is forked when a resolver first uses it, not for every request: Apollo copies the
// context for each operation (Object.assign), which called the getter when it was the context's own.

describe("a request's EntityManager", () => {
  const server = useTestServer();

  it('is not forked for a catalogue read, and is there for a mutation that uses it', async () => {
    const fork = vi.spyOn(server.orm.em, 'fork');
    try {
      const browse = await server.gql<{ assets: { edges: { node: { slug: string } }[] } }>(
        '{ assets(first: 5) { edges { node { slug title institution { name } } } } }',
      );
      expect(browse.errors).toBeUndefined();
      const slug = browse.data!.assets.edges[0]!.node.slug;
      const page = await server.gql<{ asset: { slug: string } | null }>(ASSET_PAGE, { slug });
      expect(page.errors).toBeUndefined();
      expect(page.data?.asset?.slug).toBe(slug);
      expect(fork).not.toHaveBeenCalled();

      // logIn runs in a transaction of the request's EntityManager.
      const client = await server.logIn(DEMO_ACCOUNTS.buyer);
      expect(client.cookie).toMatch(/^tt_session=/);
      expect(fork).toHaveBeenCalled();
    } finally {
      fork.mockRestore();
    }
  });
});

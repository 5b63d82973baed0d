import { Language } from '@tt/shared/languages';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { catalogueCriteria } from './catalogue-criteria.js';
import { CATALOGUE_LIMITS } from './catalogue-limits.js';
import { CatalogueReads } from './catalogue-reads.js';
import { CatalogueSearch } from './catalogue-search.service.js';

// On the catalogue's own connections, a search's statements are prepared (parsed once per connection) and still
// planned at every call for the term at hand: a plan made once for any term ran a common term's page twice as slowly.

const testDb = useTestOrm();
let reads: CatalogueReads;

beforeAll(() => {
  reads = new CatalogueReads(testDb.database.url, CATALOGUE_LIMITS);
});
afterAll(() => reads?.close());

interface Prepared {
  name: string;
  custom_plans: string;
  generic_plans: string;
}

describe("the catalogue's connections", () => {
  it('prepare the searches, each planned for its own term', async () => {
    const prepared = await reads.db.connection().execute(async (connection) => {
      // Six searches of one shape (more than the five after which PostgreSQL would consider one plan for all).
      for (const query of ['cancer', 'therapy', 'tumour', 'cells', 'imaging', 'biomarker']) {
        const search = new CatalogueSearch(connection, catalogueCriteria({ query }), undefined, Language.EN, true);
        search.startFacets();
        await search.page(3, null, {});
        await search.facets();
      }
      const { rows } = await sql<Prepared>`select name, custom_plans, generic_plans from pg_prepared_statements
        order by name`.execute(connection);
      return rows;
    });
    // The page and the facets (the total with them), each prepared once, planned six times for their values.
    expect(prepared).toHaveLength(2);
    for (const statement of prepared) {
      expect(statement.name).toMatch(/^catalogue-[0-9a-f]{20}$/);
      expect(Number(statement.custom_plans)).toBe(6);
      expect(Number(statement.generic_plans)).toBe(0);
    }
  });
});

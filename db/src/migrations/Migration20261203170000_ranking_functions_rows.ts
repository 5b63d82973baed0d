import { Migration } from '@mikro-orm/migrations';

/**
 * The matchmaking rankings return a page (p_limit rows, 10 by default), not the 1000 rows PostgreSQL assumes of a
 * function: with that guess, the statement around companies_to_approach read every company (a sequential scan and a
 * hash of the whole table, about half of its database time at scale) to join ten of them. Said once here; a later
 * CREATE OR REPLACE of either function must say ROWS 10 again (query-plans.test.ts checks the plan).
 */
export class Migration20261203170000_ranking_functions_rows extends Migration {
  override name = 'Migration20261203170000_ranking_functions_rows';

  override up(): void | Promise<void> {
    this.addSql('alter function public.companies_to_approach(integer, integer, integer) rows 10;');
    this.addSql('alter function public.recommended_listings(integer, integer) rows 10;');
  }

  override down(): void | Promise<void> {
    this.addSql('alter function public.companies_to_approach(integer, integer, integer) rows 1000;');
    this.addSql('alter function public.recommended_listings(integer, integer) rows 1000;');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * An institute's Italian page names each platform's first listings by the title it shows them under (the Italian one
 * when the listing is translated, listing-italian-text.ts): an index on that expression, as on the English title, so
 * the page reads eight rows per platform instead of sorting the thousands a large institute's platform runs.
 */
export class Migration20261203142802_platform_listings_italian_index extends Migration {

  override name = 'Migration20261203142802_platform_listings_italian_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "asset_published_platform_it_idx" on "asset" ("platform_id", (case when ((coalesce("title", '') = '' or not coalesce("title_it", '') = '') and (coalesce("summary", '') = '' or not coalesce("summary_it", '') = '') and (coalesce("description", '') = '' or not coalesce("description_it", '') = '') and (coalesce("problem", '') = '' or not coalesce("problem_it", '') = '') and (coalesce("benefits", '') = '' or not coalesce("benefits_it", '') = '') and (cardinality("applications") = 0 or not cardinality("applications_it") = 0) and (cardinality("keywords") = 0 or not cardinality("keywords_it") = 0) and (coalesce("turnaround", '') = '' or not coalesce("turnaround_it", '') = '') and (coalesce("deliverables", '') = '' or not coalesce("deliverables_it", '') = '') and (coalesce("throughput", '') = '' or not coalesce("throughput_it", '') = '')) then "title_it" else "title" end), "id") where "status" = 'PUBLISHED' and "platform_id" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "asset_published_platform_it_idx";`);
  }

}

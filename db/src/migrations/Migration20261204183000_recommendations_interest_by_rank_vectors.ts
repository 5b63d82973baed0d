import { Migration } from '@mikro-orm/migrations';
import { type DefinitionEdits, editFunctionDefinition, reverseEdits } from './function-definition-edits.js';

/**
 * Recommendations take a company's interest candidates from the newest thousand listings' titles, keywords and
 * summaries; when fewer than 50 match there, they searched the whole texts of the whole catalogue through the GIN
 * indexes of the match vectors. For an interest whose words are common in descriptions (at scale, up to a third of
 * the listings) that bitmap is tens of thousands of entries: 13–16 ms of a call that otherwise costs 5–7. Now the
 * titles, keywords and summaries of the whole catalogue come first, through GIN indexes of their own (the rank
 * vectors: small, inline), and the whole texts only when that is still not enough. The rest of the function is kept
 * as it is defined.
 */
const SIGNATURE = 'public.recommended_listings(integer, integer)';

const EDITS: DefinitionEdits = [
  [
    `    -- for an interest many listings share. Else the GIN index over the whole texts (sequential scans off for the
    -- plan, whatever a generic plan would guess): few listings match then.`,
    `    -- for an interest many listings share. Else the same texts of every listing through their GIN indexes, then the
    -- whole texts' (sequential scans off for the plan, whatever a generic plan would guess): few listings match then.`,
  ],
  [
    `      v_interest_ids := array(select s.asset_id from asset_search s
        where s.match_vector_en @@ v_query_en or s.match_vector_it @@ v_query_it limit 150);
`,
    `      v_interest_ids := array(select s.asset_id from asset_search s
        where s.rank_vector_en @@ v_query_en or s.rank_vector_it @@ v_query_it limit 150);
      if cardinality(v_interest_ids) < 50 then
        v_interest_ids := array(select s.asset_id from asset_search s
          where s.match_vector_en @@ v_query_en or s.match_vector_it @@ v_query_it limit 150);
      end if;
`,
  ],
];

export class Migration20261204183000_recommendations_interest_by_rank_vectors extends Migration {
  override name = 'Migration20261204183000_recommendations_interest_by_rank_vectors';

  override up(): void | Promise<void> {
    this.addSql(`create index "asset_search_rank_vector_en_idx" on "asset_search" using gin ("rank_vector_en");`);
    this.addSql(`create index "asset_search_rank_vector_it_idx" on "asset_search" using gin ("rank_vector_it");`);
    this.addSql(editFunctionDefinition(SIGNATURE, EDITS));
  }

  override down(): void | Promise<void> {
    this.addSql(editFunctionDefinition(SIGNATURE, reverseEdits(EDITS)));
    this.addSql(`drop index "asset_search_rank_vector_it_idx";`);
    this.addSql(`drop index "asset_search_rank_vector_en_idx";`);
  }
}

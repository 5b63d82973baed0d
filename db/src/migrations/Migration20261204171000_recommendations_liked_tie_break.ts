import { Migration } from '@mikro-orm/migrations';
import { type DefinitionEdits, editFunctionDefinition, reverseEdits } from './function-definition-edits.js';

/**
 * Recommendations read the listings a company most recently showed interest in: its last six EoIs by created_at,
 * then the last three of those published. EoIs made at the same instant (at scale, 922 company–time pairs) were
 * taken in whatever order the scan gave, so a new index or plan could change a company's recommendations. The EoI's
 * id now breaks the tie: the later EoI first. Only those two orderings change; the rest of the function is kept
 * as it is defined (its text is edited in place, and the edit must apply).
 */
const SIGNATURE = 'public.recommended_listings(integer, integer)';

const EDITS: DefinitionEdits = [
  ['from (select e.asset_id, e.created_at from expression_of_interest e', 'from (select e.id, e.asset_id, e.created_at from expression_of_interest e'],
  ["e.status <> 'WITHDRAWN' order by e.created_at desc limit 6) e", "e.status <> 'WITHDRAWN' order by e.created_at desc, e.id desc limit 6) e"],
  ['order by e.created_at desc limit 3', 'order by e.created_at desc, e.id desc limit 3'],
];

export class Migration20261204171000_recommendations_liked_tie_break extends Migration {
  override name = 'Migration20261204171000_recommendations_liked_tie_break';

  override up(): void | Promise<void> {
    this.addSql(editFunctionDefinition(SIGNATURE, EDITS));
  }

  override down(): void | Promise<void> {
    this.addSql(editFunctionDefinition(SIGNATURE, reverseEdits(EDITS)));
  }
}

import type { KyselyPlugin, QueryResult, UnknownRow } from 'kysely';
import { explained } from '../performance/explained.js';

// For tests of query plans: the plan PostgreSQL chooses for the API's own SQL, not a timing.

/** A node of a plan from EXPLAIN (FORMAT JSON), with the properties the plan tests look at. */
export interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Plan Rows'?: number;
  'Total Cost'?: number;
  'Index Cond'?: string;
  'Function Name'?: string;
  Output?: string[];
  Filter?: string;
  /** Each set's keys: lists of columns, hashed or sorted. */
  'Grouping Sets'?: { 'Hash Keys'?: string[][]; 'Group Keys'?: string[][] }[];
  Plans?: PlanNode[];
}

/** A plan's nodes, the root first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** EXPLAIN (FORMAT JSON) in front of every statement; the plan is kept and the rows come back empty. */
export class ExplainPlugin implements KyselyPlugin {
  plans: PlanNode[] = [];
  /** `options`: more EXPLAIN options, e.g. 'verbose' for each node's output columns. */
  constructor(private readonly options?: string) {}
  transformQuery: KyselyPlugin['transformQuery'] = ({ node }) => explained(node, 'json', this.options);
  async transformResult({ result }: { result: QueryResult<UnknownRow> }): Promise<QueryResult<UnknownRow>> {
    const plan = (result.rows[0]?.['QUERY PLAN'] as { Plan: PlanNode }[] | undefined)?.[0]?.Plan;
    if (!plan) throw new Error('EXPLAIN returned no plan');
    this.plans.push(plan);
    return { rows: [] };
  }
}

import { type ExplainNode, RawNode, type RootOperationNode, SelectQueryNode, sql } from 'kysely';

/**
 * A statement with EXPLAIN in front (`options` such as 'analyze, buffers' before the format), for the plan
 * checks and the catalogue's timing tool: a statement built by the query builder gets the builder's own EXPLAIN
 * clause, raw SQL gets it in front of its text. Anything else (a write) is refused: only reads are explained.
 */
export function explained(node: RootOperationNode, format: 'json', options?: string): RootOperationNode {
  if (SelectQueryNode.is(node)) {
    const explain: ExplainNode = {
      kind: 'ExplainNode',
      format,
      options: options ? sql.raw(options).toOperationNode() : undefined,
    };
    return { ...node, explain };
  }
  if (RawNode.is(node)) {
    const head = `explain (${options ? `${options}, ` : ''}format ${format}) `;
    return { ...node, sqlFragments: [`${head}${node.sqlFragments[0]}`, ...node.sqlFragments.slice(1)] };
  }
  throw new Error(`only reads are explained, not ${node.kind}`);
}

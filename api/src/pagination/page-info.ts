import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@tt/shared/limits';
import { badInput } from '../errors/domain-error.js';

/** Where a page stands in its list (GraphQL's PageInfo, page-info.type.ts). */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Relay page info for a keyset page: one extra row was fetched to know whether more follow. */
export function pageInfo(edges: { cursor: string }[], hasNextPage: boolean, afterGiven: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: afterGiven,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

/**
 * The edges and page info of a keyset page: `rows` were fetched with one extra row, which only tells that more
 * follow; `edge` makes each kept row an edge.
 */
export function keysetPage<R, E extends { cursor: string }>(
  rows: readonly R[],
  first: number,
  afterGiven: boolean,
  edge: (row: R) => E,
): { edges: E[]; pageInfo: PageInfo } {
  const edges = rows.slice(0, first).map(edge);
  return { edges, pageInfo: pageInfo(edges, rows.length > first, afterGiven) };
}

/**
 * A count for every status (0 where none was counted) and the total over the statuses a filter selects (every
 * status when it selects none): the counts of a list with status tabs.
 */
export function statusTotals<S extends string>(
  statuses: readonly S[],
  counted: readonly { status: S; count: number | string | bigint }[],
  selected: readonly S[] | null,
): { statusCounts: { status: S; count: number }[]; totalCount: number } {
  const statusCounts = statuses.map((status) => ({
    status,
    count: Number(counted.find((count) => count.status === status)?.count ?? 0),
  }));
  const wanted = selected ?? statuses;
  return {
    statusCounts,
    totalCount: statusCounts.filter((c) => wanted.includes(c.status)).reduce((sum, c) => sum + c.count, 0),
  };
}

/** `first` for every connection: 1 to 100, default 20. */
export function parsePageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE_MAX) {
    throw badInput('PAGE_SIZE_OUT_OF_RANGE', 'first', { min: 0, max: PAGE_SIZE_MAX });
  }
  return first;
}

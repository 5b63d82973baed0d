import type { PageInfoType } from '../types/page-info.type.js';

/** Relay page info for a keyset page: one extra row was fetched to know whether more follow. */
export function pageInfo(edges: { cursor: string }[], hasNextPage: boolean, afterGiven: boolean): PageInfoType {
  return {
    hasNextPage,
    hasPreviousPage: afterGiven,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

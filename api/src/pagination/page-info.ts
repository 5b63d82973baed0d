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

/** `first` for every connection: 1 to 100, default 20. */
export function parsePageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE_MAX) {
    throw badInput(`first must be between 0 and ${PAGE_SIZE_MAX}`, 'first');
  }
  return first;
}

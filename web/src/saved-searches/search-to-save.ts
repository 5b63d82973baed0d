// A search as a page hands it to "Save this search": the catalogue's, or the Requests directory's (the offices'),
// with the state its page keeps in the URL.
import { type CatalogueSearchState, toQueryVariables } from '../catalogue/search-state';
import type { SaveSearchInput } from '../generated/graphql';
import { type RequestSearchState, toRequestVariables } from '../requests/request-search-state';

export type SearchToSave =
  | { scope: 'CATALOGUE'; state: CatalogueSearchState }
  | { scope: 'REQUESTS'; state: RequestSearchState };

/** The saveSearch input's search: its scope, its words and its scope's filter. */
export function searchInput(
  search: SearchToSave,
): Pick<SaveSearchInput, 'scope' | 'query' | 'filter' | 'requestFilter'> {
  if (search.scope === 'CATALOGUE') {
    const { query, filter } = toQueryVariables(search.state);
    return { scope: 'CATALOGUE', query: query ?? null, filter: filter ?? null };
  }
  // "Only ours" is a company's own requests: an office has none, and the API refuses it.
  const { query, filter } = toRequestVariables({ ...search.state, mine: false });
  return { scope: 'REQUESTS', query: query ?? null, requestFilter: filter ?? null };
}

import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The cache of the web app (also used by tests). Cursor connections are merged page by page, kept
 * apart per search (query, filter and order) so "Load more" appends to the right list.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          assets: relayStylePagination(['query', 'filter', 'orderBy']),
          partners: relayStylePagination(['query', 'filter']),
        },
      },
      Asset: { keyFields: ['id'] },
    },
  });
}

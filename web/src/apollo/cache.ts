import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The cache of the web app (also used by tests). Cursor connections are merged page by page, kept
 * apart per search (query, filter and order) so "Load more" appends to the right list; the same for
 * the user and invitation lists of the people and administration pages, and the office's desks.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          assets: relayStylePagination(['query', 'filter', 'orderBy']),
          partners: relayStylePagination(['query', 'filter']),
          technologyRequests: relayStylePagination(['query', 'filter']),
          users: relayStylePagination(['query', 'role']),
          invitations: relayStylePagination(['status']),
          // The desks' lists: pages appended per filter; a refetch asks again for as many rows as are shown.
          expressionsOfInterest: relayStylePagination(['filter']),
          disclosures: relayStylePagination(['filter']),
          officeListings: relayStylePagination(['filter']),
          agreements: relayStylePagination(['filter']),
          quotes: relayStylePagination([]),
        },
      },
      Asset: { keyFields: ['id'] },
      // The viewer has no id: queries that ask for different parts of it (the header's, the account
      // page's sessions) add up instead of replacing each other.
      Viewer: { merge: true },
    },
  });
}

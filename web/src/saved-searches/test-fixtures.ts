import type { MockLink } from '@apollo/client/testing';
import { CatalogueTaxonomyDocument } from '../generated/graphql';
import { type SavedSearchesQuery } from '../generated/members-graphql';

// Saved searches, and the taxonomy their summaries name, for the component tests.

export type SavedSearch = SavedSearchesQuery['savedSearches'][number];

export function savedSearch(overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    __typename: 'SavedSearch',
    id: 'U2F2ZWRTZWFyY2g6MQ',
    name: 'Liquid biopsy',
    scope: 'CATALOGUE',
    query: 'liquid biopsy',
    alertFrequency: 'DAILY',
    lastAlertAt: '2026-12-01T06:05:00.000Z',
    createdAt: '2026-11-20T10:00:00.000Z',
    feedUrl: 'http://localhost:4000/feeds/searches/4-1.abc.atom',
    filter: {
      __typename: 'SavedSearchFilter',
      kinds: ['INVENTION'],
      sectors: ['liquid-biopsy'],
      trlMin: 3,
      trlMax: 6,
      ipStatuses: [],
      institutions: ['irst'],
      partneringModels: [],
      availabilities: [],
      capacities: [],
      statuses: [],
    },
    ...overrides,
  };
}

export const taxonomyMock: MockLink.MockedResponse = {
  request: { query: CatalogueTaxonomyDocument },
  result: {
    data: {
      __typename: 'Query',
      sectors: [
        {
          __typename: 'Sector',
          id: 'U2VjOjk',
          slug: 'liquid-biopsy',
          kind: 'SECTOR',
          labelEn: 'Liquid biopsy',
          labelIt: 'Biopsia liquida',
          position: 8,
          parent: null,
        },
      ],
      institutions: [
        { __typename: 'Institution', id: 'SW5zdDox', slug: 'irst', shortName: 'IRST', name: 'IRST IRCCS' },
      ],
    },
  },
  maxUsageCount: 5,
};

import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo/cache';
import {
  type PartnerCardFieldsFragment,
  PartnerCountriesDocument,
  PartnerDirectoryDocument,
} from '../generated/graphql';
import { PartnersPage } from './partners-page';

const partner = (overrides: Partial<PartnerCardFieldsFragment>): PartnerCardFieldsFragment => ({
  __typename: 'Company',
  id: 'Q29tcDox',
  slug: 'atlas-clinical',
  name: 'Atlas Clinical Research',
  country: 'US',
  city: 'Boston',
  size: 'MID_CAP',
  interests: ['Phase 1 oncology trial sites'],
  interestsLanguage: 'EN',
  sectors: [
    {
      __typename: 'Sector',
      id: 'U2VjOjE2',
      slug: 'digital-health',
      labelEn: 'Digital health',
      labelIt: 'Sanità digitale',
    },
  ],
  ...overrides,
});

const atlas = partner({});
const biostore = partner({
  id: 'Q29tcDoy',
  slug: 'biostore-solutions',
  name: 'BioStore Solutions',
  country: 'IT',
  city: 'Rome',
  size: 'SME',
});

const directory = (nodes: PartnerCardFieldsFragment[], totalCount: number) => ({
  __typename: 'Query' as const,
  partners: {
    __typename: 'PartnerConnection' as const,
    totalCount,
    edges: nodes.map((node) => ({ __typename: 'PartnerEdge' as const, cursor: `c-${node.id}`, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
  },
});

const where = { search: '' };
function LocationProbe() {
  where.search = useLocation().search;
  return null;
}

describe('PartnersPage', () => {
  it('lists partners with their country and size, and filters by country through the URL', async () => {
    render(
      <MockedProvider
        cache={createCache()}
        mockLinkDefaultOptions={{ delay: 0 }}
        mocks={[
          {
            request: { query: PartnerDirectoryDocument, variables: { first: 12 } },
            result: { data: directory([atlas, biostore], 2) },
          },
          {
            request: { query: PartnerCountriesDocument },
            result: {
              data: {
                __typename: 'Query',
                partners: {
                  __typename: 'PartnerConnection',
                  edges: [atlas, biostore].map((node) => ({
                    __typename: 'PartnerEdge',
                    node: { __typename: 'Company', id: node.id, country: node.country },
                  })),
                },
              },
            },
          },
          {
            request: { query: PartnerDirectoryDocument, variables: { first: 12, filter: { countries: ['IT'] } } },
            result: { data: directory([biostore], 1) },
          },
        ]}
      >
        <MemoryRouter initialEntries={['/partners']} useTransitions={false}>
          <PartnersPage />
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>,
    );

    const cards = await screen.findAllByTestId('partner-card');
    expect(cards).toHaveLength(2);
    expect(screen.getByTestId('result-count').textContent).toBe('2 companies');
    expect(within(cards[0]!).getByText('Boston, United States')).toBeTruthy();
    expect(within(cards[0]!).getByText('Mid-cap')).toBeTruthy();
    expect(within(cards[1]!).getByRole('link', { name: 'BioStore Solutions' }).getAttribute('href')).toBe(
      '/partners/biostore-solutions',
    );

    fireEvent.click(await within(screen.getByTestId('facet-countries')).findByLabelText('Italy'));
    expect(where.search).toBe('?country=IT');
    expect(await screen.findByText('1 company')).toBeTruthy();
  });
});

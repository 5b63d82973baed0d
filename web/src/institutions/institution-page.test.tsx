import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../apollo/cache';
import { InstitutionProfileDocument, type InstitutionProfileQuery } from '../generated/graphql';
import { activateLocale } from '../i18n/i18n';
import { InstitutionPage } from './institution-page';

type Platform = NonNullable<InstitutionProfileQuery['institution']>['platforms'][number];

const service = (n: number) => ({
  __typename: 'Asset' as const,
  id: `a${n}`,
  slug: `service-${n}`,
  kind: 'SERVICE' as const,
  textLanguage: 'EN' as const,
  title: `Service ${n}`,
  summary: '',
});

function platform(slug: string, shown: number, assetCount: number): Platform {
  return {
    __typename: 'Platform',
    id: slug,
    slug,
    name: slug,
    kind: 'GENOMICS',
    textLanguage: 'EN',
    description: 'A platform.',
    capabilities: [],
    assetCount,
    assets: Array.from({ length: shown }, (_, i) => service(i + 1)),
  };
}

function renderInstitute(platforms: Platform[]) {
  const data: InstitutionProfileQuery = {
    __typename: 'Query',
    institution: {
      __typename: 'Institution',
      id: 'i1',
      slug: 'irst',
      name: 'IRST',
      shortName: 'IRST',
      city: 'Meldola',
      region: 'Emilia-Romagna',
      country: 'IT',
      textLanguage: 'EN',
      description: 'A cancer institute.',
      mission: '',
      networks: [],
      website: null,
      contactEmail: 'tto@irst.example',
      platforms,
      assets: { __typename: 'AssetConnection', totalCount: 0, edges: [] },
    },
  };
  render(
    <MockedProvider
      mocks={[{ request: { query: InstitutionProfileDocument, variables: { slug: 'irst' } }, result: { data } }]}
      cache={createCache()}
      mockLinkDefaultOptions={{ delay: 0 }}
    >
      <MemoryRouter initialEntries={['/institutes/irst']}>
        <Routes>
          <Route path="/institutes/:slug" element={<InstitutionPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

afterEach(() => activateLocale('en'));

describe('InstitutionPage, a platform running more than the page names', () => {
  it('links the rest to the institute’s services in the catalogue, counted', async () => {
    renderInstitute([platform('busy', 8, 1431), platform('quiet', 2, 2)]);
    const [busy, quiet] = await screen.findAllByTestId('platform');
    const more = within(busy!).getByTestId('platform-more-services');
    expect(more.textContent).toBe('and 1,423 more in the catalogue');
    expect(more.getAttribute('href')).toBe('/?kind=SERVICE&inst=irst');
    expect(within(busy!).getAllByRole('listitem')).toHaveLength(9);
    expect(within(quiet!).queryByTestId('platform-more-services')).toBeNull();
  });

  it('says it in Italian', async () => {
    await activateLocale('it');
    renderInstitute([platform('busy', 8, 9)]);
    const more = await screen.findByTestId('platform-more-services');
    expect(more.textContent).toBe('e un altro nel catalogo');
  });
});

import { ServerError } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo/cache';
import { CatalogueSearchDocument, CatalogueTaxonomyDocument } from '../generated/graphql';
import { RetiredSectorsDocument } from '../generated/members-graphql';
import { CataloguePage } from './catalogue-page';
import { cardAsset, edge, searchResult } from './test-fixtures';

const taxonomyMock: MockLink.MockedResponse = {
  request: { query: CatalogueTaxonomyDocument },
  result: {
    data: {
      __typename: 'Query',
      sectors: [
        {
          __typename: 'Sector',
          id: 'U2VjOjc',
          slug: 'diagnostics',
          kind: 'SECTOR',
          labelEn: 'Diagnostics',
          labelIt: 'Diagnostica',
          position: 7,
          parent: null,
        },
        {
          __typename: 'Sector',
          id: 'U2VjOjk',
          slug: 'liquid-biopsy',
          kind: 'SECTOR',
          labelEn: 'Liquid biopsy',
          labelIt: 'Biopsia liquida',
          position: 8,
          parent: { __typename: 'Sector', id: 'U2VjOjc', slug: 'diagnostics' },
        },
      ],
      institutions: [
        { __typename: 'Institution', id: 'SW5zdDox', slug: 'irst', shortName: 'IRST', name: 'IRST IRCCS' },
      ],
    },
  },
};

function searchMock(
  variables: Record<string, unknown>,
  data: ReturnType<typeof searchResult>,
): MockLink.MockedResponse {
  return { request: { query: CatalogueSearchDocument, variables }, result: { data } };
}

/** The URL the page last rendered with. */
const current = { search: '' };
function LocationProbe() {
  current.search = useLocation().search;
  return null;
}

function renderCatalogue(url: string, mocks: MockLink.MockedResponse[]) {
  current.search = '';
  render(
    <MockedProvider mocks={[taxonomyMock, ...mocks]} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <Routes>
          <Route
            path="/"
            element={
              <>
                <CataloguePage />
                <LocationProbe />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return current;
}

const first = cardAsset();
const second = cardAsset({
  id: 'QXNzZXQ6Mg',
  slug: 'int-dual-modality-biopsy-marker-clip',
  kind: 'PROTOTYPE',
  title: 'Biopsy marker clip visible on ultrasound, MRI and mammography',
  institution: { __typename: 'Institution', id: 'SW5zdDoy', slug: 'int', shortName: 'INT' },
});

describe('CataloguePage', () => {
  it('renders result cards, the total and the facet counts from the API', async () => {
    renderCatalogue('/', [searchMock({ first: 20 }, searchResult([edge(first), edge(second)], 63, true))]);

    const cards = await screen.findAllByTestId('result-card');
    expect(cards).toHaveLength(2);
    expect(screen.getByTestId('result-count').textContent).toBe('63 results');
    const link = within(cards[1]!).getByRole('link', { name: second.title });
    expect(link.getAttribute('href')).toBe(`/assets/${second.slug}`);
    expect(within(cards[1]!).getByText('Prototype')).toBeTruthy();
    expect(within(cards[1]!).getByText('INT')).toBeTruthy();
    expect(within(cards[0]!).getByText('TRL 4')).toBeTruthy();

    const kinds = screen.getByTestId('facet-kinds');
    const invention = within(kinds).getByLabelText('Invention') as HTMLInputElement;
    expect(invention.dataset.value).toBe('INVENTION');
    expect(invention.checked).toBe(false);
    expect(screen.getByTestId('load-more')).toBeTruthy();
    // Sectors show their labels, children under their parent.
    const sectors = screen.getByTestId('facet-sectors');
    expect(within(sectors).getByLabelText('Liquid biopsy').closest('li')?.className).toContain('facet__option--child');
    // The keyboard skips the filters: the link comes before them and leads to the results, which take the focus.
    const skip = screen.getByTestId('skip-to-results');
    const results = document.getElementById(skip.getAttribute('href')!.slice(1))!;
    expect(results.tabIndex).toBe(-1);
    expect(results.contains(cards[0]!)).toBe(true);
    expect(skip.compareDocumentPosition(kinds) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('writes a clicked facet value to the URL and searches with it', async () => {
    const location = renderCatalogue('/', [
      searchMock({ first: 20 }, searchResult([edge(first), edge(second)], 63, true)),
      searchMock({ first: 20, filter: { kinds: ['INVENTION'] } }, searchResult([edge(first)], 34)),
    ]);

    await screen.findAllByTestId('result-card');
    fireEvent.click(within(screen.getByTestId('facet-kinds')).getByLabelText('Invention'));

    expect(location.search).toBe('?kind=INVENTION');
    expect(((await screen.findByLabelText('Invention')) as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByText('34 results')).toBeTruthy();
    expect(screen.getAllByTestId('result-card')).toHaveLength(1);
    // The active filter can be removed in one click, and the URL follows.
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Invention' }));
    expect(location.search).toBe('');
  });

  it('ticks the successor of a retired sector named by an old address, and puts it in the address', async () => {
    const location = renderCatalogue('/?sector=ctdna-assays', [
      searchMock({ first: 20, filter: { sectors: ['ctdna-assays'] } }, searchResult([edge(first)], 12)),
      searchMock({ first: 20, filter: { sectors: ['liquid-biopsy'] } }, searchResult([edge(first)], 12)),
      {
        request: { query: RetiredSectorsDocument },
        result: {
          data: {
            __typename: 'Query',
            sectors: [
              { __typename: 'Sector', id: 'U2VjOjc', slug: 'diagnostics', retiredAt: null, replacedBy: null },
              { __typename: 'Sector', id: 'U2VjOjk', slug: 'liquid-biopsy', retiredAt: null, replacedBy: null },
              {
                __typename: 'Sector',
                id: 'U2VjOjEx',
                slug: 'ctdna-assays',
                retiredAt: '2026-05-01T08:00:00.000Z',
                replacedBy: { __typename: 'Sector', id: 'U2VjOjk', slug: 'liquid-biopsy' },
              },
            ],
          },
        },
      },
    ]);

    const sectors = await screen.findByTestId('facet-sectors');
    await waitFor(() => expect(location.search).toBe('?sector=liquid-biopsy'));
    expect(((await within(sectors).findByLabelText('Liquid biopsy')) as HTMLInputElement).checked).toBe(true);
    expect(within(screen.getByTestId('facet-sectors')).queryByLabelText('ctdna-assays')).toBeNull();
  });

  it('keeps the search box in step with the URL and submits on Enter', async () => {
    const location = renderCatalogue('/?q=biopsy&inst=irst', [
      searchMock(
        { first: 20, query: 'biopsy', filter: { institutions: ['irst'] } },
        searchResult(
          [
            edge(first, [
              { __typename: 'SnippetPart', text: 'from small ', highlighted: false },
              { __typename: 'SnippetPart', text: 'biopsies', highlighted: true },
            ]),
          ],
          1,
        ),
      ),
      searchMock({ first: 20, query: 'organoid', filter: { institutions: ['irst'] } }, searchResult([], 0)),
    ]);

    const input = screen.getByTestId('search-input') as HTMLInputElement;
    expect(input.value).toBe('biopsy');
    expect(await screen.findByText('1 result')).toBeTruthy();
    expect(screen.getByTestId('result-card').querySelector('mark')?.textContent).toBe('biopsies');
    expect((screen.getByTestId('sort-select') as HTMLSelectElement).value).toBe('relevance');

    fireEvent.change(input, { target: { value: 'organoid' } });
    fireEvent.submit(input.closest('form')!);
    expect(location.search).toBe('?q=organoid&inst=irst');
  });

  it('loads the next page after the end cursor', async () => {
    renderCatalogue('/', [
      searchMock({ first: 20 }, searchResult([edge(first)], 2, true)),
      searchMock({ first: 20, after: `cursor-${first.id}` }, searchResult([edge(second)], 2, false)),
    ]);

    fireEvent.click(await screen.findByTestId('load-more'));
    expect(await screen.findByText(second.title)).toBeTruthy();
    expect(screen.getAllByTestId('result-card')).toHaveLength(2);
    expect(screen.queryByTestId('load-more')).toBeNull();
  });

  it('shows the empty state, whose action clears the filters but keeps the words', async () => {
    const location = renderCatalogue('/?q=zzz&kind=SERVICE&trlMin=8', [
      searchMock({ first: 20, query: 'zzz', filter: { kinds: ['SERVICE'], trlMin: 8 } }, searchResult([], 0)),
      searchMock({ first: 20, query: 'zzz' }, searchResult([], 0)),
    ]);

    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('No listings match');
    expect(screen.getByTestId('result-count').textContent).toBe('0 results');
    // A selected value stays visible (with a zero count) so it can be unticked.
    const service = within(screen.getByTestId('facet-kinds')).getByLabelText('Service') as HTMLInputElement;
    expect(service.checked).toBe(true);

    fireEvent.click(within(empty).getByTestId('empty-clear-filters'));
    expect(location.search).toBe('?q=zzz');
  });

  it('says so when the catalogue cannot be loaded', async () => {
    renderCatalogue('/', [
      { request: { query: CatalogueSearchDocument, variables: { first: 20 } }, error: new Error('down') },
    ]);
    expect((await screen.findByTestId('error-state')).textContent).toContain('could not be loaded');
  });

  it('says kindly that the catalogue is very busy when the server sheds load, and tries again', async () => {
    // What the server answers when it refuses a search: 503, Retry-After, the reason in GraphQL's shape.
    const bodyText = JSON.stringify({
      data: null,
      errors: [
        {
          message: 'The catalogue is very busy right now; try again in 2 seconds.',
          extensions: {
            code: 'CATALOGUE_BUSY',
            category: 'SERVICE_BUSY',
            params: { reason: 'SATURATED', retryAfter: 2 },
          },
        },
      ],
    });
    const response = new Response(bodyText, { status: 503, headers: { 'retry-after': '2' } });
    renderCatalogue('/', [
      {
        request: { query: CatalogueSearchDocument, variables: { first: 20 } },
        error: new ServerError('Response not successful: Received status code 503', { response, bodyText }),
      },
      searchMock({ first: 20 }, searchResult([edge(cardAsset())], 1)),
    ]);
    const busy = await screen.findByTestId('busy-state');
    expect(busy.textContent).toContain('The catalogue is very busy right now; try again in a few seconds.');
    expect(screen.queryByTestId('error-state')).toBeNull();
    fireEvent.click(within(busy).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('result-card')).toHaveLength(1);
  });
});

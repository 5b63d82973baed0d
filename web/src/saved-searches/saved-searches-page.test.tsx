import { ServerError } from '@apollo/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DeleteSavedSearchDocument,
  SavedSearchesDocument,
  UpdateSavedSearchDocument,
} from '../generated/members-graphql';
import { renderAt, userError, where } from '../session/test-fixtures';
import { SavedSearchesPage } from './saved-searches-page';
import { type SavedSearch, savedSearch, taxonomyMock } from './test-fixtures';

const listMock = (searches: SavedSearch[], times = 1) => ({
  request: { query: SavedSearchesDocument },
  result: { data: { __typename: 'Query' as const, savedSearches: searches } },
  maxUsageCount: times,
});

const renderPage = (mocks: Parameters<typeof renderAt>[2]) =>
  renderAt('/searches', <Route path="/searches" element={<SavedSearchesPage />} />, mocks);

describe('SavedSearchesPage', () => {
  it('says it is loading, then explains alerts when there is nothing saved yet', async () => {
    renderPage([listMock([]), taxonomyMock]);
    expect(screen.getByText('Loading…')).toBeTruthy();
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('No saved searches yet');
    expect(empty.textContent).toContain('Save this search');
    fireEvent.click(within(empty).getByRole('link', { name: 'Search the catalogue' }));
    expect(where.pathname).toBe('/');
  });

  it('offers to try again when the list cannot be read', async () => {
    renderPage([
      {
        request: { query: SavedSearchesDocument },
        error: new ServerError('down', { response: new Response(), bodyText: '' }),
      },
      taxonomyMock,
    ]);
    expect(await screen.findByTestId('error-state')).toBeTruthy();
  });

  it('lists an office’s search of technology requests, opening in the Requests directory, without a feed', async () => {
    const requests = savedSearch({
      name: 'CRC requests',
      scope: 'REQUESTS',
      query: 'crc',
      feedUrl: null,
      filter: { ...savedSearch().filter, kinds: [], institutions: [], trlMin: null, trlMax: null, statuses: ['OPEN'] },
    });
    renderPage([listMock([requests]), taxonomyMock]);
    const [row] = await screen.findAllByTestId('saved-search-row');
    await waitFor(() =>
      expect(within(row!).getByTestId('saved-search-summary').textContent).toBe(
        'Technology requests · “crc” · Liquid biopsy · Open',
      ),
    );
    expect(within(row!).getByTestId('saved-search-run').getAttribute('href')).toBe(
      '/requests?q=crc&sector=liquid-biopsy&status=OPEN',
    );
    expect(within(row!).queryByTestId('saved-search-feed')).toBeNull();
    expect(screen.queryByText(/has an Atom feed/)).toBeNull();
  });

  it('lists each search in words, with the link that runs it, its alerts and its feed', async () => {
    renderPage([
      listMock([
        savedSearch(),
        savedSearch({
          id: 'U2F2ZWRTZWFyY2g6Mg',
          name: 'Everything',
          query: null,
          alertFrequency: 'OFF',
          lastAlertAt: null,
          filter: { ...savedSearch().filter, kinds: [], sectors: [], trlMin: null, trlMax: null, institutions: [] },
        }),
      ]),
      taxonomyMock,
    ]);
    const rows = await screen.findAllByTestId('saved-search-row');
    expect(screen.getByTestId('saved-searches-count').textContent).toBe('2 saved searches');
    await waitFor(() =>
      expect(within(rows[0]!).getByTestId('saved-search-summary').textContent).toBe(
        '“liquid biopsy” · Invention · Liquid biopsy · TRL 3–6 · IRST',
      ),
    );
    expect(within(rows[0]!).getByTestId('saved-search-run').getAttribute('href')).toBe(
      '/?q=liquid+biopsy&kind=INVENTION&sector=liquid-biopsy&trlMin=3&trlMax=6&inst=irst',
    );
    expect((within(rows[0]!).getByTestId('saved-search-frequency') as HTMLSelectElement).value).toBe('DAILY');
    expect(rows[0]!.textContent).toContain('Last alert');
    expect(within(rows[0]!).getByTestId('saved-search-feed').getAttribute('href')).toBe(
      'http://localhost:4000/feeds/searches/4-1.abc.atom',
    );
    expect(within(rows[1]!).getByTestId('saved-search-summary').textContent).toBe('All listings');
    expect(within(rows[1]!).getByTestId('saved-search-run').getAttribute('href')).toBe('/');
    expect(rows[1]!.textContent).toContain('No alert sent yet');
  });

  it('changes how often a search alerts, and says so', async () => {
    renderPage([
      listMock([savedSearch()]),
      taxonomyMock,
      {
        request: {
          query: UpdateSavedSearchDocument,
          variables: { input: { id: savedSearch().id, alertFrequency: 'IMMEDIATE' } },
        },
        result: {
          data: {
            updateSavedSearch: {
              __typename: 'SavedSearchPayload',
              savedSearch: {
                __typename: 'SavedSearch',
                id: savedSearch().id,
                name: 'Liquid biopsy',
                alertFrequency: 'IMMEDIATE',
              },
              errors: [],
            },
          },
        },
      },
    ]);
    const select = (await screen.findByTestId('saved-search-frequency')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'IMMEDIATE' } });
    expect((await screen.findByTestId('saved-search-message')).textContent).toBe(
      'Alerts for “Liquid biopsy”: Right away (within minutes).',
    );
    await waitFor(() => expect(select.value).toBe('IMMEDIATE'));
  });

  it('renames a search, and shows the API’s reason when it refuses', async () => {
    renderPage([
      listMock([savedSearch()]),
      taxonomyMock,
      {
        request: { query: UpdateSavedSearchDocument, variables: { input: { id: savedSearch().id, name: ' ' } } },
        result: {
          data: {
            updateSavedSearch: {
              __typename: 'SavedSearchPayload',
              savedSearch: null,
              errors: [userError('SAVED_SEARCH_NAME_REQUIRED', 'name')],
            },
          },
        },
      },
      {
        request: { query: UpdateSavedSearchDocument, variables: { input: { id: savedSearch().id, name: 'ctDNA' } } },
        result: {
          data: {
            updateSavedSearch: {
              __typename: 'SavedSearchPayload',
              savedSearch: { __typename: 'SavedSearch', id: savedSearch().id, name: 'ctDNA', alertFrequency: 'DAILY' },
              errors: [],
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('saved-search-rename'));
    const input = screen.getByTestId('saved-search-name-input');
    fireEvent.change(input, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect((await screen.findByTestId('saved-search-message')).textContent).toBe('Give the search a name.');
    fireEvent.change(input, { target: { value: 'ctDNA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByTestId('saved-search-message').textContent).toBe('Renamed “ctDNA”.'));
    expect(screen.getByRole('heading', { level: 2, name: 'ctDNA' })).toBeTruthy();
    expect(screen.queryByTestId('saved-search-name-input')).toBeNull();
  });

  it('deletes a search only once confirmed', async () => {
    renderPage([
      listMock([savedSearch()]),
      taxonomyMock,
      {
        request: { query: DeleteSavedSearchDocument, variables: { id: savedSearch().id } },
        result: {
          data: {
            deleteSavedSearch: { __typename: 'DeleteSavedSearchPayload', deletedId: savedSearch().id, errors: [] },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('saved-search-delete'));
    expect(screen.getByText('Delete this saved search? Its alerts stop and its feed ends.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByTestId('saved-search-row')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('saved-search-delete'));
    fireEvent.click(screen.getByTestId('saved-search-delete-confirm'));
    expect((await screen.findByTestId('saved-search-message')).textContent).toBe('“Liquid biopsy” was deleted.');
    await waitFor(() => expect(screen.queryByTestId('saved-search-row')).toBeNull());
  });
});

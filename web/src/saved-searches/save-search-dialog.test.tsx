import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH } from '../catalogue/search-state';
import { SaveSearchDocument } from '../generated/members-graphql';
import { EMPTY_REQUEST_SEARCH } from '../requests/request-search-state';
import { renderAt, userError, where } from '../session/test-fixtures';
import { SaveSearchDialog } from './save-search-dialog';
import type { SearchToSave } from './search-to-save';
import { taxonomyMock } from './test-fixtures';

const search: SearchToSave = {
  scope: 'CATALOGUE',
  state: { ...EMPTY_SEARCH, q: 'liquid biopsy', kinds: ['INVENTION' as const], institutions: ['irst'] },
};
const CATALOGUE_INPUT = {
  scope: 'CATALOGUE',
  query: 'liquid biopsy',
  filter: { kinds: ['INVENTION'], institutions: ['irst'] },
};

function saveMock(
  name: string,
  alertFrequency: string,
  payload: { id?: string; errors?: unknown[] },
  searchInput: Record<string, unknown> = CATALOGUE_INPUT,
) {
  return {
    request: {
      query: SaveSearchDocument,
      variables: { input: { name, ...searchInput, alertFrequency } },
    },
    result: {
      data: {
        saveSearch: {
          __typename: 'SavedSearchPayload',
          savedSearch: payload.id ? { __typename: 'SavedSearch', id: payload.id } : null,
          errors: payload.errors ?? [],
        },
      },
    },
  };
}

function renderDialog(mocks: Parameters<typeof renderAt>[2], onClose = () => {}, toSave: SearchToSave = search) {
  return renderAt('/', <Route path="/" element={<SaveSearchDialog search={toSave} onClose={onClose} />} />, [
    taxonomyMock,
    ...mocks,
  ]);
}

describe('SaveSearchDialog', () => {
  it('offers a name from the search and a daily digest, and saves them', async () => {
    renderDialog([saveMock('Liquid biopsy — INT', 'WEEKLY', { id: 'U2F2ZWRTZWFyY2g6MQ' })]);
    const dialog = screen.getByTestId('save-search-dialog');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Save this search' })).toBeTruthy();
    const name = screen.getByTestId('save-search-name') as HTMLInputElement;
    expect(name.value).toBe('liquid biopsy');
    await waitFor(() =>
      expect(screen.getByTestId('save-search-summary').textContent).toBe('“liquid biopsy” · Invention · IRST'),
    );
    expect((screen.getByLabelText('E-mail alerts') as HTMLSelectElement).value).toBe('DAILY');

    fireEvent.change(name, { target: { value: 'Liquid biopsy — INT' } });
    fireEvent.change(screen.getByLabelText('E-mail alerts'), { target: { value: 'WEEKLY' } });
    fireEvent.click(screen.getByTestId('save-search-submit'));
    expect((await screen.findByTestId('save-search-done')).textContent).toContain('Search saved');
    fireEvent.click(screen.getByTestId('save-search-to-list'));
    expect(where.pathname).toBe('/searches');
  });

  it('saves an office’s search of technology requests with the directory’s filters, never “only ours”', async () => {
    const requests: SearchToSave = {
      scope: 'REQUESTS',
      state: { ...EMPTY_REQUEST_SEARCH, partneringModels: ['OPTION'], statuses: ['OPEN'], mine: true },
    };
    const input = {
      scope: 'REQUESTS',
      query: null,
      requestFilter: { partneringModels: ['OPTION'], statuses: ['OPEN'] },
    };
    const name = 'Option agreement · Open';
    renderDialog([saveMock(name, 'DAILY', { id: 'U2F2ZWRTZWFyY2g6Mg' }, input)], () => {}, requests);
    expect(screen.getByTestId('save-search-summary').textContent).toBe(`Technology requests · ${name}`);
    expect((screen.getByTestId('save-search-name') as HTMLInputElement).value).toBe(name);
    expect(screen.getByText(/lists only the open requests published or updated/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('save-search-submit'));
    const done = await screen.findByTestId('save-search-done');
    expect(done.textContent).toContain('with its alerts.');
    expect(done.textContent).not.toContain('feed');
  });

  it('asks for a name, and shows the API’s refusal', async () => {
    renderDialog([saveMock('Mine', 'DAILY', { errors: [userError('TOO_MANY_SAVED_SEARCHES', null, { max: 50 })] })]);
    const name = screen.getByTestId('save-search-name');
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('save-search-submit'));
    expect((await screen.findAllByText('Give the search a name.')).length).toBeGreaterThan(0);
    fireEvent.change(name, { target: { value: 'Mine' } });
    fireEvent.click(screen.getByTestId('save-search-submit'));
    expect(
      (await screen.findAllByText('You can keep at most 50 saved searches: delete one before saving another.')).length,
    ).toBeGreaterThan(0);
  });

  it('closes with Cancel', () => {
    let closed = false;
    renderDialog([], () => {
      closed = true;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toBe(true);
  });
});

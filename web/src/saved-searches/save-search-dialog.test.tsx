import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH } from '../catalogue/search-state';
import { SaveSearchDocument } from '../generated/members-graphql';
import { renderAt, userError, where } from '../session/test-fixtures';
import { SaveSearchDialog } from './save-search-dialog';
import { taxonomyMock } from './test-fixtures';

const search = { ...EMPTY_SEARCH, q: 'liquid biopsy', kinds: ['INVENTION' as const], institutions: ['irst'] };

function saveMock(name: string, alertFrequency: string, payload: { id?: string; errors?: unknown[] }) {
  return {
    request: {
      query: SaveSearchDocument,
      variables: {
        input: {
          name,
          query: 'liquid biopsy',
          filter: { kinds: ['INVENTION'], institutions: ['irst'] },
          alertFrequency,
        },
      },
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

function renderDialog(mocks: Parameters<typeof renderAt>[2], onClose = () => {}) {
  return renderAt('/', <Route path="/" element={<SaveSearchDialog search={search} onClose={onClose} />} />, [
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

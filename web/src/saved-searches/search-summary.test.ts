import { catalogueSearchPath, requestsSearchPath } from '@tt/shared/web-routes';
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, parseSearchParams, toSearchParams } from '../catalogue/search-state';
import { EMPTY_REQUEST_SEARCH, parseRequestParams, toRequestParams } from '../requests/request-search-state';
import {
  defaultSearchName,
  describeSearch,
  requestSearchStateOf,
  searchStateOf,
  searchToSaveOf,
} from './search-summary';
import type { SearchToSave } from './search-to-save';
import { savedSearch } from './test-fixtures';

describe('a saved search in words and links', () => {
  it('opens in the catalogue as the e-mails and feeds link to it (shared/web-routes)', () => {
    const search = savedSearch({
      filter: {
        ...savedSearch().filter,
        ipStatuses: ['PATENT_PENDING'],
        partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
        availabilities: ['AVAILABLE', 'LICENSED_NON_EXCLUSIVELY'],
      },
    });
    const state = searchStateOf(search);
    const path = catalogueSearchPath(search);
    expect(path).toBe(`/?${toSearchParams(state)}`);
    expect(parseSearchParams(new URLSearchParams(path.slice(2)))).toEqual(state);
    expect(catalogueSearchPath({ query: null, filter: {} })).toBe('/');
  });

  it('names a new search after its words, else its filters, within the name’s length', () => {
    const catalogue = (state: Partial<typeof EMPTY_SEARCH>): SearchToSave => ({
      scope: 'CATALOGUE',
      state: { ...EMPTY_SEARCH, ...state },
    });
    expect(defaultSearchName(catalogue({ q: 'ctDNA methylation' }), undefined)).toBe('ctDNA methylation');
    expect(defaultSearchName(catalogue({ kinds: ['SERVICE'], trlMin: 4 }), undefined)).toBe('Service · TRL 4–9');
    expect(defaultSearchName(catalogue({}), undefined)).toBe('All listings');
    expect(defaultSearchName(catalogue({ q: 'x'.repeat(300) }), undefined)).toHaveLength(120);
    expect(describeSearch(catalogue({ sectors: ['unknown-slug'] }), undefined)).toBe('unknown-slug');
  });

  it('says a search of technology requests is one, and opens it in the Requests directory', () => {
    const search = savedSearch({
      scope: 'REQUESTS',
      query: 'assay',
      feedUrl: null,
      filter: {
        ...savedSearch().filter,
        kinds: [],
        institutions: [],
        partneringModels: ['OPTION'],
        statuses: ['OPEN', 'FULFILLED'],
      },
    });
    const toSave = searchToSaveOf(search);
    expect(toSave.scope).toBe('REQUESTS');
    expect(describeSearch(toSave, undefined)).toBe(
      'Technology requests · “assay” · liquid-biopsy · TRL 3–6 · Option agreement · Open, Fulfilled',
    );
    expect(defaultSearchName(toSave, undefined)).toBe('assay');
    const empty: SearchToSave = { scope: 'REQUESTS', state: EMPTY_REQUEST_SEARCH };
    expect(describeSearch(empty, undefined)).toBe('All technology requests');
    expect(defaultSearchName(empty, undefined)).toBe('All technology requests');
    // The link of its e-mails and of its row opens the directory on the same search.
    const path = requestsSearchPath(search);
    expect(path).toBe(`/requests?${toRequestParams(requestSearchStateOf(search))}`);
    expect(parseRequestParams(new URLSearchParams(path.split('?')[1]))).toEqual(requestSearchStateOf(search));
    expect(requestsSearchPath({ query: null, filter: {} })).toBe('/requests');
  });
});

import { catalogueSearchPath } from '@tt/shared/web-routes';
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, parseSearchParams, toSearchParams } from '../catalogue/search-state';
import { defaultSearchName, describeSearch, searchStateOf } from './search-summary';
import { savedSearch } from './test-fixtures';

describe('a saved search in words and links', () => {
  it('opens in the catalogue as the e-mails and feeds link to it (shared/web-routes)', () => {
    const search = savedSearch({
      filter: {
        ...savedSearch().filter,
        ipStatuses: ['PATENT_PENDING'],
        partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
      },
    });
    const state = searchStateOf(search);
    const path = catalogueSearchPath(search);
    expect(path).toBe(`/?${toSearchParams(state)}`);
    expect(parseSearchParams(new URLSearchParams(path.slice(2)))).toEqual(state);
    expect(catalogueSearchPath({ query: null, filter: {} })).toBe('/');
  });

  it('names a new search after its words, else its filters, within the name’s length', () => {
    expect(defaultSearchName({ ...EMPTY_SEARCH, q: 'ctDNA methylation' }, undefined)).toBe('ctDNA methylation');
    expect(defaultSearchName({ ...EMPTY_SEARCH, kinds: ['SERVICE'], trlMin: 4 }, undefined)).toBe('Service · TRL 4–9');
    expect(defaultSearchName(EMPTY_SEARCH, undefined)).toBe('All listings');
    expect(defaultSearchName({ ...EMPTY_SEARCH, q: 'x'.repeat(300) }, undefined)).toHaveLength(120);
    expect(describeSearch({ ...EMPTY_SEARCH, sectors: ['unknown-slug'] }, undefined)).toBe('unknown-slug');
  });
});

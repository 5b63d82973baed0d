import { describe, expect, it } from 'vitest';
import {
  type CatalogueSearchState,
  EMPTY_SEARCH,
  effectiveSort,
  parseSearchParams,
  toggleValue,
  toQueryVariables,
  toSearchParams,
} from './search-state';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('catalogue search state ↔ URL', () => {
  const full: CatalogueSearchState = {
    q: 'liquid "tumour DNA"',
    kinds: ['INVENTION', 'SERVICE'],
    sectors: ['liquid-biopsy', 'oncology'],
    trlMin: 3,
    trlMax: 6,
    ipStatuses: ['PATENT_PENDING'],
    institutions: ['irst'],
    partneringModels: ['OPTION', 'CO_DEVELOPMENT'],
    availabilities: ['AVAILABLE', 'PARTLY_LICENSED'],
    capacities: ['ACCEPTING_REQUESTS'],
    sort: 'title',
  };

  it('round-trips every field', () => {
    expect(parseSearchParams(toSearchParams(full))).toEqual(full);
    expect(parseSearchParams(toSearchParams(EMPTY_SEARCH))).toEqual(EMPTY_SEARCH);
  });

  it('writes the documented parameter names, leaving defaults out', () => {
    expect(toSearchParams(full).toString()).toBe(
      'q=liquid+%22tumour+DNA%22&kind=INVENTION&kind=SERVICE&sector=liquid-biopsy&sector=oncology&trlMin=3&trlMax=6' +
        '&ip=PATENT_PENDING&inst=irst&pm=OPTION&pm=CO_DEVELOPMENT&avail=AVAILABLE&avail=PARTLY_LICENSED&cap=ACCEPTING_REQUESTS&sort=title',
    );
    expect(toSearchParams(EMPTY_SEARCH).toString()).toBe('');
  });

  it('lists enumeration values in their natural order, whatever the order clicked', () => {
    expect(parse('kind=SERVICE&kind=INVENTION').kinds).toEqual(['INVENTION', 'SERVICE']);
  });

  it('reads a shared link, tolerating commas, case and junk', () => {
    const state = parse(
      'q=+biopsy+&kind=invention,PROTOTYPE&kind=BOGUS&sector=Liquid-Biopsy&trlMin=7&trlMax=2&inst=irst&inst=irst&sort=nope',
    );
    expect(state).toEqual({
      ...EMPTY_SEARCH,
      q: 'biopsy',
      kinds: ['INVENTION', 'PROTOTYPE'],
      sectors: ['liquid-biopsy'],
      trlMin: 2,
      trlMax: 7,
      institutions: ['irst'],
    });
    expect(parse('trlMin=0&trlMax=12').trlMin).toBeNull();
    expect(parse('trlMax=12').trlMax).toBeNull();
    expect(parse('sector=%3Cscript%3E').sectors).toEqual([]);
  });

  it('orders by relevance only with a query', () => {
    expect(parse('sort=relevance').sort).toBeNull();
    expect(effectiveSort(parse(''))).toBe('newest');
    expect(effectiveSort(parse('q=organoid'))).toBe('relevance');
    expect(effectiveSort(parse('q=organoid&sort=title'))).toBe('title');
  });

  it('builds the query variables without empty keys', () => {
    expect(toQueryVariables(EMPTY_SEARCH)).toEqual({ first: 20 });
    expect(toQueryVariables(full)).toEqual({
      first: 20,
      query: 'liquid "tumour DNA"',
      orderBy: 'TITLE',
      filter: {
        kinds: ['INVENTION', 'SERVICE'],
        sectors: ['liquid-biopsy', 'oncology'],
        trlMin: 3,
        trlMax: 6,
        ipStatuses: ['PATENT_PENDING'],
        institutions: ['irst'],
        partneringModels: ['OPTION', 'CO_DEVELOPMENT'],
        availabilities: ['AVAILABLE', 'PARTLY_LICENSED'],
        capacities: ['ACCEPTING_REQUESTS'],
      },
    });
  });

  it('toggles list values', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
  });
});

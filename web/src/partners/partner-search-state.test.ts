import { describe, expect, it } from 'vitest';
import { EMPTY_PARTNER_SEARCH, parsePartnerParams, toPartnerParams, toPartnerVariables } from './partner-search-state';

describe('partner directory search ↔ URL', () => {
  it('round-trips and builds the query variables', () => {
    const state = {
      q: 'bio',
      sizes: ['STARTUP' as const, 'SME' as const],
      countries: ['IT', 'DE'],
    };
    const params = toPartnerParams(state);
    expect(params.toString()).toBe('q=bio&size=STARTUP&size=SME&country=IT&country=DE');
    expect(parsePartnerParams(params)).toEqual(state);
    expect(toPartnerVariables(state)).toEqual({
      first: 12,
      query: 'bio',
      filter: { sizes: ['STARTUP', 'SME'], countries: ['IT', 'DE'] },
    });
    expect(toPartnerVariables(EMPTY_PARTNER_SEARCH)).toEqual({ first: 12 });
  });

  it('drops what is not a size or a country code, and any relationship label (the directory shows none)', () => {
    expect(parsePartnerParams(new URLSearchParams('size=huge&level=partner&country=it,Italy'))).toEqual({
      ...EMPTY_PARTNER_SEARCH,
      countries: ['IT'],
    });
  });
});

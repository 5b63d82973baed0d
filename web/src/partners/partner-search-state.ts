// The partner directory's search lives in the URL too: ?q=…&size=SME&country=IT (no relationship label: whose would it be?)

import { values } from '@tt/shared/asset-enums';
import { CompanySize } from '@tt/shared/company-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import type { PartnerDirectoryQueryVariables, PartnerFilter, CompanySize as Size } from '../generated/graphql';

export const PARTNERS_PAGE_SIZE = 12;
export const ALL_SIZES: readonly Size[] = values(CompanySize);

export interface PartnerSearchState {
  q: string;
  sizes: Size[];
  countries: string[];
}

export const EMPTY_PARTNER_SEARCH: PartnerSearchState = { q: '', sizes: [], countries: [] };

function list(params: URLSearchParams, name: string): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(name)) {
    for (const part of raw.split(',')) {
      const value = part.trim().toUpperCase();
      if (value && !out.includes(value)) out.push(value);
    }
  }
  return out.slice(0, FILTER_VALUES_MAX);
}

export function parsePartnerParams(params: URLSearchParams): PartnerSearchState {
  const sizes = new Set(list(params, 'size'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_QUERY_MAX_LENGTH),
    sizes: ALL_SIZES.filter((size) => sizes.has(size)),
    countries: list(params, 'country').filter((code) => /^[A-Z]{2}$/.test(code)),
  };
}

export function toPartnerParams(state: PartnerSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const size of state.sizes) params.append('size', size);
  for (const country of state.countries) params.append('country', country);
  return params;
}

export function partnerFilterCount(state: PartnerSearchState): number {
  return state.sizes.length + state.countries.length;
}

export function toPartnerVariables(state: PartnerSearchState): PartnerDirectoryQueryVariables {
  const filter: PartnerFilter = {};
  if (state.sizes.length) filter.sizes = state.sizes;
  if (state.countries.length) filter.countries = state.countries;
  const variables: PartnerDirectoryQueryVariables = { first: PARTNERS_PAGE_SIZE };
  if (state.q) variables.query = state.q;
  if (Object.keys(filter).length) variables.filter = filter;
  return variables;
}

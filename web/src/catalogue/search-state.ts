// The catalogue's search state lives in the URL, so a search can be shared, bookmarked and restored
// with back/forward. This module is the one place that reads and writes those parameters:
//   ?q=…&kind=INVENTION&sector=liquid-biopsy&trlMin=3&trlMax=6&ip=…&inst=irst&pm=…&avail=AVAILABLE&cap=ACCEPTING_REQUESTS&sort=newest
// Lists repeat their parameter (kind=INVENTION&kind=SERVICE); commas are accepted as well.
import { AssetKind, IpStatus, PartneringModel, values } from '@tt/shared/asset-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH, TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { SERVICE_CAPACITY_STATUSES } from '@tt/shared/service-capacity';
import type {
  AssetFilter,
  AssetOrder,
  ListingAvailability as Availability,
  ServiceCapacityStatus as Capacity,
  CatalogueSearchQueryVariables,
  IpStatus as Ip,
  AssetKind as Kind,
  PartneringModel as Model,
} from '../generated/graphql';

export const CATALOGUE_PAGE_SIZE = 20;

export const SORT_KEYS = ['relevance', 'newest', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface CatalogueSearchState {
  q: string;
  kinds: Kind[];
  sectors: string[];
  trlMin: number | null;
  trlMax: number | null;
  ipStatuses: Ip[];
  institutions: string[];
  partneringModels: Model[];
  availabilities: Availability[];
  /** Services' capacities (the facet "accepting requests"). */
  capacities: Capacity[];
  /** null: the default order (relevance with a query, else newest) */
  sort: SortKey | null;
}

export const EMPTY_SEARCH: CatalogueSearchState = {
  q: '',
  kinds: [],
  sectors: [],
  trlMin: null,
  trlMax: null,
  ipStatuses: [],
  institutions: [],
  partneringModels: [],
  availabilities: [],
  capacities: [],
  sort: null,
};

export const ALL_KINDS: readonly Kind[] = values(AssetKind);
export const ALL_IP_STATUSES: readonly Ip[] = values(IpStatus);
export const ALL_PARTNERING_MODELS: readonly Model[] = values(PartneringModel);
export const ALL_AVAILABILITIES: readonly Availability[] = values(ListingAvailability);
export const ALL_CAPACITIES: readonly Capacity[] = SERVICE_CAPACITY_STATUSES;

const PARAM = {
  q: 'q',
  kinds: 'kind',
  sectors: 'sector',
  trlMin: 'trlMin',
  trlMax: 'trlMax',
  ipStatuses: 'ip',
  institutions: 'inst',
  partneringModels: 'pm',
  availabilities: 'avail',
  capacities: 'cap',
  sort: 'sort',
} as const;

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

function listParam(params: URLSearchParams, name: string): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(name)) {
    for (const part of raw.split(',')) {
      const value = part.trim();
      if (value && !out.includes(value)) out.push(value);
    }
  }
  return out.slice(0, FILTER_VALUES_MAX);
}

function enumList<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const picked = new Set(listParam(params, name).map((value) => value.toUpperCase()));
  return allowed.filter((value) => picked.has(value));
}

function slugList(params: URLSearchParams, name: string): string[] {
  return listParam(params, name)
    .map((value) => value.toLowerCase())
    .filter((value, index, all) => SLUG.test(value) && all.indexOf(value) === index);
}

function trlParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const level = Number(raw);
  return level >= TRL_MIN && level <= TRL_MAX ? level : null;
}

/** Reads the search state from the URL's query string; unknown or invalid values are dropped. */
export function parseSearchParams(params: URLSearchParams): CatalogueSearchState {
  let trlMin = trlParam(params, PARAM.trlMin);
  let trlMax = trlParam(params, PARAM.trlMax);
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  const q = (params.get(PARAM.q) ?? '').trim().slice(0, SEARCH_QUERY_MAX_LENGTH);
  const sortRaw = (params.get(PARAM.sort) ?? '').toLowerCase();
  let sort: SortKey | null = (SORT_KEYS as readonly string[]).includes(sortRaw) ? (sortRaw as SortKey) : null;
  if (sort === 'relevance' && !q) sort = null;
  return {
    q,
    kinds: enumList(params, PARAM.kinds, ALL_KINDS),
    sectors: slugList(params, PARAM.sectors),
    trlMin,
    trlMax,
    ipStatuses: enumList(params, PARAM.ipStatuses, ALL_IP_STATUSES),
    institutions: slugList(params, PARAM.institutions),
    partneringModels: enumList(params, PARAM.partneringModels, ALL_PARTNERING_MODELS),
    availabilities: enumList(params, PARAM.availabilities, ALL_AVAILABILITIES),
    capacities: enumList(params, PARAM.capacities, ALL_CAPACITIES),
    sort,
  };
}

/** Writes the search state as a query string, in a stable order, leaving defaults out. */
export function toSearchParams(state: CatalogueSearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set(PARAM.q, q);
  for (const value of state.kinds) params.append(PARAM.kinds, value);
  for (const value of state.sectors) params.append(PARAM.sectors, value);
  if (state.trlMin !== null) params.set(PARAM.trlMin, String(state.trlMin));
  if (state.trlMax !== null) params.set(PARAM.trlMax, String(state.trlMax));
  for (const value of state.ipStatuses) params.append(PARAM.ipStatuses, value);
  for (const value of state.institutions) params.append(PARAM.institutions, value);
  for (const value of state.partneringModels) params.append(PARAM.partneringModels, value);
  for (const value of state.availabilities) params.append(PARAM.availabilities, value);
  for (const value of state.capacities) params.append(PARAM.capacities, value);
  if (state.sort && !(state.sort === 'relevance' && !q)) params.set(PARAM.sort, state.sort);
  return params;
}

/** The order actually applied: relevance only makes sense with a query. */
export function effectiveSort(state: CatalogueSearchState): SortKey {
  if (state.sort === 'title' || state.sort === 'newest') return state.sort;
  return state.q ? 'relevance' : 'newest';
}

export function hasActiveFilters(state: CatalogueSearchState): boolean {
  return activeFilterCount(state) > 0;
}

export function activeFilterCount(state: CatalogueSearchState): number {
  return (
    state.kinds.length +
    state.sectors.length +
    state.ipStatuses.length +
    state.institutions.length +
    state.partneringModels.length +
    state.availabilities.length +
    state.capacities.length +
    (state.trlMin !== null || state.trlMax !== null ? 1 : 0)
  );
}

/** The same search without any filter (the words and order stay). */
export function withoutFilters(state: CatalogueSearchState): CatalogueSearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort };
}

export function toggleValue<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

const ORDER: Record<SortKey, AssetOrder> = { relevance: 'RELEVANCE', newest: 'NEWEST', title: 'TITLE' };

/** The variables of the CatalogueSearch query for this state (absent keys rather than nulls). */
export function toQueryVariables(
  state: CatalogueSearchState,
  first: number = CATALOGUE_PAGE_SIZE,
): CatalogueSearchQueryVariables {
  const filter: AssetFilter = {};
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.sectors.length) filter.sectors = state.sectors;
  if (state.trlMin !== null) filter.trlMin = state.trlMin;
  if (state.trlMax !== null) filter.trlMax = state.trlMax;
  if (state.ipStatuses.length) filter.ipStatuses = state.ipStatuses;
  if (state.institutions.length) filter.institutions = state.institutions;
  if (state.partneringModels.length) filter.partneringModels = state.partneringModels;
  if (state.availabilities.length) filter.availabilities = state.availabilities;
  if (state.capacities.length) filter.capacities = state.capacities;

  const variables: CatalogueSearchQueryVariables = { first };
  if (state.q) variables.query = state.q;
  if (Object.keys(filter).length) variables.filter = filter;
  if (state.sort) variables.orderBy = ORDER[effectiveSort(state)];
  return variables;
}

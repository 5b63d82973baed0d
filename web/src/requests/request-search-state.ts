// The Requests directory's search lives in the URL, so it can be shared, bookmarked and restored with
// back/forward: ?q=…&sector=liquid-biopsy&trlMin=3&trlMax=6&pm=OPTION&status=OPEN&mine=1
import { PartneringModel, values } from '@tt/shared/asset-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH, TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import type { PartneringModel as Model, RequestStatus, TechnologyRequestFilter } from '../generated/graphql';
import type { RequestDirectoryQueryVariables } from '../generated/members-graphql';
import { REQUEST_STATUSES } from './request-labels';

export const REQUESTS_PAGE_SIZE = 20;

export interface RequestSearchState {
  q: string;
  sectors: string[];
  trlMin: number | null;
  trlMax: number | null;
  partneringModels: Model[];
  statuses: RequestStatus[];
  /** Only the viewer's company's requests. */
  mine: boolean;
}

export const EMPTY_REQUEST_SEARCH: RequestSearchState = {
  q: '',
  sectors: [],
  trlMin: null,
  trlMax: null,
  partneringModels: [],
  statuses: [],
  mine: false,
};

export const ALL_REQUEST_MODELS: readonly Model[] = values(PartneringModel);

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

function trlParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const level = Number(raw);
  return level >= TRL_MIN && level <= TRL_MAX ? level : null;
}

/** Reads the search from the URL's query string; unknown or invalid values are dropped. */
export function parseRequestParams(params: URLSearchParams): RequestSearchState {
  let trlMin = trlParam(params, 'trlMin');
  let trlMax = trlParam(params, 'trlMax');
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_QUERY_MAX_LENGTH),
    sectors: listParam(params, 'sector')
      .map((value) => value.toLowerCase())
      .filter((value, index, all) => SLUG.test(value) && all.indexOf(value) === index),
    trlMin,
    trlMax,
    partneringModels: enumList(params, 'pm', ALL_REQUEST_MODELS),
    statuses: enumList(params, 'status', REQUEST_STATUSES),
    mine: params.get('mine') === '1',
  };
}

/** Writes the search as a query string, in a stable order, leaving defaults out. */
export function toRequestParams(state: RequestSearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const value of state.sectors) params.append('sector', value);
  if (state.trlMin !== null) params.set('trlMin', String(state.trlMin));
  if (state.trlMax !== null) params.set('trlMax', String(state.trlMax));
  for (const value of state.partneringModels) params.append('pm', value);
  for (const value of state.statuses) params.append('status', value);
  if (state.mine) params.set('mine', '1');
  return params;
}

export function requestFilterCount(state: RequestSearchState): number {
  return (
    state.sectors.length +
    state.partneringModels.length +
    state.statuses.length +
    (state.trlMin !== null || state.trlMax !== null ? 1 : 0) +
    (state.mine ? 1 : 0)
  );
}

/** The variables of the RequestDirectory query for this search (absent keys rather than nulls). */
export function toRequestVariables(
  state: RequestSearchState,
  first: number = REQUESTS_PAGE_SIZE,
): RequestDirectoryQueryVariables {
  const filter: TechnologyRequestFilter = {};
  if (state.sectors.length) filter.sectors = state.sectors;
  if (state.trlMin !== null) filter.trlMin = state.trlMin;
  if (state.trlMax !== null) filter.trlMax = state.trlMax;
  if (state.partneringModels.length) filter.partneringModels = state.partneringModels;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.mine) filter.mine = true;
  const variables: RequestDirectoryQueryVariables = { first };
  if (state.q) variables.query = state.q;
  if (Object.keys(filter).length) variables.filter = filter;
  return variables;
}

export function toggleValue<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

// A saved search in words, for its list and for the name a new one starts with: its words, then each filter's
// values as the catalogue's filters name them ("“liquid biopsy” · Invention, Prototype · TRL 3–6 · IRST"); a search
// of technology requests says so first ("Technology requests · “assay” · Liquid biopsy · Open").
import { SAVED_SEARCH_NAME_MAX_LENGTH } from '@tt/shared/limits';
import { slugLabel } from '../catalogue/facet-options';
import { type CatalogueSearchState, EMPTY_SEARCH } from '../catalogue/search-state';
import type { CatalogueTaxonomyQuery } from '../generated/graphql';
import type { SavedSearchesQuery } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { availabilityLabel, capacityLabel, ipStatusLabel, kindLabel, partneringModelLabel } from '../i18n/labels';
import { requestStatusLabel } from '../requests/request-labels';
import { EMPTY_REQUEST_SEARCH, type RequestSearchState } from '../requests/request-search-state';
import type { SearchToSave } from './search-to-save';

type SavedSearch = Pick<SavedSearchesQuery['savedSearches'][number], 'scope' | 'query' | 'filter'>;

/** A saved search as the catalogue page's state: what its "show results" link opens. */
export function searchStateOf(search: Pick<SavedSearch, 'query' | 'filter'>): CatalogueSearchState {
  const { filter } = search;
  return {
    ...EMPTY_SEARCH,
    q: search.query ?? '',
    kinds: filter.kinds,
    sectors: filter.sectors,
    trlMin: filter.trlMin,
    trlMax: filter.trlMax,
    ipStatuses: filter.ipStatuses,
    institutions: filter.institutions,
    partneringModels: filter.partneringModels,
    availabilities: filter.availabilities,
    capacities: filter.capacities,
  };
}

/** A saved search of technology requests as the Requests directory's state. */
export function requestSearchStateOf(search: Pick<SavedSearch, 'query' | 'filter'>): RequestSearchState {
  const { filter } = search;
  return {
    ...EMPTY_REQUEST_SEARCH,
    q: search.query ?? '',
    sectors: filter.sectors,
    trlMin: filter.trlMin,
    trlMax: filter.trlMax,
    partneringModels: filter.partneringModels,
    statuses: filter.statuses,
  };
}

/** A saved search as the state of its page, with its scope. */
export function searchToSaveOf(search: SavedSearch): SearchToSave {
  return search.scope === 'REQUESTS'
    ? { scope: 'REQUESTS', state: requestSearchStateOf(search) }
    : { scope: 'CATALOGUE', state: searchStateOf(search) };
}

/** The search's parts in words: its words quoted, then one part per filter. */
export function searchParts(state: CatalogueSearchState, taxonomy: CatalogueTaxonomyQuery | undefined): string[] {
  const parts: string[] = [];
  const list = (values: string[]) => values.join(', ');
  if (state.q.trim()) parts.push(t('alerts.quoted', { text: state.q.trim() }));
  if (state.kinds.length) parts.push(list(state.kinds.map(kindLabel)));
  if (state.sectors.length) parts.push(list(state.sectors.map((slug) => slugLabel(slug, 'sector', taxonomy))));
  if (state.trlMin !== null || state.trlMax !== null) {
    parts.push(t('catalogue.facet.trlRange', { min: state.trlMin ?? 1, max: state.trlMax ?? 9 }));
  }
  if (state.ipStatuses.length) parts.push(list(state.ipStatuses.map(ipStatusLabel)));
  if (state.institutions.length) {
    parts.push(list(state.institutions.map((slug) => slugLabel(slug, 'institution', taxonomy))));
  }
  if (state.partneringModels.length) parts.push(list(state.partneringModels.map(partneringModelLabel)));
  if (state.availabilities.length) parts.push(list(state.availabilities.map(availabilityLabel)));
  if (state.capacities.length) parts.push(list(state.capacities.map(capacityLabel)));
  return parts;
}

/** A search of technology requests in words, as the directory's filters name them. */
export function requestSearchParts(state: RequestSearchState, taxonomy: CatalogueTaxonomyQuery | undefined): string[] {
  const parts: string[] = [];
  const list = (values: string[]) => values.join(', ');
  if (state.q.trim()) parts.push(t('alerts.quoted', { text: state.q.trim() }));
  if (state.sectors.length) parts.push(list(state.sectors.map((slug) => slugLabel(slug, 'sector', taxonomy))));
  if (state.trlMin !== null || state.trlMax !== null) {
    parts.push(t('catalogue.facet.trlRange', { min: state.trlMin ?? 1, max: state.trlMax ?? 9 }));
  }
  if (state.partneringModels.length) parts.push(list(state.partneringModels.map(partneringModelLabel)));
  if (state.statuses.length) parts.push(list(state.statuses.map(requestStatusLabel)));
  return parts;
}

/** The search in one line: its parts, or "All listings" ("All technology requests") for a search of everything. */
export function describeSearch(search: SearchToSave, taxonomy: CatalogueTaxonomyQuery | undefined): string {
  if (search.scope === 'REQUESTS') {
    const parts = requestSearchParts(search.state, taxonomy);
    return parts.length ? [t('alerts.requests'), ...parts].join(' · ') : t('alerts.summary.allRequests');
  }
  const parts = searchParts(search.state, taxonomy);
  return parts.length ? parts.join(' · ') : t('alerts.summary.all');
}

/** The name a new saved search is offered: its words as typed, else its filters, within the name's length. */
export function defaultSearchName(search: SearchToSave, taxonomy: CatalogueTaxonomyQuery | undefined): string {
  // The words as typed: "ctDNA" stays as it is.
  const parts = search.scope === 'REQUESTS' ? requestSearchParts(search.state, taxonomy) : [];
  const name =
    search.state.q.trim() ||
    (search.scope === 'REQUESTS' && parts.length ? parts.join(' · ') : describeSearch(search, taxonomy));
  return name.length <= SAVED_SEARCH_NAME_MAX_LENGTH ? name : `${name.slice(0, SAVED_SEARCH_NAME_MAX_LENGTH - 1)}…`;
}

// Saved searches and their e-mail alerts: plain objects so type-graphql can register them and the web can list them.
import type { AssetKind, IpStatus, PartneringModel } from './asset-enums.js';
import { UserRole } from './company-enums.js';
import type { ListingAvailability } from './listing-availability.js';
import type { ServiceCapacityStatus } from './service-capacity.js';
import type { RequestStatus } from './technology-request-enums.js';

/**
 * What a saved search searches: the public catalogue of listings (anyone signed in), or the companies' technology
 * requests (the institutes' officers). Each scope has one alert selector in the API (search-scopes.ts).
 */
export const SavedSearchScope = {
  CATALOGUE: 'CATALOGUE',
  REQUESTS: 'REQUESTS',
} as const;
export type SavedSearchScope = (typeof SavedSearchScope)[keyof typeof SavedSearchScope];

/**
 * Who may save searches of each scope: anyone signed in the catalogue; the institutes' offices (and administrators)
 * the technology requests, which they answer.
 */
export function maySaveSearchesOf(role: UserRole, scope: SavedSearchScope): boolean {
  if (scope === SavedSearchScope.CATALOGUE) return true;
  return role === UserRole.TT_OFFICER || role === UserRole.ADMIN;
}

/**
 * How often a saved search e-mails what is new or changed: never, within a few minutes (batched), in a daily digest
 * (07:00, Rome time) or in a weekly one (Monday, 07:00, Rome time).
 */
export const AlertFrequency = {
  OFF: 'OFF',
  IMMEDIATE: 'IMMEDIATE',
  DAILY: 'DAILY',
  WEEKLY: 'WEEKLY',
} as const;
export type AlertFrequency = (typeof AlertFrequency)[keyof typeof AlertFrequency];

export const ALERT_FREQUENCIES: readonly AlertFrequency[] = Object.values(AlertFrequency);

/**
 * A catalogue search's filter as a saved search stores it: the catalogue's AssetFilter with sectors and institutes
 * by slug, checked when saved (absent lists and bounds are no filter).
 */
export interface StoredCatalogueFilter {
  kinds?: AssetKind[];
  sectors?: string[];
  trlMin?: number;
  trlMax?: number;
  ipStatuses?: IpStatus[];
  institutions?: string[];
  partneringModels?: PartneringModel[];
  availabilities?: ListingAvailability[];
  capacities?: ServiceCapacityStatus[];
}

/**
 * A Requests-directory search's filter as a saved search stores it: sectors by slug, checked when saved (absent
 * lists and bounds are no filter).
 */
export interface StoredRequestFilter {
  sectors?: string[];
  trlMin?: number;
  trlMax?: number;
  partneringModels?: PartneringModel[];
  statuses?: RequestStatus[];
}

/** What a saved search's filter column holds: its scope says which of the two. */
export type StoredSearchFilter = StoredCatalogueFilter | StoredRequestFilter;

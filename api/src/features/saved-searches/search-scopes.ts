import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { maySaveSearchesOf, type SavedSearchScope, type StoredSearchFilter } from '@tt/shared/saved-search-rules';
import type { Viewer } from '../../auth/viewer.js';
import type { AlertMailItem, AlertMailSearch } from '../../mail/mail-templates.js';
import type { CatalogueQuestion } from '../catalogue/catalogue.service.js';
import type { TechnologyRequestFilter } from '../requests/technology-request-criteria.js';
import { catalogueScope } from './catalogue-scope.js';
import { requestsScope } from './requests-scope.js';

// What a saved search can search, and how each kind is checked, shown and alerted on. Each scope plugs in here with
// one definition; its alert selector is the only place that decides what a search's alert lists.

/**
 * A search as a client sends it to be saved: its words, and the filter of its scope (`filter` the catalogue's,
 * `requestFilter` the Requests directory's); a scope refuses the other's.
 */
export type SearchInput = Pick<CatalogueQuestion, 'query' | 'filter'> & {
  requestFilter?: TechnologyRequestFilter | null;
};

/** A search as stored: its words, its filter (its scope's kind) and the language it was made in. */
export interface StoredSearch {
  query: string;
  filter: StoredSearchFilter;
  language: Language;
}

/** Whom an alert is for: what they may see decides what it lists. */
export type AlertViewer = Pick<Viewer, 'userId' | 'role' | 'institutionId' | 'companyId'>;

/** An alert's window: everything published or changed after `after`, up to and with `upTo`. */
export interface AlertWindow {
  after: Date;
  upTo: Date;
}

/** What a search's alert lists (the latest first, at most `limit`), and how many there are in all. */
export interface SelectedAlerts {
  items: AlertMailItem[];
  total: number;
}

export interface SearchScopeDefinition {
  /** What its alerts list, as the e-mail names it. */
  alertKind: AlertMailSearch['kind'];
  /** Checks a search as a client gives it (BAD_USER_INPUT when it could not run) and gives what to store. */
  check(db: Db, search: SearchInput): Promise<Pick<StoredSearch, 'query' | 'filter'>>;
  /** The page that runs the search (a path of the web app). */
  searchPath(search: StoredSearch): string;
  /**
   * The alert selector: what was published or changed in the window and matches the search, as `viewer` may see it,
   * worded in `language` with links under `publicUrl`.
   */
  selectAlerts(
    db: Db,
    viewer: AlertViewer,
    search: StoredSearch,
    window: AlertWindow,
    options: { language: Language; publicUrl: string; limit: number },
  ): Promise<SelectedAlerts>;
}

/** Whether the viewer may save searches of a scope (the rule is shared with the web: saved-search-rules.ts). */
export const maySaveSearches = (viewer: Viewer, scope: SavedSearchScope) => maySaveSearchesOf(viewer.role, scope);

/** Each scope's definition: the catalogue's listings, and the technology requests the offices answer. */
export const SEARCH_SCOPES: Record<SavedSearchScope, SearchScopeDefinition> = {
  CATALOGUE: catalogueScope,
  REQUESTS: requestsScope,
};

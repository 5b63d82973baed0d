import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import type { SavedSearchScope, StoredCatalogueFilter } from '@tt/shared/saved-search-rules';
import type { Viewer } from '../../auth/viewer.js';
import type { AlertMailItem } from '../../mail/mail-templates.js';
import type { CatalogueQuestion } from '../catalogue/catalogue.service.js';
import { catalogueScope } from './catalogue-scope.js';

// What a saved search can search, and how each kind is checked, shown and alerted on. Each scope plugs in here with
// one definition; its alert selector is the only place that decides what a search's alert lists.

/** A search as a client sends it to be saved. */
export type SearchInput = Pick<CatalogueQuestion, 'query' | 'filter'>;

/** A search as stored: its words, its filter and the language it was made in. */
export interface StoredSearch {
  query: string;
  filter: StoredCatalogueFilter;
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

/** Who may save searches of each scope: anyone signed in the catalogue, the institutes' offices the requests. */
export const SCOPE_USERS: Record<SavedSearchScope, (viewer: Viewer) => boolean> = {
  CATALOGUE: () => true,
  REQUESTS: (viewer) => viewer.role === UserRole.TT_OFFICER || viewer.role === UserRole.ADMIN,
};

/**
 * Each scope's definition. REQUESTS (the officers' searches of technology requests) has none yet: until it is added,
 * such searches cannot be saved, and the alerts skip any that exist.
 */
export const SEARCH_SCOPES: Record<SavedSearchScope, SearchScopeDefinition | null> = {
  CATALOGUE: catalogueScope,
  REQUESTS: null,
};

import { Language } from '@tt/shared/languages';
import type { StoredRequestFilter } from '@tt/shared/saved-search-rules';
import { requestPath, requestsSearchPath } from '@tt/shared/web-routes';
import { badInput } from '../../errors/domain-error.js';
import { mailLink } from '../../mail/mail-links.js';
import { parseTechnologyRequestCriteria } from '../requests/technology-request-criteria.js';
import { TechnologyRequestSearch } from '../requests/technology-request-search.service.js';
import type { SearchScopeDefinition, StoredSearch } from './search-scopes.js';

/** What an alert shows of what is sought: the first words, on one line. */
const SUMMARY_MAX = 200;

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** A stored search as the Requests directory takes it. */
function requestQuestion(search: Pick<StoredSearch, 'query' | 'filter'>) {
  return parseTechnologyRequestCriteria({ query: search.query || null, filter: search.filter as StoredRequestFilter });
}

/**
 * Saved searches of the Requests directory, for the institutes' offices. What they find is what the directory
 * finds for the search's owner (TechnologyRequestSearch, through its visibility condition: an office sees the
 * office-only requests too, and no one else's search is ever run with an office's eyes); an alert lists only the
 * open requests, the ones an office can still answer.
 */
export const requestsScope: SearchScopeDefinition = {
  alertKind: 'REQUESTS',

  async check(db, search) {
    if (search.filter) throw badInput('SAVED_SEARCH_FILTER_MISMATCH', 'filter');
    if (search.requestFilter?.mine) throw badInput('SAVED_SEARCH_FILTER_MISMATCH', 'requestFilter.mine');
    const criteria = parseTechnologyRequestCriteria({ query: search.query, filter: search.requestFilter });
    // Sectors are checked (and named by slug) as the directory reads them; the language plays no part in that.
    const sectors = await new TechnologyRequestSearch(db, null, criteria, Language.EN).sectorSlugs();
    const filter: StoredRequestFilter = {};
    if (sectors.length) filter.sectors = sectors;
    if (criteria.trlMin !== null) filter.trlMin = criteria.trlMin;
    if (criteria.trlMax !== null) filter.trlMax = criteria.trlMax;
    if (criteria.partneringModels.length) filter.partneringModels = criteria.partneringModels;
    if (criteria.statuses.length) filter.statuses = criteria.statuses;
    return { query: criteria.query ?? '', filter };
  },

  searchPath: (search) => requestsSearchPath({ query: search.query, filter: search.filter as StoredRequestFilter }),

  async selectAlerts(db, viewer, search, window, { language, publicUrl, limit }) {
    // Read in the language the search was made in, as the directory read it then, with the owner's eyes.
    const found = new TechnologyRequestSearch(db, viewer, requestQuestion(search), search.language);
    const { changes, total } = await found.changedBetween(window.after, window.upTo, limit);
    const items = changes.map(({ request, published }) => ({
      title: request.title,
      by: request.companyName,
      summary: oneLine(request.description, SUMMARY_MAX),
      url: mailLink(publicUrl, language, requestPath(request.slug)),
      isNew: published,
    }));
    return { items, total };
  },
};

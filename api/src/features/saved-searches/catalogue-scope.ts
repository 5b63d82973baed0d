import { AssetStatus } from '@tt/shared/asset-enums';
import type { StoredCatalogueFilter } from '@tt/shared/saved-search-rules';
import { assetPath, catalogueSearchPath } from '@tt/shared/web-routes';
import { badInput } from '../../errors/domain-error.js';
import { mailLink } from '../../mail/mail-links.js';
import { ASSET_COLUMNS, toAssetRecord } from '../catalogue/asset-records.js';
import { catalogueChanges, checkCatalogueSearch } from '../catalogue/catalogue.service.js';
import type { SearchScopeDefinition, StoredSearch } from './search-scopes.js';

/** A stored search as the catalogue takes it (a query of none is no query). */
export function catalogueQuestion(search: Pick<StoredSearch, 'query' | 'filter'>) {
  return { query: search.query || null, filter: search.filter as StoredCatalogueFilter };
}

/**
 * Saved searches of the public catalogue. What they find is what the catalogue's own search finds (CatalogueSearch):
 * published listings only (it reads asset_search, which holds nothing else), the same for every viewer, so an alert
 * never lists a draft or an archived listing, nor one unpublished since it changed.
 */
export const catalogueScope: SearchScopeDefinition = {
  alertKind: 'LISTINGS',

  async check(db, search) {
    if (search.requestFilter) throw badInput('SAVED_SEARCH_FILTER_MISMATCH', 'requestFilter');
    const checked = await checkCatalogueSearch(db, search);
    return { query: checked.query ?? '', filter: checked.filter as StoredCatalogueFilter };
  },

  searchPath: (search) => catalogueSearchPath(search),

  async selectAlerts(db, _viewer, search, window, { language, publicUrl, limit }) {
    // Read in the language the search was made in, as the catalogue read it then.
    const { changes, total } = await catalogueChanges(db, catalogueQuestion(search), search.language, window, limit);
    if (changes.length === 0) return { items: [], total };
    const rows = await db
      .selectFrom('asset as a')
      .innerJoin('institution as i', 'i.id', 'a.institution_id')
      .select(ASSET_COLUMNS)
      .select('i.short_name')
      .where(
        'a.id',
        'in',
        changes.map((change) => change.id),
      )
      .where('a.status', '=', AssetStatus.PUBLISHED)
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = changes.flatMap((change) => {
      const row = byId.get(change.id);
      if (!row) return [];
      // The texts in the e-mail's language when the listing has them, else in English (as its page shows them).
      const listing = toAssetRecord(row, language);
      return [
        {
          title: listing.title,
          by: row.short_name,
          summary: listing.summary,
          url: mailLink(publicUrl, language, assetPath(listing.slug)),
          isNew: change.published,
        },
      ];
    });
    return { items, total };
  },
};

import type { AssetOrder } from '@tt/shared/asset-enums';
import type { Language } from '@tt/shared/languages';
import type { Response } from 'express';
import { parsePageSize } from '../../pagination/page-info.js';
import type { AssetPage } from './asset-records.js';
import type { RelationLoaders } from './asset-relations.js';
import { type AssetFilter, parseCatalogueCriteria } from './catalogue-criteria.js';
import { admitCatalogueSearch, type CatalogueReads } from './catalogue-reads.js';
import { CatalogueSearch, type PageRelations } from './catalogue-search.service.js';

/** Who asks: the catalogue's connections and slots, the response (a slot is held until it is sent), the loaders. */
export interface CatalogueRequest {
  catalogue: CatalogueReads;
  /** The language of the answer's facet labels and snippets. */
  language: Language;
  res?: Response | null;
  loaders?: RelationLoaders;
}

export interface CatalogueQuestion {
  query?: string | null;
  filter?: AssetFilter | null;
  orderBy?: AssetOrder | null;
}

export interface CataloguePageRequest {
  /** As the client gave it: checked (1 to 100, default 20) once the search is admitted. */
  first: number | null | undefined;
  after: string | null | undefined;
  /** The fields selected on the connection (`facets`, `totalCount`...). */
  selected: ReadonlySet<string>;
  /** The relations the page's listings show, read with its rows. */
  relations?: PageRelations;
  /** When facets are selected, count them in the page's own statement if the catalogue is not busy. */
  facetsWithPage?: boolean;
}

/**
 * One page of the public catalogue as a client asks for it: the criteria checked (BAD_USER_INPUT), an expensive
 * search admitted or refused (SERVICE_BUSY), the page size checked, then the page. The search stays with the page, for the facets and
 * the total the connection may still be asked for.
 */
export async function searchCatalogue(
  request: CatalogueRequest,
  question: CatalogueQuestion,
  page: CataloguePageRequest,
): Promise<AssetPage & { search: CatalogueSearch }> {
  const criteria = parseCatalogueCriteria(question);
  await admitCatalogueSearch(request, criteria, page.selected);
  const search = new CatalogueSearch(request.catalogue.db, criteria, request.loaders, request.language);
  if (page.facetsWithPage && page.selected.has('facets')) {
    search.startFacets({ withPage: request.catalogue.searchesInOnePass() });
  }
  return { search, ...(await search.page(parsePageSize(page.first), page.after, page.relations)) };
}

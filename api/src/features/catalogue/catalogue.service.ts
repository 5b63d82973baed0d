import type { Db } from '@tt/db/database';
import { AssetOrder } from '@tt/shared/asset-enums';
import type { Language } from '@tt/shared/languages';
import type { Response } from 'express';
import { parsePageSize } from '../../pagination/page-info.js';
import type { AssetPage, AssetRecord } from './asset-records.js';
import type { RelationLoaders } from './asset-relations.js';
import {
  type AssetFilter,
  type CatalogueCriteria,
  parseCatalogueCriteria,
  type TermRef,
} from './catalogue-criteria.js';
import { admitCatalogueSearch, type CatalogueReads } from './catalogue-reads.js';
import { CatalogueSearch, type ListingChange, type PageRelations } from './catalogue-search.service.js';

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
  const search = new CatalogueSearch(request.catalogue.db, criteria, request.loaders, request.language, true);
  if (page.facetsWithPage && page.selected.has('facets')) {
    search.startFacets({ withPage: request.catalogue.searchesInOnePass() });
  }
  return { search, ...(await search.page(parsePageSize(page.first), page.after, page.relations)) };
}

// Searches run on their own, outside a request: saved searches' checks, alerts and feeds. They are not admitted
// against the request slots (a job or a feed runs one at a time, newest first, which the indexes serve).

/** Slugs for the sector or institute references of a search (slugs as they are, global ids looked up). */
async function slugsOf(db: Db, table: 'sector' | 'institution', refs: TermRef[]): Promise<string[]> {
  const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
  const rows =
    ids.length === 0
      ? []
      : table === 'sector'
        ? await db.selectFrom('sector').select(['id', 'slug']).where('id', 'in', ids).execute()
        : await db.selectFrom('institution').select(['id', 'slug']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, row.slug]));
  return [...new Set(refs.map((ref) => ('slug' in ref ? ref.slug : (byId.get(ref.id) ?? ''))))].filter(Boolean);
}

/** A search's filter with only what filters, sectors and institutes by slug (as the pages' addresses name them). */
async function canonicalFilter(db: Db, criteria: CatalogueCriteria): Promise<AssetFilter> {
  const filter: AssetFilter = {};
  if (criteria.kinds.length) filter.kinds = criteria.kinds;
  if (criteria.sectors.length) filter.sectors = await slugsOf(db, 'sector', criteria.sectors);
  if (criteria.trlMin !== null) filter.trlMin = criteria.trlMin;
  if (criteria.trlMax !== null) filter.trlMax = criteria.trlMax;
  if (criteria.ipStatuses.length) filter.ipStatuses = criteria.ipStatuses;
  if (criteria.institutions.length) filter.institutions = await slugsOf(db, 'institution', criteria.institutions);
  if (criteria.partneringModels.length) filter.partneringModels = criteria.partneringModels;
  if (criteria.availabilities.length) filter.availabilities = criteria.availabilities;
  if (criteria.capacities.length) filter.capacities = criteria.capacities;
  return filter;
}

/**
 * A search checked as the catalogue would run it (BAD_USER_INPUT when it could not: a query too long, an unknown
 * sector…), its words trimmed and its filter in canonical form: what a saved search keeps.
 */
export async function checkCatalogueSearch(
  db: Db,
  question: Pick<CatalogueQuestion, 'query' | 'filter'>,
): Promise<{ query: string | null; filter: AssetFilter }> {
  const criteria = parseCatalogueCriteria(question);
  await new CatalogueSearch(db, criteria).checkTerms();
  return { query: criteria.query, filter: await canonicalFilter(db, criteria) };
}

/** A search newest first, read in `language` (its words parsed in it). */
function newestFirst(db: Db, question: Pick<CatalogueQuestion, 'query' | 'filter'>, language: Language) {
  return new CatalogueSearch(
    db,
    parseCatalogueCriteria({ ...question, orderBy: AssetOrder.NEWEST }),
    undefined,
    language,
  );
}

/**
 * The published listings matching a search that were published or changed in (after, upTo], the latest change
 * first (at most `limit`), and how many there are: what a saved search's alert lists.
 */
export function catalogueChanges(
  db: Db,
  question: Pick<CatalogueQuestion, 'query' | 'filter'>,
  language: Language,
  window: { after: Date; upTo: Date },
  limit: number,
): Promise<{ changes: ListingChange[]; total: number }> {
  return newestFirst(db, question, language).changedBetween(window.after, window.upTo, limit);
}

/**
 * The published listings matching a search that were published or updated last, the latest first, their texts in
 * `language` when they have them: for feeds.
 */
export function latestCatalogueChanges(
  db: Db,
  question: Pick<CatalogueQuestion, 'query' | 'filter'>,
  language: Language,
  first: number,
): Promise<AssetRecord[]> {
  return newestFirst(db, question, language).latestChanges(first);
}

/** An institute's published listings as the catalogue searches them: for the listings widget (features/embed). */
export function instituteCatalogueSearch(
  db: Db,
  question: Pick<CatalogueQuestion, 'query' | 'filter'> & { institutionId: number },
  language: Language,
): CatalogueSearch {
  const criteria = parseCatalogueCriteria({ query: question.query, filter: question.filter });
  return new CatalogueSearch(db, { ...criteria, institutions: [{ id: question.institutionId }] }, undefined, language);
}

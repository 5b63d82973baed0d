import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { FEED_ENTRIES_MAX } from '@tt/shared/limits';
import { SavedSearchScope } from '@tt/shared/saved-search-rules';
import {
  assetPath,
  catalogueFeedPath,
  catalogueSearchPath,
  instituteFeedPath,
  institutePath,
  languagePath,
  savedSearchFeedPath,
} from '@tt/shared/web-routes';
import { mailMessages } from '../../mail/mail-messages.js';
import { ASSET_COLUMNS, type AssetRecord, toAssetRecord } from '../catalogue/asset-records.js';
import { type CatalogueQuestion, latestCatalogueChanges } from '../catalogue/catalogue.service.js';
import { findInstitution } from '../institutions/directory-lookup.service.js';
import { findSavedSearchOf } from '../saved-searches/saved-search.service.js';
import { readSavedSearchFeedToken } from '../saved-searches/saved-search-feed-token.service.js';
import { type AtomEntry, buildAtomFeed } from './atom-feed.js';

// The Atom feeds of the catalogue: the whole of it, each institute, each saved search. A feed lists the published
// listings new or updated last (an entry's <updated> is the listing's updated_at, moved by every edit and
// publication but by nothing the API recomputes; its <published> its publication), as an anonymous visitor sees them (title, summary, institute, sectors, dates and address): the
// catalogue's own search reads them, which holds published listings only, and nothing else of a listing is read
// here, so no draft, office note, interest or contact's address can ever reach one, whoever's search it follows.

export interface FeedRequest {
  publicUrl: string;
  /** The feed's language: the listings' texts in it when they have them (else English), and its own words. */
  language: Language;
}

export interface BuiltFeed {
  xml: string;
  updated: Date;
}

/** The words of the feeds, from the API's catalogues (api/src/mail/locales, `feed.*`). */
const say = (language: Language) => mailMessages(language);

/** Each listing's sectors (slug and label in the feed's language), by listing id. */
async function sectorsOf(db: Db, ids: number[], language: Language): Promise<Map<number, AtomEntry['categories']>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('asset_sector as x')
    .innerJoin('sector as s', 's.id', 'x.sector_id')
    .select(['x.asset_id', 's.slug', 's.label_en', 's.label_it'])
    .where('x.asset_id', 'in', ids)
    .orderBy('x.asset_id')
    .orderBy('s.position')
    .orderBy('s.id')
    .execute();
  const byAsset = new Map<number, AtomEntry['categories']>();
  for (const row of rows) {
    const label = language === Language.IT && row.label_it ? row.label_it : row.label_en;
    byAsset.set(row.asset_id, [...(byAsset.get(row.asset_id) ?? []), { term: row.slug, label }]);
  }
  return byAsset;
}

/** The institutes' names, by id. */
async function institutesOf(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('institution').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The same published listings, in the same order, their texts in `language` (when they have them). */
async function inLanguage(db: Db, listings: AssetRecord[], language: Language): Promise<AssetRecord[]> {
  if (listings.length === 0) return [];
  const rows = await db
    .selectFrom('asset as a')
    .select(ASSET_COLUMNS)
    .where(
      'a.id',
      'in',
      listings.map((listing) => listing.dbId),
    )
    .where('a.status', '=', AssetStatus.PUBLISHED)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toAssetRecord(row, language)]));
  return listings.flatMap((listing) => byId.get(listing.dbId) ?? []);
}

/** A listing's permanent id in a feed, per language (its address changes with its slug; this does not). */
function entryId(publicUrl: string, listing: AssetRecord, language: Language): string {
  return `tag:${new URL(publicUrl).hostname},2026:listing:${listing.dbId}:${language}`;
}

interface FeedSubject {
  feedPath: string;
  pagePath: string;
  title: string;
  subtitle?: string;
  emptyUpdated: Date;
}

async function listingsFeed(
  db: Db,
  question: Pick<CatalogueQuestion, 'query' | 'filter'>,
  /** The language the search's words are read in (a saved search's own). */
  searchLanguage: Language,
  subject: FeedSubject,
  { publicUrl, language }: FeedRequest,
): Promise<BuiltFeed> {
  // Found as the search finds them (its words read in its own language), shown in the feed's.
  const found = await latestCatalogueChanges(db, question, searchLanguage, FEED_ENTRIES_MAX);
  const entries = searchLanguage === language ? found : await inLanguage(db, found, language);
  const [institutes, sectors] = await Promise.all([
    institutesOf(db, [...new Set(entries.map((listing) => listing.institutionId))]),
    sectorsOf(
      db,
      entries.map((listing) => listing.dbId),
      language,
    ),
  ]);
  const url = (path: string) => `${publicUrl}${languagePath(language, path)}`;
  const words = say(language);
  return buildAtomFeed({
    selfUrl: url(subject.feedPath),
    pageUrl: url(subject.pagePath),
    title: subject.title,
    subtitle: subject.subtitle,
    language,
    author: words('feed.author'),
    icon: `${publicUrl}/favicon.svg`,
    emptyUpdated: subject.emptyUpdated,
    entries: entries.map((listing) => ({
      id: entryId(publicUrl, listing, language),
      title: listing.title,
      summary: listing.summary,
      url: url(assetPath(listing.slug)),
      updated: listing.updatedAt,
      published: listing.publishedAt,
      author: institutes.get(listing.institutionId) ?? words('feed.author'),
      categories: sectors.get(listing.dbId) ?? [],
    })),
  });
}

/** The catalogue's listings new or updated last. */
export function catalogueFeed(db: Db, request: FeedRequest): Promise<BuiltFeed> {
  const words = say(request.language);
  return listingsFeed(
    db,
    {},
    request.language,
    {
      feedPath: catalogueFeedPath(),
      pagePath: '/',
      title: words('feed.catalogue.title'),
      subtitle: words('feed.catalogue.subtitle'),
      emptyUpdated: new Date(0),
    },
    request,
  );
}

/** An institute's listings new or updated last; null for an institute that does not exist. */
export async function instituteFeed(db: Db, slug: string, request: FeedRequest): Promise<BuiltFeed | null> {
  const institute = await findInstitution(db, { slug });
  if (!institute) return null;
  return listingsFeed(
    db,
    { filter: { institutions: [institute.slug] } },
    request.language,
    {
      feedPath: instituteFeedPath(institute.slug),
      pagePath: institutePath(institute.slug),
      title: say(request.language)('feed.institute.title', { institute: institute.shortName }),
      emptyUpdated: new Date(0),
    },
    request,
  );
}

/**
 * The listings matching a saved search new or updated last, for whoever holds its feed's token; null when the token is not one,
 * or its search was deleted. What it lists is the public catalogue's, whatever its owner may see besides.
 */
export async function savedSearchFeed(
  db: Db,
  secret: string,
  token: string,
  request: FeedRequest,
): Promise<BuiltFeed | null> {
  const named = readSavedSearchFeedToken(secret, token);
  if (!named) return null;
  const search = await findSavedSearchOf(db, named.userId, named.savedSearchId);
  if (!search || search.scope !== SavedSearchScope.CATALOGUE) return null;
  const question = { query: search.query || null, filter: search.filter };
  return listingsFeed(
    db,
    question,
    search.language,
    {
      feedPath: savedSearchFeedPath(token),
      pagePath: catalogueSearchPath(question),
      title: say(request.language)('feed.search.title', { name: search.name }),
      emptyUpdated: search.updatedAt,
    },
    request,
  );
}

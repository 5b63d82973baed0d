import type { Db } from '@tt/db/database';
import { appRoutesOf } from '@tt/shared/app-route-table';
import { AssetStatus } from '@tt/shared/asset-enums';
import { assetPath, institutePath, partnerPath, requestPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import { visibleRequests } from '../requests/technology-request-access.js';
import type { SitemapSectionName } from './sitemap-paths.js';

// What the sitemaps list: public pages only. Listings that are published (never a draft or an archived one),
// companies the network listed in the public partner directory (never the others), every institute, the technology
// requests an anonymous visitor may see (technology-request-access.ts), and the directories' own pages. Platforms
// have no page of their own: each is a section of its institute's page, whose
// `lastmod` follows its listings. Read in keyset pages of a few hundred rows, so that a sitemap of 50 000 addresses
// never holds more than one page of rows in memory.

/** One public page: its path (in English; the languages' addresses are made from it) and its last change. */
export interface SitemapEntry {
  path: string;
  lastmod: Date | null;
}

/** What changes whenever a sitemap's content does: the ETag's and Last-Modified's source. */
export interface SitemapFingerprint {
  /** The catalogue's revision (listings, institutes, platforms, taxonomy: catalogue_revision). */
  revision: string;
  /** Companies are not in the catalogue's revision: their listed set's count, id sum and newest. */
  partners: string;
  /** Nor are technology requests: the public ones' count, id sum and newest change. */
  requests: string;
  /** How many rows each section has. */
  counts: Record<SitemapSectionName, number>;
  /** Each section's newest change. */
  lastmods: Record<SitemapSectionName, Date | null>;
}

/** Rows read per query while a sitemap is written. */
export const SITEMAP_BATCH_SIZE = 500;

/** The catalogue and the public pages of no record (directories, the network's pages): the routes without a parameter. */
const STATIC_PAGES = [
  '/',
  ...appRoutesOf('public')
    .filter((pattern) => !pattern.includes(':'))
    .map((pattern) => `/${pattern}`),
];

const date = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));
const newest = (...dates: (Date | null)[]) =>
  dates.reduce<Date | null>((latest, day) => (day && (!latest || day > latest) ? day : latest), null);

export async function sitemapFingerprint(db: Db): Promise<SitemapFingerprint> {
  const [revision, listings, partners, institutes, requests] = await Promise.all([
    db
      .selectFrom('catalogue_revision')
      .select((eb) => eb.cast<string>('revision', 'text').as('revision'))
      .executeTakeFirst(),
    db
      .selectFrom('asset')
      .where('status', '=', AssetStatus.PUBLISHED)
      .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max('updated_at').as('newest')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('company')
      .where('listed', '=', true)
      .select((eb) => [
        eb.fn.countAll<string>().as('count'),
        eb.fn.coalesce(eb.fn.sum<string>('id'), sql<string>`0`).as('ids'),
        eb.fn.max('created_at').as('newest'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('institution')
      .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max('created_at').as('newest')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('technology_request as r')
      .where((eb) => visibleRequests(eb, null))
      .select((eb) => [
        eb.fn.countAll<string>().as('count'),
        eb.fn.coalesce(eb.fn.sum<string>('r.id'), sql<string>`0`).as('ids'),
        eb.fn.max('r.updated_at').as('newest'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const listingsNewest = date(listings.newest);
  const institutesNewest = newest(date(institutes.newest), listingsNewest);
  return {
    revision: revision?.revision ?? '0',
    partners: `${partners.count}:${partners.ids}:${date(partners.newest)?.toISOString() ?? ''}`,
    requests: `${requests.count}:${requests.ids}:${date(requests.newest)?.toISOString() ?? ''}`,
    counts: {
      pages: STATIC_PAGES.length,
      listings: Number(listings.count),
      partners: Number(partners.count),
      institutes: Number(institutes.count),
      requests: Number(requests.count),
    },
    lastmods: {
      pages: newest(listingsNewest, institutesNewest, date(partners.newest), date(requests.newest)),
      listings: listingsNewest,
      partners: date(partners.newest),
      institutes: institutesNewest,
      requests: date(requests.newest),
    },
  };
}

/**
 * The newest change in each of a section's files, in file order, for the index's `lastmod` of each: one edit then
 * dates only its own file, and a crawler re-reads that one. Listings and partners only (the sections that can fill
 * several files); null for the others, which the section's newest dates. One statement over (id, date) pairs: the
 * listings' from asset_published_updated_idx alone (an index-only scan), grouped by their rank in id order.
 */
export async function sitemapFileLastmods(
  db: Db,
  section: SitemapSectionName,
  rowsPerFile: number,
): Promise<(Date | null)[] | null> {
  if (section !== 'listings' && section !== 'partners') return null;
  const ranked =
    section === 'listings'
      ? db
          .selectFrom('asset')
          .select((eb) => [
            eb.ref('updated_at').as('changed'),
            sql<number>`(row_number() over (order by id) - 1) / ${rowsPerFile}`.as('file'),
          ])
          .where('status', '=', AssetStatus.PUBLISHED)
      : db
          .selectFrom('company')
          .select((eb) => [
            eb.ref('created_at').as('changed'),
            sql<number>`(row_number() over (order by id) - 1) / ${rowsPerFile}`.as('file'),
          ])
          .where('listed', '=', true);
  const rows = await db
    .selectFrom(ranked.as('r'))
    .select((eb) => ['r.file', eb.fn.max('r.changed').as('newest')])
    .groupBy('r.file')
    .orderBy('r.file')
    .execute();
  return rows.map((row) => date(row.newest));
}

/** One keyset page of a section: rows after `afterId` (skipping `offset` of them first), in id order. */
type BatchReader = (
  db: Db,
  afterId: number,
  offset: number,
  limit: number,
) => Promise<{ id: number; path: string; lastmod: Date | null }[]>;

const readers: Record<Exclude<SitemapSectionName, 'pages'>, BatchReader> = {
  async listings(db, afterId, offset, limit) {
    const rows = await db
      .selectFrom('asset')
      .select(['id', 'slug', 'updated_at'])
      .where('status', '=', AssetStatus.PUBLISHED)
      .where('id', '>', afterId)
      .orderBy('id')
      .offset(offset)
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, path: assetPath(row.slug), lastmod: date(row.updated_at) }));
  },
  async partners(db, afterId, offset, limit) {
    const rows = await db
      .selectFrom('company')
      .select(['id', 'slug', 'created_at'])
      .where('listed', '=', true)
      .where('id', '>', afterId)
      .orderBy('id')
      .offset(offset)
      .limit(limit)
      .execute();
    // A company keeps no time of its last change: when it was created is the latest the data can tell.
    return rows.map((row) => ({ id: row.id, path: partnerPath(row.slug), lastmod: date(row.created_at) }));
  },
  async institutes(db, afterId, offset, limit) {
    const rows = await db
      .selectFrom('institution as i')
      .select((eb) => [
        'i.id',
        'i.slug',
        'i.created_at',
        // The page shows the institute's listings: it changes with them.
        eb
          .selectFrom('asset as a')
          .whereRef('a.institution_id', '=', 'i.id')
          .where('a.status', '=', AssetStatus.PUBLISHED)
          .select((sub) => sub.fn.max('a.updated_at').as('newest'))
          .as('listings_newest'),
      ])
      .where('i.id', '>', afterId)
      .orderBy('i.id')
      .offset(offset)
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      path: institutePath(row.slug),
      lastmod: newest(date(row.created_at), date(row.listings_newest)),
    }));
  },
  async requests(db, afterId, offset, limit) {
    const rows = await db
      .selectFrom('technology_request as r')
      .select(['r.id', 'r.slug', 'r.updated_at'])
      .where((eb) => visibleRequests(eb, null))
      .where('r.id', '>', afterId)
      .orderBy('r.id')
      .offset(offset)
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, path: requestPath(row.slug), lastmod: date(row.updated_at) }));
  },
};

/**
 * The section's rows from the `skip`-th on, `take` of them at most, one keyset page at a time: a page is read only
 * when the previous one has been consumed (the stream reading this pulls as its response drains).
 */
export async function* sitemapEntries(
  db: Db,
  section: SitemapSectionName,
  skip: number,
  take: number,
  fingerprint: SitemapFingerprint,
  batchSize = SITEMAP_BATCH_SIZE,
): AsyncGenerator<SitemapEntry> {
  if (section === 'pages') {
    for (const path of STATIC_PAGES.slice(skip, skip + take)) {
      yield { path, lastmod: path === '/' ? fingerprint.lastmods.listings : null };
    }
    return;
  }
  const read = readers[section];
  let afterId = 0;
  let offset = skip;
  let left = take;
  while (left > 0) {
    const rows = await read(db, afterId, offset, Math.min(batchSize, left));
    for (const row of rows) yield row;
    if (rows.length < Math.min(batchSize, left)) return;
    left -= rows.length;
    afterId = rows[rows.length - 1]!.id;
    offset = 0;
  }
}

import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { readListingExportFilter } from '@tt/shared/office-exports';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { EXPORT_BATCH_SIZE, everyPage, type OfficeExport } from '../../exports/office-export.js';
import type { AssetRecord } from '../catalogue/asset-records.js';
import { officeListingPage } from './listing-lists.service.js';

// The office's listings as CSV: the list's own query (officeListingPage) with its status tab and search, the
// texts in the requester's language where the listing has them, each batch completed by one statement with the
// institute's name and the interest each listing drew.

const COLUMNS = [
  'export.listing.reference',
  'export.listing.slug',
  'export.listing.title',
  'export.listing.kind',
  'export.listing.status',
  'export.listing.institute',
  'export.listing.trl',
  'export.listing.ipStatus',
  'export.listing.developmentStage',
  'export.listing.partneringModels',
  'export.listing.keywords',
  'export.listing.expressionsOfInterest',
  'export.listing.publishedAt',
  'export.listing.updatedAt',
  'export.listing.summary',
] as const;

async function detailsOf(db: Db, listings: AssetRecord[]) {
  const rows = await db
    .selectFrom('asset as a')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .select((eb) => [
      'a.id',
      'i.short_name as institute',
      eb
        .selectFrom('expression_of_interest as e')
        .select((count) => count.cast<number>(count.fn.countAll(), 'integer').as('count'))
        .whereRef('e.asset_id', '=', 'a.id')
        .as('eois'),
    ])
    .where(
      'a.id',
      'in',
      listings.map((listing) => listing.dbId),
    )
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export const listingExport: OfficeExport = {
  fileName: 'export.listing.fileName',
  columns: COLUMNS,
  async *batches(db: Db, viewer: Viewer, params: URLSearchParams, language: Language) {
    const read = readListingExportFilter(params);
    if (!read.ok) throw badInput('EXPORT_FILTER_INVALID', read.parameter, { parameter: read.parameter });
    const { statuses, query, institutionId } = read.filter;
    for await (const listings of everyPage((after) =>
      officeListingPage(db, viewer, { statuses, query, institutionId, first: EXPORT_BATCH_SIZE, after, language }),
    )) {
      const details = await detailsOf(db, listings);
      yield listings.map((listing) => {
        const more = details.get(listing.dbId);
        return [
          listing.dbId,
          listing.slug,
          listing.title,
          listing.kind,
          listing.status,
          more?.institute ?? null,
          listing.trl,
          listing.ipStatus,
          listing.developmentStage,
          listing.partneringModels.join('; '),
          listing.keywords.join('; '),
          more?.eois ?? 0,
          listing.publishedAt,
          listing.updatedAt,
          listing.summary,
        ];
      });
    }
  },
};

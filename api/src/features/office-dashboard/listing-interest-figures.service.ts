import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { shownTextLanguage } from '@tt/shared/languages';
import { toGlobalId } from '../../schema/global-id.js';
import { scopedInstitution } from './dashboard-sql.js';
import type { DashboardFilter, ListingInterestRecord, ListingsInterestRecord } from './office-dashboard-records.js';

/** How many listings each list shows. */
export const TOP_LISTINGS = 5;
export const LISTINGS_WITHOUT_INTEREST_SHOWN = 10;

/**
 * The listings that drew the most EoIs received in the period (most first), and the published listings that drew
 * none in it (newest first, with how many there are). Two statements.
 */
export async function listingInterest(db: Db, filter: DashboardFilter): Promise<ListingsInterestRecord> {
  const institutionId = scopedInstitution(filter.scope);
  const top = await db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .select((eb) => ['a.id', 'a.slug', 'a.title', 'a.title_it', eb.fn.countAll<string>().as('eoi_count')])
    .where('e.created_at', '>=', filter.from)
    .where('e.created_at', '<', filter.to)
    .$if(institutionId !== null, (query) => query.where('a.institution_id', '=', institutionId!))
    .groupBy('a.id')
    .orderBy('eoi_count', 'desc')
    .orderBy('a.id')
    .limit(TOP_LISTINGS)
    .execute();
  const without = await db
    .selectFrom('asset as a')
    .select((eb) => ['a.id', 'a.slug', 'a.title', 'a.title_it', eb.fn.countAll<string>().over().as('total')])
    .where('a.status', '=', AssetStatus.PUBLISHED)
    .$if(institutionId !== null, (query) => query.where('a.institution_id', '=', institutionId!))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('expression_of_interest as e')
            .select('e.id')
            .whereRef('e.asset_id', '=', 'a.id')
            .where('e.created_at', '>=', filter.from)
            .where('e.created_at', '<', filter.to),
        ),
      ),
    )
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id')
    .limit(LISTINGS_WITHOUT_INTEREST_SHOWN)
    .execute();
  const record = (row: { id: number; slug: string; title: string; title_it: string }, eoiCount: number) => {
    const textLanguage = shownTextLanguage(filter.language, row.title_it !== '');
    return {
      id: toGlobalId('Asset', row.id),
      assetId: row.id,
      slug: row.slug,
      title: textLanguage === 'it' ? row.title_it : row.title,
      textLanguage,
      eoiCount,
    } satisfies ListingInterestRecord;
  };
  return {
    top: top.map((row) => record(row, Number(row.eoi_count))),
    withoutInterest: without.map((row) => record(row, 0)),
    withoutInterestCount: Number(without[0]?.total ?? 0),
  };
}

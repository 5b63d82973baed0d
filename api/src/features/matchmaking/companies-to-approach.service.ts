import type { Db } from '@tt/db/database';
import { Language } from '@tt/shared/languages';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { badInput } from '../../errors/domain-error.js';
import { type SectorRecord, type SectorRow, toSectorRecord } from '../institutions/institution-records.js';
import { type CompanyRecord, companySelection, toCompanyRecord } from '../partners/company-records.js';
import { checkCanApproachCompanies, interestScope } from './matchmaking-access.js';
import { type ReasonJson, type RecommendationReasonRecord, toReasonRecords } from './recommendation-reasons.js';
import { citedListings } from './recommendations.service.js';

/** A company an office could approach about a listing, with why, and when it was last invited to look at it. */
export interface RecommendedCompanyRecord {
  company: CompanyRecord;
  score: number;
  reasons: RecommendationReasonRecord[];
  invitedAt: Date | null;
}

/** A listing as the office side of matchmaking needs it: its institute (who may act) and whether it is published. */
export async function findListingForOffice(
  db: Db,
  viewer: Viewer | null,
  assetId: number,
  argument: string,
): Promise<{ id: number; institutionId: number; published: boolean }> {
  const row = await db
    .selectFrom('asset')
    .select(['id', 'institution_id', 'status'])
    .where('id', '=', assetId)
    .executeTakeFirst();
  if (!row) throw badInput('LISTING_NOT_FOUND', argument);
  const listing = { id: row.id, institutionId: row.institution_id, published: row.status === 'PUBLISHED' };
  checkCanApproachCompanies(viewer, listing);
  return listing;
}

/**
 * The ranking statement: the database function companies_to_approach (see the matchmaking migration) joined to the
 * companies it names, with the listings its reasons cite, the last invitation to look and, `withSectors`, the
 * companies' sectors. Apart so that its plan can be checked (query-plans.test.ts).
 */
export function rankedCompanies(
  db: Db,
  assetId: number,
  institutionScope: number | null,
  limit: number,
  withSectors: boolean,
) {
  const ranked = sql<{
    company_id: number;
    score: number;
    reasons: ReasonJson[];
  }>`companies_to_approach(${assetId}, ${institutionScope}, ${limit})`;
  return (
    db
      .selectFrom(ranked.as('r'))
      .innerJoin('company as c', 'c.id', 'r.company_id')
      .select(companySelection)
      .select(['r.score', 'r.reasons'])
      .select(citedListings(sql.ref('r.reasons')).as('cited'))
      .select((eb) =>
        eb
          .selectFrom('listing_invitation as i')
          .select((ib) => ib.fn.max('i.created_at').as('at'))
          .where('i.asset_id', '=', assetId)
          .whereRef('i.company_id', '=', 'c.id')
          .as('invited_at'),
      )
      // The companies' sectors for the request's loader, in its order, when the request asks for them (a
      // sixteenth of the statement's time for ten companies; the web's list shows none).
      .$if(withSectors, (query) =>
        query.select(
          sql<SectorRow[]>`(select coalesce(json_agg(s order by s.kind, s.position), '[]') from company_sector x
          join sector s on s.id = x.sector_id where x.company_id = c.id)`.as('sectors'),
        ),
      )
      .orderBy('r.score', 'desc')
      .orderBy('c.id')
  );
}

/**
 * "Companies to approach" about one of the office's listings: every company ranked by its sectors under the
 * listing's, its interests and open requests matching the listing's text, its TRL range, and its interest in related
 * listings of the office's institute; none with an open EoI on it or that dismissed it. Best first, with the reasons
 * and the last invitation to look at it. Nothing for a listing that is not published. Two statements: the listing
 * (who may ask), the ranking (the database function companies_to_approach, see the matchmaking migration), which
 * brings the companies' sectors along for the request's loader when `withSectors` (the request asks for them).
 */
export async function companiesToApproach(
  db: Db,
  viewer: Viewer | null,
  assetId: number,
  limit: number,
  language: Language,
  withSectors: boolean,
  loaders?: { sectorsByCompanyId: { prime(id: number, sectors: SectorRecord[]): unknown } },
): Promise<RecommendedCompanyRecord[]> {
  const listing = await findListingForOffice(db, viewer, assetId, 'assetId');
  if (!listing.published || !viewer) return [];
  const rows = await rankedCompanies(db, assetId, interestScope(viewer), limit, withSectors).execute();
  for (const row of rows) {
    if (row.sectors) loaders?.sectorsByCompanyId.prime(row.id, row.sectors.map(toSectorRecord));
  }
  const italian = language === Language.IT;
  return rows.map((row) => ({
    company: toCompanyRecord(row),
    score: row.score,
    reasons: toReasonRecords(row.reasons, row.cited, italian),
    invitedAt: row.invited_at === null ? null : toDate(row.invited_at),
  }));
}

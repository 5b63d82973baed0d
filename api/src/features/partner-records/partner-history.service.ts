import type { Db } from '@tt/db/database';
import type { AgreementStatus, AgreementType } from '@tt/shared/agreement-rules';
import type { EoiStatus } from '@tt/shared/eoi-transitions';
import { PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';

/** The company's history with one institute: how many EoIs on its listings and agreements, and the latest few. */
export interface PartnerHistoryRecord {
  eoiCount: number;
  agreementCount: number;
  latestEois: { id: string; listingTitle: string; status: EoiStatus; createdAt: Date }[];
  latestAgreements: { id: string; title: string; type: AgreementType; status: AgreementStatus; updatedAt: Date }[];
}

/** One statement for the counts and the latest EoIs and agreements (the office reads them on the record). */
export async function partnerHistory(db: Db, institutionId: number, companyId: number): Promise<PartnerHistoryRecord> {
  const shown = PARTNER_LIMITS.historyShown;
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('expression_of_interest as e')
        .innerJoin('asset as a', 'a.id', 'e.asset_id')
        .select((x) => x.fn.countAll<string>().as('n'))
        .where('e.company_id', '=', companyId)
        .where('a.institution_id', '=', institutionId)
        .as('eoi_count'),
      eb
        .selectFrom('agreement as g')
        .select((x) => x.fn.countAll<string>().as('n'))
        .where('g.company_id', '=', companyId)
        .where('g.institution_id', '=', institutionId)
        .as('agreement_count'),
      jsonArrayFrom(
        eb
          .selectFrom('expression_of_interest as e')
          .innerJoin('asset as a', 'a.id', 'e.asset_id')
          .select(['e.id', 'a.title', 'e.status', sql<string>`e.created_at::text`.as('created_at')])
          .where('e.company_id', '=', companyId)
          .where('a.institution_id', '=', institutionId)
          .orderBy('e.created_at', 'desc')
          .orderBy('e.id', 'desc')
          .limit(shown),
      ).as('eois'),
      jsonArrayFrom(
        eb
          .selectFrom('agreement as g')
          .select(['g.id', 'g.title', 'g.type', 'g.status', sql<string>`g.updated_at::text`.as('updated_at')])
          .where('g.company_id', '=', companyId)
          .where('g.institution_id', '=', institutionId)
          .orderBy('g.updated_at', 'desc')
          .orderBy('g.id', 'desc')
          .limit(shown),
      ).as('agreements'),
    ])
    .executeTakeFirstOrThrow();
  return {
    eoiCount: Number(row.eoi_count ?? 0),
    agreementCount: Number(row.agreement_count ?? 0),
    latestEois: row.eois.map((e) => ({
      id: toGlobalId('ExpressionOfInterest', e.id),
      listingTitle: e.title,
      status: e.status,
      createdAt: toDate(e.created_at),
    })),
    latestAgreements: row.agreements.map((g) => ({
      id: toGlobalId('Agreement', g.id),
      title: g.title,
      type: g.type,
      status: g.status,
      updatedAt: toDate(g.updated_at),
    })),
  };
}

import type { Db } from '@tt/db/database';
import { openEoiStatusesSql } from '@tt/shared/eoi-transitions';
import DataLoader from 'dataloader';
import { sql } from 'kysely';
import type { RequestContext } from '../../context.js';
import { toGlobalId } from '../../schema/global-id.js';
import { toSectorRecord } from '../institutions/institution-records.js';
import { proposalsOfResponses, responsesOfRequests } from './request-response-records.js';

type SectorRecord = ReturnType<typeof toSectorRecord>;

function createRequestLoaders(db: Db) {
  return {
    /** A request's sectors, in the taxonomy's order. */
    sectorsByRequestId: new DataLoader<number, SectorRecord[]>(async (ids) => {
      const rows = await db
        .selectFrom('technology_request_sector as x')
        .innerJoin('sector as s', 's.id', 'x.sector_id')
        .select(['x.request_id', 's.id', 's.slug', 's.kind', 's.label_en', 's.label_it', 's.position', 's.parent_id'])
        .where('x.request_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
        .orderBy('s.position')
        .orderBy('s.id')
        .execute();
      return ids.map((id) =>
        rows
          .filter((row) => row.request_id === id)
          .map((row) => toSectorRecord({ ...row, parent_id: row.parent_id as number | null })),
      );
    }),
    /** Every response to a request (callers keep those the viewer may see). */
    responsesByRequestId: new DataLoader((ids: readonly number[]) => responsesOfRequests(db, ids)),
    proposalsByResponseId: new DataLoader((ids: readonly number[]) => proposalsOfResponses(db, ids)),
    /**
     * The company's expression of interest in a listing, the open one or else the newest: what a proposal
     * turned into. Keyed "companyId:assetId".
     */
    eoiIdByCompanyAndAsset: new DataLoader<string, string | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':').map(Number) as [number, number]);
      const rows = await db
        .selectFrom('expression_of_interest as e')
        .select(['e.id', 'e.company_id', 'e.asset_id'])
        .select(sql<number>`(e.status in ${sql.raw(openEoiStatusesSql())})::int`.as('open'))
        .where('e.company_id', '=', (eb) => eb.fn.any(eb.val(pairs.map(([company]) => company))))
        .where('e.asset_id', '=', (eb) => eb.fn.any(eb.val(pairs.map(([, asset]) => asset))))
        .orderBy('open', 'desc')
        .orderBy('e.created_at', 'desc')
        .execute();
      return pairs.map(([company, asset]) => {
        const row = rows.find((candidate) => candidate.company_id === company && candidate.asset_id === asset);
        return row ? toGlobalId('ExpressionOfInterest', row.id) : null;
      });
    }),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;

const perRequest = new WeakMap<object, RequestLoaders>();

/**
 * The request feature's DataLoaders, one set per GraphQL request (kept beside the request's own loaders, and
 * gone with them): a page of N requests costs one statement per relation, not N.
 */
export function requestLoaders(ctx: RequestContext): RequestLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createRequestLoaders(ctx.db);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}

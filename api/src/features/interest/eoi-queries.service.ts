import type { Db } from '@tt/db/database';
import { type AssetKind } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import { type EoiPriority, EoiStatus } from '@tt/shared/eoi-transitions';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, forbidden, unauthenticated } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage, statusTotals } from '../../pagination/page-info.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { canListEois } from './eoi-access.js';
import { type EoiConnection, eoiColumns, eoiFrom, overdueSql, toEoiRecord } from './eoi-records.js';

export interface EoiFilter {
  statuses?: EoiStatus[] | null;
  assetId?: string | null;
  companyId?: string | null;
  /** One institute's, within the viewer's scope. */
  institutionId?: string | null;
  kinds?: AssetKind[] | null;
  priorities?: EoiPriority[] | null;
  /** A user id, or "none" for unassigned ones. */
  assigneeId?: string | null;
  overdue?: boolean | null;
  /** Only those submitted at least this many days ago. */
  minAgeDays?: number | null;
  query?: string | null;
}

type EoiExpressions =
  ReturnType<typeof eoiFrom> extends SelectQueryBuilder<infer DB, infer TB, infer _O>
    ? ExpressionBuilder<DB, TB>
    : never;

/**
 * The EoIs a viewer may see: their company's, their institute's, all for admins, and for a platform manager
 * those on the listings of the platforms they manage (eoiSide's rule, as a condition).
 */
function scope(eb: EoiExpressions, viewer: Viewer): Expression<SqlBool> {
  const office = officeScope(viewer);
  if (office) return 'all' in office ? eb.lit(true) : eb('a.institution_id', '=', office.institutionId);
  if (viewer.role === UserRole.PLATFORM_MANAGER) {
    if (viewer.institutionId === null || viewer.platformIds.length === 0) return eb.lit(false);
    return eb.and([
      eb('a.institution_id', '=', viewer.institutionId),
      eb('a.platform_id', 'in', [...viewer.platformIds]),
    ]);
  }
  if (viewer.role === UserRole.COMPANY_MEMBER) return eb('e.company_id', '=', viewer.companyId ?? 0);
  return eb.lit(false);
}

function conditions(eb: EoiExpressions, viewer: Viewer, filter: EoiFilter, withStatus: boolean): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [scope(eb, viewer)];
  if (withStatus && filter.statuses?.length)
    parts.push(eb('e.status', '=', sql<EoiStatus>`any(${filter.statuses}::eoi_status[])`));
  if (filter.assetId) parts.push(eb('e.asset_id', '=', expectGlobalId(filter.assetId, 'Asset', 'filter.assetId')));
  if (filter.companyId)
    parts.push(eb('e.company_id', '=', expectGlobalId(filter.companyId, 'Company', 'filter.companyId')));
  if (filter.institutionId)
    parts.push(
      eb('a.institution_id', '=', expectGlobalId(filter.institutionId, 'Institution', 'filter.institutionId')),
    );
  if (filter.kinds?.length) parts.push(eb('a.kind', '=', sql<AssetKind>`any(${filter.kinds}::asset_kind[])`));
  if (filter.priorities?.length)
    parts.push(eb('e.priority', '=', sql<EoiPriority>`any(${filter.priorities}::eoi_priority[])`));
  if (filter.assigneeId === 'none') parts.push(eb('e.assignee_id', 'is', null));
  else if (filter.assigneeId)
    parts.push(eb('e.assignee_id', '=', expectGlobalId(filter.assigneeId, 'User', 'filter.assigneeId')));
  if (filter.overdue === true) parts.push(overdueSql);
  if (filter.overdue === false) parts.push(eb.not(overdueSql));
  if (filter.minAgeDays != null) {
    if (!Number.isInteger(filter.minAgeDays) || filter.minAgeDays < 0 || filter.minAgeDays > 3650) {
      throw badInput('AGE_FILTER_OUT_OF_RANGE', 'filter.minAgeDays', { min: 0, max: 3650 });
    }
    parts.push(eb('e.created_at', '<=', sql<Date>`now() - make_interval(days => ${filter.minAgeDays})`));
  }
  const text = filter.query?.trim();
  if (text) {
    if (text.length > SEARCH_QUERY_MAX_LENGTH)
      throw badInput('QUERY_TOO_LONG', 'filter.query', { max: SEARCH_QUERY_MAX_LENGTH });
    const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    parts.push(
      eb.or([
        eb('a.title', 'ilike', pattern),
        eb('e.message', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('company as c')
            .select(eb.lit(1).as('one'))
            .whereRef('c.id', '=', 'e.company_id')
            .where('c.name', 'ilike', pattern),
        ),
      ]),
    );
  }
  return eb.and(parts);
}

/** A page of the board, overdue first, then by latest activity: what the board shows first needs an answer first. */
export async function eoiBoardPage(
  db: Db,
  viewer: Viewer | null,
  args: { filter: EoiFilter; first: number; after: string | null },
): Promise<Pick<EoiConnection, 'edges' | 'pageInfo'>> {
  if (!viewer) throw unauthenticated();
  if (!canListEois(viewer)) throw forbidden('EOI_DESK_NOT_FOR_RESEARCHERS');
  const after = args.after ? decodeCursor(args.after, 'BOARD', ['flag', 'timestamp', 'id']) : null;
  const rows = await eoiFrom(db)
    .select(eoiColumns)
    .select((eb) => [
      sql<number>`${overdueSql}::int`.as('overdue_key'),
      sql<string>`${eb.ref('e.last_activity_at')}::text`.as('activity_key'),
    ])
    .where((eb) => {
      const where = conditions(eb, viewer, args.filter, true);
      if (!after) return where;
      return eb.and([
        where,
        sql<SqlBool>`(${overdueSql}::int, ${eb.ref('e.last_activity_at')}, ${eb.ref('e.id')}) < (${after[0]}, ${after[1]}::timestamptz, ${after[2]})`,
      ]);
    })
    .orderBy('overdue_key', 'desc')
    .orderBy('e.last_activity_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(args.first + 1)
    .execute();
  const now = new Date();
  return keysetPage(rows, args.first, Boolean(after), (row) => ({
    cursor: encodeCursor('BOARD', [row.overdue_key, row.activity_key, row.id]),
    node: toEoiRecord(row, now),
  }));
}

/** The board's page with the count per status (every filter but the status one). */
export async function listEois(
  db: Db,
  viewer: Viewer | null,
  args: { filter: EoiFilter; first: number; after: string | null },
): Promise<EoiConnection> {
  const page = await eoiBoardPage(db, viewer, args);
  const counts = await eoiFrom(db)
    .select((eb) => ['e.status', eb.fn.countAll<string>().as('count')])
    .where((eb) => conditions(eb, viewer!, args.filter, false))
    .groupBy('e.status')
    .execute();
  return {
    ...page,
    ...statusTotals(Object.values(EoiStatus), counts, args.filter.statuses?.length ? args.filter.statuses : null),
  };
}

import type { Db } from '@tt/db/database';
import { type AssetKind } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import { type EoiPriority, EoiStatus } from '@tt/shared/eoi-transitions';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type RawBuilder, sql } from 'kysely';
import { officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, forbidden, unauthenticated } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { canListEois } from './eoi-access.js';
import { type EoiRow, eoiColumns, eoiFrom, overdueSql, toEoiRecord } from './eoi-records.js';
import type { ExpressionOfInterestConnectionType } from './expression-of-interest.type.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export interface EoiFilter {
  statuses?: EoiStatus[] | null;
  assetId?: string | null;
  companyId?: string | null;
  kinds?: AssetKind[] | null;
  priorities?: EoiPriority[] | null;
  /** A user id, or "none" for unassigned ones. */
  assigneeId?: string | null;
  overdue?: boolean | null;
  /** Only those submitted at least this many days ago. */
  minAgeDays?: number | null;
  query?: string | null;
}

/** The EoIs a viewer may see: their company's, their institute's, or all for admins. */
function scope(viewer: Viewer): RawBuilder<unknown> {
  const office = officeScope(viewer);
  if (office) return 'all' in office ? sql`true` : sql`a.institution_id = ${office.institutionId}`;
  if (viewer.role === UserRole.COMPANY_MEMBER) return sql`e.company_id = ${viewer.companyId ?? 0}`;
  return sql`false`;
}

function conditions(viewer: Viewer, filter: EoiFilter, withStatus: boolean): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [scope(viewer)];
  if (withStatus && filter.statuses?.length) parts.push(sql`e.status = any(${filter.statuses}::eoi_status[])`);
  if (filter.assetId) parts.push(sql`e.asset_id = ${expectGlobalId(filter.assetId, 'Asset', 'filter.assetId')}`);
  if (filter.companyId)
    parts.push(sql`e.company_id = ${expectGlobalId(filter.companyId, 'Company', 'filter.companyId')}`);
  if (filter.kinds?.length) parts.push(sql`a.kind = any(${filter.kinds}::asset_kind[])`);
  if (filter.priorities?.length) parts.push(sql`e.priority = any(${filter.priorities}::eoi_priority[])`);
  if (filter.assigneeId === 'none') parts.push(sql`e.assignee_id is null`);
  else if (filter.assigneeId)
    parts.push(sql`e.assignee_id = ${expectGlobalId(filter.assigneeId, 'User', 'filter.assigneeId')}`);
  if (filter.overdue === true) parts.push(overdueSql);
  if (filter.overdue === false) parts.push(sql`not ${overdueSql}`);
  if (filter.minAgeDays != null) {
    if (!Number.isInteger(filter.minAgeDays) || filter.minAgeDays < 0 || filter.minAgeDays > 3650) {
      throw badInput('filter.minAgeDays must be between 0 and 3650', 'filter.minAgeDays');
    }
    parts.push(sql`e.created_at <= now() - make_interval(days => ${filter.minAgeDays})`);
  }
  const text = filter.query?.trim();
  if (text) {
    if (text.length > SEARCH_QUERY_MAX_LENGTH)
      throw badInput(`filter.query is too long: at most ${SEARCH_QUERY_MAX_LENGTH} characters`, 'filter.query');
    const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    parts.push(sql`(a.title ilike ${pattern} or e.message ilike ${pattern}
      or exists (select 1 from company c where c.id = e.company_id and c.name ilike ${pattern}))`);
  }
  return sql.join(parts, sql` and `);
}

/** Overdue first, then by latest activity: what the board shows first needs an answer first. */
export async function listEois(
  db: Db,
  viewer: Viewer | null,
  args: { filter: EoiFilter; first: number; after: string | null },
): Promise<ExpressionOfInterestConnectionType> {
  if (!viewer) throw unauthenticated();
  if (!canListEois(viewer))
    throw forbidden('Researchers see the interest in their listings on the listings themselves.');
  const where = conditions(viewer, args.filter, true);
  const after = args.after ? decodeCursor(args.after, 'BOARD', ['flag', 'timestamp', 'id']) : null;
  const page = after
    ? sql`${where} and (${overdueSql}::int, e.last_activity_at, e.id) < (${after[0]}, ${after[1]}::timestamptz, ${after[2]})`
    : where;
  const { rows } = await sql<EoiRow & { overdue_key: number; activity_key: string }>`
    select ${eoiColumns}, ${overdueSql}::int as overdue_key, e.last_activity_at::text as activity_key
    from ${eoiFrom} where ${page}
    order by overdue_key desc, e.last_activity_at desc, e.id desc limit ${args.first + 1}`.execute(db);
  const { rows: counts } = await sql<{ status: EoiStatus; count: string }>`
    select e.status, count(*) as count from ${eoiFrom} where ${conditions(viewer, args.filter, false)} group by e.status`.execute(
    db,
  );
  const now = new Date();
  const edges = rows.slice(0, args.first).map((row) => ({
    cursor: encodeCursor('BOARD', [row.overdue_key, row.activity_key, row.id]),
    node: toEoiRecord(row, now),
  }));
  const statusCounts = Object.values(EoiStatus).map((status) => ({
    status,
    count: Number(counts.find((count) => count.status === status)?.count ?? 0),
  }));
  const selected = args.filter.statuses?.length ? args.filter.statuses : Object.values(EoiStatus);
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length > args.first, Boolean(after)),
    totalCount: statusCounts
      .filter((count) => selected.includes(count.status))
      .reduce((sum, count) => sum + count.count, 0),
    statusCounts,
  };
}

import type { Db } from '@tt/db/database';
import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { DISCLOSURE_TIMED_STATES } from '@tt/shared/office-dashboard';
import { calendarBuckets, daysBetween, percentile, quarterOf, scopedInstitution } from './dashboard-sql.js';
import type {
  DashboardFilter,
  DisclosureQuarterRecord,
  DisclosureStateTimeRecord,
} from './office-dashboard-records.js';

// The disclosure figures of the dashboard, from the disclosures' history (each move is dated there), one statement
// each.

/** The disclosures' moves within scope, with their disclosure `d`. */
function moves(db: Db, filter: DashboardFilter) {
  const institutionId = scopedInstitution(filter.scope);
  return db
    .selectFrom('disclosure_transition as t')
    .innerJoin('disclosure as d', 'd.id', 't.disclosure_id')
    .$if(institutionId !== null, (query) => query.where('d.institution_id', '=', institutionId!));
}

/**
 * Every quarter the period touches: the disclosures received (moved to SUBMITTED: a first submission, as
 * resubmissions return to UNDER_REVIEW), accepted and published in it, within the period.
 */
export async function disclosuresByQuarter(db: Db, filter: DashboardFilter): Promise<DisclosureQuarterRecord[]> {
  const events = moves(db, filter)
    .select((eb) => [quarterOf(eb.ref('t.at')).as('quarter'), 't.to_status', 't.id'])
    .where('t.to_status', 'in', [DisclosureStatus.SUBMITTED, DisclosureStatus.ACCEPTED, DisclosureStatus.PUBLISHED])
    .where('t.at', '>=', filter.from)
    .where('t.at', '<', filter.to)
    .as('x');
  const rows = await db
    .selectFrom(calendarBuckets(db, 'quarter', filter.from, filter.to).as('q'))
    .leftJoin(events, 'x.quarter', 'q.label')
    .select((eb) => [
      'q.label as quarter',
      eb.fn.count<string>('x.id').filterWhere('x.to_status', '=', DisclosureStatus.SUBMITTED).as('received'),
      eb.fn.count<string>('x.id').filterWhere('x.to_status', '=', DisclosureStatus.ACCEPTED).as('accepted'),
      eb.fn.count<string>('x.id').filterWhere('x.to_status', '=', DisclosureStatus.PUBLISHED).as('published'),
    ])
    .groupBy('q.label')
    .orderBy('q.label')
    .execute();
  return rows.map((row) => ({
    quarter: row.quarter,
    received: Number(row.received),
    accepted: Number(row.accepted),
    published: Number(row.published),
  }));
}

/**
 * How long disclosures stayed in each of the office's states (submitted, under review, information requested,
 * accepted): the median in days over the stays that ended within the period, and how many there were.
 */
export async function disclosureStateTimes(db: Db, filter: DashboardFilter): Promise<DisclosureStateTimeRecord[]> {
  const stays = moves(db, filter)
    .select((eb) => [
      't.to_status as status',
      't.at as entered_at',
      eb.fn
        .agg<Date | null>('lead', ['t.at'])
        .over((over) => over.partitionBy('t.disclosure_id').orderBy('t.at').orderBy('t.id'))
        .as('left_at'),
    ])
    .as('s');
  const rows = await db
    .selectFrom(stays)
    .select((eb) => [
      's.status',
      eb.fn.countAll<string>().as('stays'),
      percentile(0.5, daysBetween(eb.ref('s.entered_at'), eb.ref('s.left_at'))).as('median_days'),
    ])
    .where('s.status', 'in', [...DISCLOSURE_TIMED_STATES])
    .where('s.left_at', '>=', filter.from)
    .where('s.left_at', '<', filter.to)
    .groupBy('s.status')
    .execute();
  const byStatus = new Map(rows.map((row) => [row.status, row]));
  return DISCLOSURE_TIMED_STATES.map((status) => {
    const row = byStatus.get(status);
    return { status, stays: Number(row?.stays ?? 0), medianDays: row?.median_days ?? null };
  });
}

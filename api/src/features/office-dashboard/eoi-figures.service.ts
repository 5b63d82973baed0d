import type { Database, Db } from '@tt/db/database';
import { AssetKind } from '@tt/shared/asset-enums';
import { DeclineReason, EOI_OVERDUE_WORKING_DAYS, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { EOI_FUNNEL_STAGES, EOI_PROGRESSION_STAGES } from '@tt/shared/office-dashboard';
import { type ExpressionBuilder, sql } from 'kysely';
import { overdueSql } from '../interest/eoi-records.js';
import { calendarBuckets, hoursBetween, monthOf, percentile, ratio, scopedInstitution } from './dashboard-sql.js';
import type {
  DashboardFilter,
  DeclineReasonCountRecord,
  EoiMonthRecord,
  FunnelStageRecord,
  ResponseTimeRecord,
} from './office-dashboard-records.js';

// The EoI figures of the dashboard, each one statement whatever the number of EoIs. Every figure counts the EoIs
// received (submitted) in the period, on the listings of the institute in scope; only "overdue now" counts every
// open EoI.

/** The EoIs received in the period within scope, with their listing `a`. */
function received(db: Db, filter: DashboardFilter) {
  const institutionId = scopedInstitution(filter.scope);
  return db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .where('e.created_at', '>=', filter.from)
    .where('e.created_at', '<', filter.to)
    .$if(institutionId !== null, (query) => query.where('a.institution_id', '=', institutionId!));
}

/** Every month of the period (empty ones too), its total, and its split by listing kind and by interest type. */
export async function eoisByMonth(db: Db, filter: DashboardFilter): Promise<EoiMonthRecord[]> {
  const eois = received(db, filter)
    .select((eb) => [monthOf(eb.ref('e.created_at')).as('month'), 'a.kind', 'e.interest_type', 'e.id'])
    .as('x');
  const rows = await db
    .selectFrom(calendarBuckets(db, 'month', filter.from, filter.to).as('m'))
    .leftJoin(eois, 'x.month', 'm.label')
    .select((eb) => [
      'm.label as month',
      'x.kind',
      'x.interest_type',
      eb.fn.count<string>('x.id').as('count'),
      // 1: a (month, kind) row; 2: a (month, interest type) row; 3: the month's total.
      sql<number>`grouping(${eb.ref('x.kind')}, ${eb.ref('x.interest_type')})`.as('grouped'),
    ])
    .groupBy(sql`grouping sets ((m.label, x.kind), (m.label, x.interest_type), (m.label))`)
    .orderBy('m.label')
    .execute();
  const months = new Map<string, EoiMonthRecord>();
  for (const row of rows) {
    let month = months.get(row.month);
    if (!month) {
      month = { month: row.month, total: 0, byKind: [], byInterestType: [] };
      months.set(row.month, month);
    }
    const count = Number(row.count);
    if (row.grouped === 3) month.total = count;
    else if (row.grouped === 1 && row.kind !== null && count > 0) month.byKind.push({ kind: row.kind, count });
    else if (row.grouped === 2 && row.interest_type !== null && count > 0)
      month.byInterestType.push({ interestType: row.interest_type, count });
  }
  const kinds = Object.values(AssetKind);
  const types = Object.values(InterestType);
  return [...months.values()].map((month) => ({
    ...month,
    byKind: month.byKind.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind)),
    byInterestType: month.byInterestType.sort((a, b) => types.indexOf(a.interestType) - types.indexOf(b.interestType)),
  }));
}

/** Did the EoI `e` ever move to this status (its history says so)? */
function reached(eb: ExpressionBuilder<Database & { e: Database['expression_of_interest'] }, 'e'>, status: EoiStatus) {
  return eb.exists(
    eb
      .selectFrom('eoi_transition as t')
      .select('t.id')
      .whereRef('t.eoi_id', '=', 'e.id')
      .where('t.to_status', '=', status),
  );
}

/**
 * The funnel: of the EoIs received in the period, how many reached review, discussion, negotiation and agreement
 * (from their history), and how many ended declined or withdrawn; with each stage's share of those received and its
 * conversion from the stage before.
 */
export async function eoiFunnel(db: Db, filter: DashboardFilter): Promise<FunnelStageRecord[]> {
  const cohort = received(db, filter)
    .select((eb) => [
      'e.status',
      reached(eb, EoiStatus.IN_REVIEW).as('in_review'),
      reached(eb, EoiStatus.IN_DISCUSSION).as('in_discussion'),
      reached(eb, EoiStatus.NEGOTIATION).as('negotiation'),
    ])
    .as('c');
  const counts = db
    .selectFrom(cohort)
    .select((eb) => [
      eb.fn.countAll<string>().as('submitted'),
      eb.fn.countAll<string>().filterWhere('c.in_review', '=', true).as('in_review'),
      eb.fn.countAll<string>().filterWhere('c.in_discussion', '=', true).as('in_discussion'),
      eb.fn.countAll<string>().filterWhere('c.negotiation', '=', true).as('negotiation'),
      eb.fn.countAll<string>().filterWhere('c.status', '=', EoiStatus.AGREED).as('agreed'),
      eb.fn.countAll<string>().filterWhere('c.status', '=', EoiStatus.DECLINED).as('declined'),
      eb.fn.countAll<string>().filterWhere('c.status', '=', EoiStatus.WITHDRAWN).as('withdrawn'),
    ])
    .as('n');
  const row = await db
    .selectFrom(counts)
    .select((eb) => {
      const n = (
        column: 'submitted' | 'in_review' | 'in_discussion' | 'negotiation' | 'agreed' | 'declined' | 'withdrawn',
      ) => eb.ref(`n.${column}`);
      return [
        'n.submitted',
        'n.in_review',
        'n.in_discussion',
        'n.negotiation',
        'n.agreed',
        'n.declined',
        'n.withdrawn',
        ratio(n('in_review'), n('submitted')).as('in_review_share'),
        ratio(n('in_discussion'), n('submitted')).as('in_discussion_share'),
        ratio(n('negotiation'), n('submitted')).as('negotiation_share'),
        ratio(n('agreed'), n('submitted')).as('agreed_share'),
        ratio(n('declined'), n('submitted')).as('declined_share'),
        ratio(n('withdrawn'), n('submitted')).as('withdrawn_share'),
        ratio(n('in_review'), n('submitted')).as('in_review_conversion'),
        ratio(n('in_discussion'), n('in_review')).as('in_discussion_conversion'),
        ratio(n('negotiation'), n('in_discussion')).as('negotiation_conversion'),
        ratio(n('agreed'), n('negotiation')).as('agreed_conversion'),
      ];
    })
    .executeTakeFirstOrThrow();
  const count: Record<EoiStatus, number> = {
    SUBMITTED: Number(row.submitted),
    IN_REVIEW: Number(row.in_review),
    IN_DISCUSSION: Number(row.in_discussion),
    NEGOTIATION: Number(row.negotiation),
    AGREED: Number(row.agreed),
    DECLINED: Number(row.declined),
    WITHDRAWN: Number(row.withdrawn),
  };
  const share: Record<EoiStatus, number | null> = {
    SUBMITTED: count.SUBMITTED > 0 ? 1 : null,
    IN_REVIEW: row.in_review_share,
    IN_DISCUSSION: row.in_discussion_share,
    NEGOTIATION: row.negotiation_share,
    AGREED: row.agreed_share,
    DECLINED: row.declined_share,
    WITHDRAWN: row.withdrawn_share,
  };
  const conversion: Partial<Record<EoiStatus, number | null>> = {
    IN_REVIEW: row.in_review_conversion,
    IN_DISCUSSION: row.in_discussion_conversion,
    NEGOTIATION: row.negotiation_conversion,
    AGREED: row.agreed_conversion,
  };
  return EOI_FUNNEL_STAGES.map((status) => ({
    status,
    count: count[status],
    shareOfReceived: share[status],
    conversionFromPrevious:
      EOI_PROGRESSION_STAGES.includes(status) && status !== EoiStatus.SUBMITTED ? (conversion[status] ?? null) : null,
  }));
}

/**
 * Time to the office's first reply (calendar hours from submission: median and 90th percentile of those answered),
 * how many were answered by their due date (5 working days, fixed at submission), and how many open EoIs are
 * overdue now.
 */
export async function eoiResponseTime(db: Db, filter: DashboardFilter): Promise<ResponseTimeRecord> {
  const institutionId = scopedInstitution(filter.scope);
  const row = await received(db, filter)
    .select((eb) => {
      const answered = eb('e.first_response_at', 'is not', null);
      const hours = hoursBetween(eb.ref('e.created_at'), eb.ref('e.first_response_at'));
      const onTime = eb('e.first_response_at', '<=', eb.ref('e.response_due_at'));
      const due = eb.or([answered, eb('e.response_due_at', '<=', sql<Date>`now()`)]);
      return [
        eb.fn.countAll<string>().filterWhere(answered).as('answered'),
        eb.fn.countAll<string>().filterWhere('e.first_response_at', 'is', null).as('unanswered'),
        percentile(0.5, hours).as('median_hours'),
        percentile(0.9, hours).as('percentile90_hours'),
        eb.fn.countAll<string>().filterWhere(onTime).as('on_time'),
        ratio(eb.fn.countAll().filterWhere(onTime), eb.fn.countAll().filterWhere(due)).as('on_time_share'),
        eb
          .selectFrom('expression_of_interest as e')
          .innerJoin('asset as a', 'a.id', 'e.asset_id')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where(overdueSql)
          .$if(institutionId !== null, (query) => query.where('a.institution_id', '=', institutionId!))
          .as('overdue_now'),
      ];
    })
    .executeTakeFirstOrThrow();
  return {
    answered: Number(row.answered),
    unanswered: Number(row.unanswered),
    medianHours: row.median_hours,
    percentile90Hours: row.percentile90_hours,
    answeredWithinTarget: Number(row.on_time),
    withinTargetShare: row.on_time_share,
    targetWorkingDays: EOI_OVERDUE_WORKING_DAYS,
    overdueNow: Number(row.overdue_now ?? 0),
  };
}

/** Why the EoIs received in the period were declined: every reason with its count, most given first. */
export async function eoiDeclineReasons(db: Db, filter: DashboardFilter): Promise<DeclineReasonCountRecord[]> {
  const rows = await received(db, filter)
    .select(['e.decline_reason', (eb) => eb.fn.countAll<string>().as('count')])
    .where('e.status', '=', EoiStatus.DECLINED)
    .where('e.decline_reason', 'is not', null)
    .groupBy('e.decline_reason')
    .execute();
  const counts = new Map(rows.map((row) => [row.decline_reason, Number(row.count)]));
  const reasons = Object.values(DeclineReason);
  return reasons
    .map((reason) => ({ reason, count: counts.get(reason) ?? 0 }))
    .sort((a, b) => b.count - a.count || reasons.indexOf(a.reason) - reasons.indexOf(b.reason));
}

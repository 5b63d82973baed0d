import type { Db } from '@tt/db/database';
import { AgreementType } from '@tt/shared/agreement-rules';
import { AGREEMENT_STATUSES_WITH_PAYMENTS_DUE, AGREEMENT_TYPES_WITH_PAYMENTS } from '@tt/shared/office-dashboard';
import { type Expression, type RawBuilder, sql } from 'kysely';
import { calendarBuckets, quarterOf, scopedInstitution } from './dashboard-sql.js';
import type {
  AgreementMoneyQuarterRecord,
  AgreementTypeCountRecord,
  DashboardFilter,
} from './office-dashboard-records.js';

// The agreement figures of the dashboard, one statement each whatever the number of agreements and payments.
// Agreements keep calendar days (no time): a day counts as its midnight UTC, so that it falls in the period and the
// quarter the dashboard's instants (UTC) say.

/** A calendar day as the instant it starts, in UTC. */
function dayStart(day: Expression<unknown>): RawBuilder<Date> {
  return sql<Date>`(${day}::timestamp at time zone 'UTC')`;
}

/** The agreements `g` within scope. */
function agreements(db: Db, filter: DashboardFilter) {
  const institutionId = scopedInstitution(filter.scope);
  return db
    .selectFrom('agreement as g')
    .$if(institutionId !== null, (query) => query.where('g.institution_id', '=', institutionId!));
}

/** The agreements signed in the period (by their signature date), per type: every type, zeros too. */
export async function agreementsSignedByType(db: Db, filter: DashboardFilter): Promise<AgreementTypeCountRecord[]> {
  const rows = await agreements(db, filter)
    .select((eb) => ['g.type', eb.fn.countAll<string>().as('count')])
    .where((eb) =>
      eb.and([
        eb(dayStart(eb.ref('g.signature_date')), '>=', filter.from),
        eb(dayStart(eb.ref('g.signature_date')), '<', filter.to),
      ]),
    )
    .groupBy('g.type')
    .execute();
  const counts = new Map(rows.map((row) => [row.type, Number(row.count)]));
  return Object.values(AgreementType).map((type) => ({ type, count: counts.get(type) ?? 0 }));
}

/**
 * Every quarter the period touches: the money expected (the payments of signed options and licences falling due
 * in it, by due date) and received (by the day received, whatever the agreement's status), in euro cents.
 */
export async function agreementMoneyByQuarter(db: Db, filter: DashboardFilter): Promise<AgreementMoneyQuarterRecord[]> {
  const institutionId = scopedInstitution(filter.scope);
  const payments = db
    .selectFrom('agreement_milestone as m')
    .innerJoin('agreement as g', 'g.id', 'm.agreement_id')
    .where('g.type', 'in', [...AGREEMENT_TYPES_WITH_PAYMENTS])
    .$if(institutionId !== null, (query) => query.where('g.institution_id', '=', institutionId!));
  const inPeriod = (day: 'm.due_date' | 'm.received_on') =>
    sql<boolean>`${dayStart(sql.ref(day))} >= ${filter.from} and ${dayStart(sql.ref(day))} < ${filter.to}`;
  // Each payment at most twice: once where it falls due, once where it was received.
  const expected = payments
    .select((eb) => [quarterOf(dayStart(eb.ref('m.due_date'))).as('quarter'), 'm.amount_cents as expected'])
    .select(sql<number>`0`.as('received'))
    .where('g.status', 'in', [...AGREEMENT_STATUSES_WITH_PAYMENTS_DUE])
    .where(inPeriod('m.due_date'));
  const received = payments
    .select((eb) => [
      quarterOf(dayStart(eb.ref('m.received_on'))).as('quarter'),
      sql<number>`0`.as('expected'),
      sql<number>`coalesce(${eb.ref('m.received_amount_cents')}, 0)`.as('received'),
    ])
    .where(inPeriod('m.received_on'));
  const rows = await db
    .selectFrom(calendarBuckets(db, 'quarter', filter.from, filter.to).as('q'))
    .leftJoin(expected.unionAll(received).as('x'), 'x.quarter', 'q.label')
    .select((eb) => [
      'q.label as quarter',
      sql<string>`coalesce(sum(${eb.ref('x.expected')}), 0)`.as('expected'),
      sql<string>`coalesce(sum(${eb.ref('x.received')}), 0)`.as('received'),
    ])
    .groupBy('q.label')
    .orderBy('q.label')
    .execute();
  return rows.map((row) => ({
    quarter: row.quarter,
    expectedCents: Number(row.expected),
    receivedCents: Number(row.received),
  }));
}

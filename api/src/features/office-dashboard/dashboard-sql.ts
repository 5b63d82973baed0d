import type { Db } from '@tt/db/database';
import { type Expression, type RawBuilder, sql } from 'kysely';
import type { OfficeScope } from '../../auth/policies.js';

// The few things Kysely's builder cannot say, written once: calendar buckets in UTC, ratios, percentiles.

/** The institute the figures are limited to, or null for the network. */
export function scopedInstitution(scope: OfficeScope): number | null {
  return 'institutionId' in scope ? scope.institutionId : null;
}

/** An instant's UTC month, `YYYY-MM`. */
export function monthOf(instant: Expression<unknown>): RawBuilder<string> {
  return sql<string>`to_char(${instant} at time zone 'UTC', 'YYYY-MM')`;
}

/** An instant's UTC quarter, `YYYY-Qn`. */
export function quarterOf(instant: Expression<unknown>): RawBuilder<string> {
  return sql<string>`to_char(${instant} at time zone 'UTC', 'YYYY-"Q"Q')`;
}

/** Every UTC month (or quarter) the period touches, as one column `label`, in order: buckets without data count 0. */
export function calendarBuckets(db: Db, unit: 'month' | 'quarter', from: Date, to: Date) {
  const step = unit === 'month' ? sql`interval '1 month'` : sql`interval '3 months'`;
  const label = unit === 'month' ? sql`'YYYY-MM'` : sql`'YYYY-"Q"Q'`;
  // Wall-clock UTC timestamps, so the steps are calendar months whatever the session's time zone.
  const series = sql<{ bucket: Date }>`generate_series(
    date_trunc(${sql.lit(unit)}, ${from}::timestamptz at time zone 'UTC'),
    (${to}::timestamptz at time zone 'UTC') - interval '1 microsecond',
    ${step})`;
  return db.selectFrom(series.as('bucket')).select(sql<string>`to_char(bucket, ${label})`.as('label'));
}

/** part / whole, rounded to 4 places; null when the whole is 0. */
export function ratio(part: Expression<unknown>, whole: Expression<unknown>): RawBuilder<number | null> {
  return sql<number | null>`round(${part}::numeric / nullif(${whole}, 0), 4)::float8`;
}

/** The continuous percentile (0–1) of a value over the group, rounded to 1 place; null without values. */
export function percentile(fraction: number, value: Expression<unknown>): RawBuilder<number | null> {
  return sql<
    number | null
  >`round((percentile_cont(${sql.lit(fraction)}) within group (order by ${value}))::numeric, 1)::float8`;
}

/** The span between two instants in hours (or days). */
export function hoursBetween(start: Expression<unknown>, end: Expression<unknown>): RawBuilder<number> {
  return sql<number>`extract(epoch from (${end} - ${start})) / 3600`;
}

export function daysBetween(start: Expression<unknown>, end: Expression<unknown>): RawBuilder<number> {
  return sql<number>`extract(epoch from (${end} - ${start})) / 86400`;
}

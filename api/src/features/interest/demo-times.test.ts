// The demo's events happened in working hours (Monday to Friday, 9:00–18:00 in Rome) over the past weeks, each
// thread in its own order and hours: not all at the moment of seeding.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();

/** Every demo event's time, by where it is recorded. */
const EVENTS = `
  select 'eoi' as what, created_at as at from expression_of_interest
  union all select 'eoi move', at from eoi_transition
  union all select 'eoi message', created_at from eoi_message
  union all select 'disclosure', created_at from disclosure
  union all select 'disclosure move', at from disclosure_transition
  union all select 'disclosure message', created_at from disclosure_message
  union all select 'agreement', created_at from agreement
  union all select 'quote', sent_at from quote
  union all select 'request', created_at from technology_request`;

describe('the demo data’s times', () => {
  it('are on weekdays between 9:00 and 18:00 in Rome, before now, spread over weeks and hours', async () => {
    const rows = await server.orm.em
      .fork()
      .execute<{ what: string; weekday: number; minutes: number; future: boolean }[]>(
        `with events as (${EVENTS}), local as (select what, at, at at time zone 'Europe/Rome' as rome from events)
       select what, extract(isodow from rome)::int as weekday,
              (extract(hour from rome) * 60 + extract(minute from rome))::int as minutes,
              at > now() as future
       from local`,
      );
    expect(rows.length).toBeGreaterThan(100);
    const outside = rows.filter(
      (row) => row.weekday > 5 || row.minutes < 9 * 60 || row.minutes > 18 * 60 || row.future,
    );
    expect(outside, JSON.stringify(outside.slice(0, 5))).toEqual([]);

    const [spread] = await server.orm.em.fork().execute<{ hours: number; days: number }[]>(
      `with events as (${EVENTS})
       select count(distinct extract(hour from at at time zone 'Europe/Rome'))::int as hours,
              count(distinct (at at time zone 'Europe/Rome')::date)::int as days
       from events`,
    );
    expect(spread!.hours).toBeGreaterThanOrEqual(8);
    expect(spread!.days).toBeGreaterThanOrEqual(20);
  });

  it('keep each thread in order: submitted, then read, replied and moved', async () => {
    const [late] = await server.orm.em.fork().execute<{ count: number }[]>(
      `select count(*)::int as count from expression_of_interest e
       where exists (select 1 from eoi_transition t where t.eoi_id = e.id and t.at < e.created_at)
          or exists (select 1 from eoi_message m where m.eoi_id = e.id and m.created_at < e.created_at)
          or exists (select 1 from eoi_read_marker r where r.eoi_id = e.id and r.read_at < e.created_at)
          or e.first_response_at < e.created_at
          or e.last_activity_at < e.created_at`,
    );
    expect(late!.count).toBe(0);
    const [disclosures] = await server.orm.em.fork().execute<{ count: number }[]>(
      `select count(*)::int as count from disclosure d
       where exists (select 1 from disclosure_transition t where t.disclosure_id = d.id and t.at < d.created_at)
          or exists (select 1 from disclosure_message m where m.disclosure_id = d.id and m.created_at < d.created_at)
          or d.submitted_at < d.created_at`,
    );
    expect(disclosures!.count).toBe(0);
  });
});

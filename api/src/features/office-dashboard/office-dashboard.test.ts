import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { executor } from '../../test-support/matchmaking-fixtures.js';
import { countStatements, installSqlCounter } from '../../test-support/sql-counter.js';
import type { GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// The office's dashboard: every figure equals a hand count made here, in plain JavaScript over the raw rows (not the
// service's queries); an officer reads their own institute's only, an admin any institute's or the network's; the
// statements it sends do not grow with the number of EoIs.

installSqlCounter();
const server = useTestServer();
const { officer, otherOfficer, admin, researcher, buyer, anonymous } = useDemoClients(server);
const execute = executor(server);

const DASHBOARD = `query($institutionId: ID, $from: DateTime, $to: DateTime) {
  officeDashboard(institutionId: $institutionId, from: $from, to: $to) {
    from to institution { id slug }
    eoisByMonth { month total byKind { kind count } byInterestType { interestType count } }
    eoiFunnel { status count shareOfReceived conversionFromPrevious }
    responseTime { answered unanswered medianHours percentile90Hours answeredWithinTarget withinTargetShare targetWorkingDays overdueNow }
    listingInterest { top { id slug title eoiCount } withoutInterest { id slug eoiCount } withoutInterestCount }
    declineReasons { reason count }
    disclosuresByQuarter { quarter received accepted published }
    disclosureStateTimes { status stays medianDays }
    agreementsSignedByType { type count }
    agreementMoneyByQuarter { quarter expectedCents receivedCents }
  } }`;

interface Dashboard {
  from: string;
  to: string;
  institution: { id: string; slug: string } | null;
  eoisByMonth: {
    month: string;
    total: number;
    byKind: { kind: string; count: number }[];
    byInterestType: { interestType: string; count: number }[];
  }[];
  eoiFunnel: { status: string; count: number; shareOfReceived: number | null; conversionFromPrevious: number | null }[];
  responseTime: {
    answered: number;
    unanswered: number;
    medianHours: number | null;
    percentile90Hours: number | null;
    answeredWithinTarget: number;
    withinTargetShare: number | null;
    targetWorkingDays: number;
    overdueNow: number;
  };
  listingInterest: {
    top: { id: string; slug: string; title: string; eoiCount: number }[];
    withoutInterest: { id: string; slug: string; eoiCount: number }[];
    withoutInterestCount: number;
  };
  declineReasons: { reason: string; count: number }[];
  disclosuresByQuarter: { quarter: string; received: number; accepted: number; published: number }[];
  disclosureStateTimes: { status: string; stays: number; medianDays: number | null }[];
  agreementsSignedByType: { type: string; count: number }[];
  agreementMoneyByQuarter: { quarter: string; expectedCents: number; receivedCents: number }[];
}

// Twelve whole months back to the next day: every demo EoI (at most 210 days old) falls in it.
const now = new Date();
const FROM = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
const TO = new Date(now.getTime() + 86_400_000);
const period = { from: FROM.toISOString(), to: TO.toISOString() };

interface RawEoi {
  id: number;
  asset_id: number;
  slug: string;
  kind: string;
  asset_status: string;
  institution: string;
  interest_type: string;
  status: string;
  decline_reason: string | null;
  created_at: string;
  first_response_at: string | null;
  response_due_at: string;
  moved_to: string[];
}

async function rawEois(): Promise<RawEoi[]> {
  return execute<RawEoi>(
    `select e.id, e.asset_id, a.slug, a.kind, a.status as asset_status, i.slug as institution, e.interest_type, e.status,
       e.decline_reason, e.created_at::text, e.first_response_at::text, e.response_due_at::text,
       array(select t.to_status::text from eoi_transition t where t.eoi_id = e.id) as moved_to
     from expression_of_interest e join asset a on a.id = e.asset_id join institution i on i.id = a.institution_id`,
  );
}

const at = (text: string) => new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
const inPeriod = (instant: Date) => instant >= FROM && instant < TO;
const monthKey = (instant: Date) => instant.toISOString().slice(0, 7);
const quarterKey = (instant: Date) => `${instant.getUTCFullYear()}-Q${Math.floor(instant.getUTCMonth() / 3) + 1}`;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const share = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

/** PostgreSQL's percentile_cont: linear between the two nearest ranks. */
function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function everyBucket(key: (instant: Date) => string): string[] {
  const keys: string[] = [];
  for (
    let month = new Date(FROM);
    month < TO;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    if (!keys.includes(key(month))) keys.push(key(month));
  }
  return keys;
}

/** The EoI figures of one institute's (or, with null, every) EoI, counted by hand. */
async function handCountEois(institution: string | null) {
  const all = (await rawEois()).filter((eoi) => institution === null || eoi.institution === institution);
  const received = all.filter((eoi) => inPeriod(at(eoi.created_at)));
  const months = everyBucket(monthKey).map((month) => {
    const ofMonth = received.filter((eoi) => monthKey(at(eoi.created_at)) === month);
    const tally = (values: string[]) =>
      [...new Set(values)].map((value) => [value, values.filter((v) => v === value).length] as const);
    return {
      month,
      total: ofMonth.length,
      byKind: new Map(tally(ofMonth.map((eoi) => eoi.kind))),
      byInterestType: new Map(tally(ofMonth.map((eoi) => eoi.interest_type))),
    };
  });
  const reached = (status: string) => received.filter((eoi) => eoi.moved_to.includes(status)).length;
  const ended = (status: string) => received.filter((eoi) => eoi.status === status).length;
  const funnel = {
    SUBMITTED: received.length,
    IN_REVIEW: reached('IN_REVIEW'),
    IN_DISCUSSION: reached('IN_DISCUSSION'),
    NEGOTIATION: reached('NEGOTIATION'),
    AGREED: ended('AGREED'),
    DECLINED: ended('DECLINED'),
    WITHDRAWN: ended('WITHDRAWN'),
  };
  const answered = received.filter((eoi) => eoi.first_response_at !== null);
  const hours = answered.map(
    (eoi) => (at(eoi.first_response_at!).getTime() - at(eoi.created_at).getTime()) / 3_600_000,
  );
  const onTime = answered.filter((eoi) => at(eoi.first_response_at!) <= at(eoi.response_due_at)).length;
  const due = received.filter((eoi) => eoi.first_response_at !== null || at(eoi.response_due_at) <= new Date()).length;
  const open = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'];
  const overdue = all.filter(
    (eoi) => open.includes(eoi.status) && eoi.first_response_at === null && at(eoi.response_due_at) <= new Date(),
  ).length;
  const declines = new Map<string, number>();
  for (const eoi of received.filter((eoi) => eoi.status === 'DECLINED'))
    declines.set(eoi.decline_reason!, (declines.get(eoi.decline_reason!) ?? 0) + 1);
  const perListing = new Map<number, number>();
  for (const eoi of received) perListing.set(eoi.asset_id, (perListing.get(eoi.asset_id) ?? 0) + 1);
  return { received, months, funnel, answered, hours, onTime, due, overdue, declines, perListing };
}

/** A calendar day (YYYY-MM-DD) as the instant it starts, UTC. */
const dayAt = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The agreement figures of one institute's (or, with null, every) agreements, counted by hand: signatures per type,
 * and per quarter the payments of signed options and licences falling due, and those received (any status).
 */
async function handCountAgreements(institution: string | null) {
  const agreements = (
    await execute<{ type: string; signature_date: string | null; institution: string }>(
      `select g.type::text, g.signature_date::text, i.slug as institution from agreement g
       join institution i on i.id = g.institution_id`,
    )
  ).filter((agreement) => institution === null || agreement.institution === institution);
  const signed = new Map<string, number>();
  for (const agreement of agreements) {
    if (agreement.signature_date === null || !inPeriod(dayAt(agreement.signature_date))) continue;
    signed.set(agreement.type, (signed.get(agreement.type) ?? 0) + 1);
  }
  const payments = (
    await execute<{
      type: string;
      status: string;
      institution: string;
      due_date: string | null;
      amount_cents: string;
      received_on: string | null;
      received_amount_cents: string | null;
    }>(
      `select g.type::text, g.status::text, i.slug as institution, m.due_date::text, m.amount_cents::text,
         m.received_on::text, m.received_amount_cents::text
       from agreement_milestone m join agreement g on g.id = m.agreement_id join institution i on i.id = g.institution_id`,
    )
  ).filter((payment) => institution === null || payment.institution === institution);
  const withTerms = ['OPTION', 'LICENSE'];
  const signedStatuses = ['SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];
  const quarters = everyBucket(quarterKey).map((quarter) => {
    const within = (day: string | null) => day !== null && inPeriod(dayAt(day)) && quarterKey(dayAt(day)) === quarter;
    let expectedCents = 0;
    let receivedCents = 0;
    for (const payment of payments) {
      if (!withTerms.includes(payment.type)) continue;
      if (signedStatuses.includes(payment.status) && within(payment.due_date))
        expectedCents += Number(payment.amount_cents);
      if (within(payment.received_on)) receivedCents += Number(payment.received_amount_cents ?? 0);
    }
    return { quarter, expectedCents, receivedCents };
  });
  return { signed, quarters };
}

async function dashboardOf(
  client: typeof officer,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<{ officeDashboard: Dashboard }>> {
  return client.gql<{ officeDashboard: Dashboard }>(DASHBOARD, { ...period, ...variables });
}

let irstId: string;
let intId: string;

beforeAll(async () => {
  const rows = await execute<{ id: number; slug: string }>(`select id, slug from institution`);
  irstId = toGlobalId('Institution', rows.find((row) => row.slug === 'irst')!.id);
  intId = toGlobalId('Institution', rows.find((row) => row.slug === 'int')!.id);
});

describe('the figures equal a hand count on the demo data', () => {
  let dashboard: Dashboard;
  let hand: Awaited<ReturnType<typeof handCountEois>>;

  beforeAll(async () => {
    const response = await dashboardOf(officer);
    expect(response.errors).toBeUndefined();
    dashboard = response.data!.officeDashboard;
    hand = await handCountEois('irst');
  });

  it("is the officer's institute over the period asked for", () => {
    expect(dashboard.institution).toEqual({ id: irstId, slug: 'irst' });
    expect(new Date(dashboard.from)).toEqual(FROM);
    expect(new Date(dashboard.to)).toEqual(TO);
    // The demo data has a story: these are not all zeros.
    expect(hand.received.length).toBeGreaterThan(10);
  });

  it('EoIs per month, by listing kind and by interest type', () => {
    expect(dashboard.eoisByMonth.map((month) => month.month)).toEqual(hand.months.map((month) => month.month));
    for (const [index, month] of dashboard.eoisByMonth.entries()) {
      const expected = hand.months[index]!;
      expect(month.total, month.month).toBe(expected.total);
      expect(new Map(month.byKind.map((entry) => [entry.kind, entry.count]))).toEqual(expected.byKind);
      expect(new Map(month.byInterestType.map((entry) => [entry.interestType, entry.count]))).toEqual(
        expected.byInterestType,
      );
    }
    expect(dashboard.eoisByMonth.reduce((sum, month) => sum + month.total, 0)).toBe(hand.received.length);
  });

  it('the funnel with its shares and conversions', () => {
    const { funnel } = hand;
    expect(dashboard.eoiFunnel).toEqual([
      { status: 'SUBMITTED', count: funnel.SUBMITTED, shareOfReceived: 1, conversionFromPrevious: null },
      {
        status: 'IN_REVIEW',
        count: funnel.IN_REVIEW,
        shareOfReceived: share(funnel.IN_REVIEW, funnel.SUBMITTED),
        conversionFromPrevious: share(funnel.IN_REVIEW, funnel.SUBMITTED),
      },
      {
        status: 'IN_DISCUSSION',
        count: funnel.IN_DISCUSSION,
        shareOfReceived: share(funnel.IN_DISCUSSION, funnel.SUBMITTED),
        conversionFromPrevious: share(funnel.IN_DISCUSSION, funnel.IN_REVIEW),
      },
      {
        status: 'NEGOTIATION',
        count: funnel.NEGOTIATION,
        shareOfReceived: share(funnel.NEGOTIATION, funnel.SUBMITTED),
        conversionFromPrevious: share(funnel.NEGOTIATION, funnel.IN_DISCUSSION),
      },
      {
        status: 'AGREED',
        count: funnel.AGREED,
        shareOfReceived: share(funnel.AGREED, funnel.SUBMITTED),
        conversionFromPrevious: share(funnel.AGREED, funnel.NEGOTIATION),
      },
      {
        status: 'DECLINED',
        count: funnel.DECLINED,
        shareOfReceived: share(funnel.DECLINED, funnel.SUBMITTED),
        conversionFromPrevious: null,
      },
      {
        status: 'WITHDRAWN',
        count: funnel.WITHDRAWN,
        shareOfReceived: share(funnel.WITHDRAWN, funnel.SUBMITTED),
        conversionFromPrevious: null,
      },
    ]);
    expect(funnel.AGREED + funnel.DECLINED + funnel.WITHDRAWN).toBeGreaterThan(0);
  });

  it('time to first response against the 5-working-day target, and the overdue count', () => {
    const { responseTime } = dashboard;
    expect(responseTime.answered).toBe(hand.answered.length);
    expect(responseTime.unanswered).toBe(hand.received.length - hand.answered.length);
    expect(responseTime.medianHours).toBeCloseTo(percentile(hand.hours, 0.5)!, 0);
    expect(Math.abs(responseTime.medianHours! - percentile(hand.hours, 0.5)!)).toBeLessThanOrEqual(0.051);
    expect(Math.abs(responseTime.percentile90Hours! - percentile(hand.hours, 0.9)!)).toBeLessThanOrEqual(0.051);
    expect(responseTime.answeredWithinTarget).toBe(hand.onTime);
    expect(responseTime.withinTargetShare).toBe(share(hand.onTime, hand.due));
    expect(responseTime.targetWorkingDays).toBe(5);
    expect(responseTime.overdueNow).toBe(hand.overdue);
    expect(hand.overdue).toBeGreaterThan(0);
  });

  it('decline reasons: every reason, most given first', () => {
    expect(dashboard.declineReasons).toHaveLength(7);
    for (const { reason, count } of dashboard.declineReasons)
      expect(count, reason).toBe(hand.declines.get(reason) ?? 0);
    const counts = dashboard.declineReasons.map((entry) => entry.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('EoIs per listing: the top ones, and the published listings with none', async () => {
    const ranked = [...hand.perListing.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 5);
    expect(dashboard.listingInterest.top.map((listing) => [listing.id, listing.eoiCount])).toEqual(
      ranked.map(([assetId, count]) => [toGlobalId('Asset', assetId), count]),
    );
    const published = await execute<{ id: number }>(
      `select a.id from asset a join institution i on i.id = a.institution_id where i.slug = 'irst' and a.status = 'PUBLISHED'`,
    );
    const without = published.filter((asset) => !hand.perListing.has(asset.id));
    expect(dashboard.listingInterest.withoutInterestCount).toBe(without.length);
    expect(without.length).toBeGreaterThan(0);
    const shown = dashboard.listingInterest.withoutInterest;
    expect(shown).toHaveLength(Math.min(10, without.length));
    for (const listing of shown) {
      expect(listing.eoiCount).toBe(0);
      expect(without.map((asset) => toGlobalId('Asset', asset.id))).toContain(listing.id);
    }
  });

  it('disclosures per quarter and their median time in each state', async () => {
    const moves = await execute<{ disclosure_id: number; id: number; to_status: string; at: string }>(
      `select t.disclosure_id, t.id, t.to_status::text, t.at::text from disclosure_transition t
       join disclosure d on d.id = t.disclosure_id join institution i on i.id = d.institution_id where i.slug = 'irst'`,
    );
    const quarters = everyBucket(quarterKey).map((quarter) => {
      const of = (status: string) =>
        moves.filter(
          (move) => move.to_status === status && inPeriod(at(move.at)) && quarterKey(at(move.at)) === quarter,
        ).length;
      return { quarter, received: of('SUBMITTED'), accepted: of('ACCEPTED'), published: of('PUBLISHED') };
    });
    expect(dashboard.disclosuresByQuarter).toEqual(quarters);
    expect(quarters.reduce((sum, quarter) => sum + quarter.received, 0)).toBeGreaterThan(0);

    const stays = new Map<string, number[]>();
    const byDisclosure = new Map<number, typeof moves>();
    for (const move of moves)
      byDisclosure.set(move.disclosure_id, [...(byDisclosure.get(move.disclosure_id) ?? []), move]);
    for (const history of byDisclosure.values()) {
      history.sort((a, b) => at(a.at).getTime() - at(b.at).getTime() || a.id - b.id);
      history.forEach((move, index) => {
        const next = history[index + 1];
        if (!next || !inPeriod(at(next.at))) return;
        const days = (at(next.at).getTime() - at(move.at).getTime()) / 86_400_000;
        stays.set(move.to_status, [...(stays.get(move.to_status) ?? []), days]);
      });
    }
    expect(dashboard.disclosureStateTimes.map((time) => time.status)).toEqual([
      'SUBMITTED',
      'UNDER_REVIEW',
      'INFO_REQUESTED',
      'ACCEPTED',
    ]);
    for (const time of dashboard.disclosureStateTimes) {
      const days = stays.get(time.status) ?? [];
      expect(time.stays, time.status).toBe(days.length);
      if (days.length === 0) expect(time.medianDays).toBeNull();
      else expect(Math.abs(time.medianDays! - percentile(days, 0.5)!), time.status).toBeLessThanOrEqual(0.051);
    }
  });
});

describe('the agreement figures equal a hand count on the demo agreements', () => {
  it('agreements signed in the period, per type: every type, zeros too', async () => {
    const dashboard = (await dashboardOf(officer)).data!.officeDashboard;
    const hand = await handCountAgreements('irst');
    expect(dashboard.agreementsSignedByType.map((entry) => entry.type)).toEqual([
      'CDA',
      'MTA',
      'OPTION',
      'LICENSE',
      'SERVICE_AGREEMENT',
      'RESEARCH_COLLABORATION',
    ]);
    for (const { type, count } of dashboard.agreementsSignedByType)
      expect(count, type).toBe(hand.signed.get(type) ?? 0);
    expect([...hand.signed.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(2);
  });

  it('money expected and received per quarter, in euro cents', async () => {
    const dashboard = (await dashboardOf(officer)).data!.officeDashboard;
    const hand = await handCountAgreements('irst');
    expect(dashboard.agreementMoneyByQuarter).toEqual(hand.quarters);
    // The demo licence's payments make a story: money both expected and received in the period.
    expect(hand.quarters.some((quarter) => quarter.expectedCents > 0)).toBe(true);
    expect(hand.quarters.some((quarter) => quarter.receivedCents > 0)).toBe(true);
  });

  it("for an admin: the other institute's, and the network's as their sum", async () => {
    const network = (await dashboardOf(admin)).data!.officeDashboard;
    const all = await handCountAgreements(null);
    for (const { type, count } of network.agreementsSignedByType) expect(count, type).toBe(all.signed.get(type) ?? 0);
    expect(network.agreementMoneyByQuarter).toEqual(all.quarters);
    const int = (await dashboardOf(admin, { institutionId: intId })).data!.officeDashboard;
    const intHand = await handCountAgreements('int');
    expect(int.agreementMoneyByQuarter).toEqual(intHand.quarters);
    for (const { type, count } of int.agreementsSignedByType) expect(count, type).toBe(intHand.signed.get(type) ?? 0);
    expect(intHand.quarters.some((quarter) => quarter.receivedCents > 0)).toBe(true);
  });
});

describe('whose figures', () => {
  it("an admin reads any institute's, and the network's without one", async () => {
    const network = (await dashboardOf(admin)).data!.officeDashboard;
    expect(network.institution).toBeNull();
    const hand = await handCountEois(null);
    expect(network.eoiFunnel[0]!.count).toBe(hand.received.length);
    expect(network.responseTime.overdueNow).toBe(hand.overdue);

    const int = (await dashboardOf(admin, { institutionId: intId })).data!.officeDashboard;
    const intOfficer = (await dashboardOf(otherOfficer)).data!.officeDashboard;
    expect(int).toEqual(intOfficer);
    expect(int.institution!.slug).toBe('int');
    const irst = (await dashboardOf(officer)).data!.officeDashboard;
    expect(int.eoiFunnel[0]!.count + irst.eoiFunnel[0]!.count).toBe(network.eoiFunnel[0]!.count);
  });

  it("an officer reads their own institute's only; companies, researchers and visitors none", async () => {
    const own = await dashboardOf(officer, { institutionId: irstId });
    expect(own.errors).toBeUndefined();
    const other = await dashboardOf(officer, { institutionId: intId });
    expect(other.errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    expect(other.data?.officeDashboard ?? null).toBeNull();
    for (const client of [buyer, researcher]) {
      expect((await dashboardOf(client)).errors?.[0]?.extensions?.category).toBe('FORBIDDEN');
    }
    expect((await dashboardOf(anonymous)).errors?.[0]?.extensions?.category).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that ends before it starts, or spans more than 36 months', async () => {
    const backwards = await dashboardOf(officer, { from: TO.toISOString(), to: FROM.toISOString() });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      category: 'BAD_USER_INPUT',
      code: 'DASHBOARD_PERIOD_INVALID',
      argument: 'from',
    });
    const long = await dashboardOf(officer, { from: '2020-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      category: 'BAD_USER_INPUT',
      code: 'DASHBOARD_PERIOD_TOO_LONG',
    });
    expect(long.errors?.[0]?.message).toContain('36 months');
  });

  it('without a period: the last twelve months', async () => {
    const response = await officer.gql<{ officeDashboard: { from: string; eoisByMonth: unknown[] } }>(
      '{ officeDashboard { from eoisByMonth { month } } }',
    );
    expect(response.data!.officeDashboard.eoisByMonth).toHaveLength(12);
    expect(new Date(response.data!.officeDashboard.from)).toEqual(FROM);
  });
});

describe('the statements', () => {
  it('are a fixed few, whatever the number of EoIs, agreements and payments', async () => {
    // Warm up the session's statements, then count a whole dashboard.
    await dashboardOf(officer);
    const before = await countStatements(() => dashboardOf(officer));
    const [listing] = await execute<{ id: number; company_id: number; submitter_id: number }>(
      `select a.id, c.id as company_id, u.id as submitter_id from asset a join institution i on i.id = a.institution_id
       cross join company c join app_user u on u.company_id = c.id
       where i.slug = 'irst' and a.status = 'PUBLISHED' and c.slug = 'oncopharm' order by a.id limit 1`,
    );
    const added = 40;
    await execute(
      `insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, language,
         status, idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
       select ?, ?, ?, 'LICENSE', 'Statement-count fixture', 'en', 'DECLINED', 'dashboard-' || n,
         now(), now(), now() - n * interval '1 hour', now() from generate_series(1, ${added}) as n`,
      [listing!.id, listing!.company_id, listing!.submitter_id],
    );
    // And agreements: signed ones, each with payments due and received in the period.
    const [agreementsBefore] = await execute<{ n: number }>(`select count(*)::int as n from agreement`);
    await execute(
      `insert into agreement (institution_id, company_id, type, title, status, signature_date, effective_date,
         created_at, updated_at)
       select a.institution_id, ?, 'LICENSE', 'Statement-count licence ' || n, 'ACTIVE', current_date - n,
         current_date - n, now(), now()
       from asset a cross join generate_series(1, ${added}) as n where a.id = ?`,
      [listing!.company_id, listing!.id],
    );
    await execute(
      `insert into agreement_milestone (agreement_id, kind, event, due_date, amount_cents, status,
         received_amount_cents, received_on, created_at)
       select g.id, 'MILESTONE', 'Statement-count payment ' || n, current_date - n, 100000 * n, 'RECEIVED',
         100000 * n, current_date - n, now()
       from agreement g cross join generate_series(1, 3) as n where g.title like 'Statement-count licence %'`,
    );
    const [agreementsAfter] = await execute<{ n: number }>(`select count(*)::int as n from agreement`);
    expect(agreementsAfter!.n - agreementsBefore!.n).toBe(added);
    let grown: Dashboard | undefined;
    const after = await countStatements(async () => {
      grown = (await dashboardOf(officer)).data!.officeDashboard;
    });
    expect(grown!.eoiFunnel[0]!.count).toBe((await handCountEois('irst')).received.length);
    const agreementHand = await handCountAgreements('irst');
    expect(grown!.agreementMoneyByQuarter).toEqual(agreementHand.quarters);
    expect(grown!.agreementsSignedByType.find((entry) => entry.type === 'LICENSE')!.count).toBe(
      agreementHand.signed.get('LICENSE'),
    );
    // The session's lookup, the institute, the eight statements of the seven EoI and disclosure sections, and one
    // for each of the two agreement sections.
    expect(before).toBe(12);
    expect(after).toBe(before);
  });
});

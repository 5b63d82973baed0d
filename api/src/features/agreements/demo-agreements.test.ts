import type { Db } from '@tt/db/database';
import { AgreementStatus, AgreementType } from '@tt/shared/agreement-rules';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { runAgreementExpiry } from './agreement-expiry.job.js';
import { recomputeListingAvailability } from './listing-availability.service.js';

// The demo agreements (db/src/seeds/demo/demo-agreements.ts) as the database holds them after the seed.
const testDb = useTestOrm();
const db = (): Db => testDb.db();

describe('the demo agreements', () => {
  it('have every type and every status, on both institutes', async () => {
    const { rows } = await sql<{ slug: string; types: string[]; statuses: string[] }>`
      select i.slug, array_agg(distinct g.type::text) as types, array_agg(distinct g.status::text) as statuses
      from agreement g join institution i on i.id = g.institution_id group by i.slug order by i.slug`.execute(db());
    expect(rows.map((row) => row.slug)).toEqual(['int', 'irst']);
    expect(new Set(rows.flatMap((row) => row.types))).toEqual(new Set(Object.values(AgreementType)));
    expect(new Set(rows.flatMap((row) => row.statuses))).toEqual(new Set(Object.values(AgreementStatus)));
  });

  it('come from the EoIs in negotiation and agreed; each agreed one is closed by its licence', async () => {
    const { rows } = await sql<{ status: string; closes: boolean; type: string }>`
      select e.status::text as status, l.closes_eoi as closes, g.type::text as type from eoi_agreement l
      join expression_of_interest e on e.id = l.eoi_id join agreement g on g.id = l.agreement_id`.execute(db());
    expect(rows.some((row) => row.status === 'NEGOTIATION')).toBe(true);
    const closing = rows.filter((row) => row.closes);
    expect(closing.length).toBeGreaterThanOrEqual(2);
    expect(closing.every((row) => row.status === 'AGREED' && row.type === 'LICENSE')).toBe(true);
  });

  it('hold a licence whose payments are partly received, an expired MTA and an option about to expire', async () => {
    const licence = await sql<{ received: number; expected: number }>`
      select count(*) filter (where m.status = 'RECEIVED')::int as received,
        count(*) filter (where m.status <> 'RECEIVED')::int as expected
      from agreement g join agreement_milestone m on m.agreement_id = g.id
      where g.type = 'LICENSE' and g.title = 'Exclusive licence: ATR inhibitor prodrug'`.execute(db());
    expect(licence.rows[0]!.received).toBeGreaterThan(0);
    expect(licence.rows[0]!.expected).toBeGreaterThan(0);
    const expiredMta = await sql<{ n: number }>`
      select count(*)::int as n from agreement where type = 'MTA' and status = 'EXPIRED' and expiry_date < current_date`.execute(
      db(),
    );
    expect(expiredMta.rows[0]!.n).toBe(1);
    const option = await sql<{ n: number }>`
      select count(*)::int as n from agreement where type = 'OPTION' and status = 'ACTIVE'
      and expiry_date between current_date and current_date + 30`.execute(db());
    expect(option.rows[0]!.n).toBe(1);
  });

  it('leave every listing with the availability its agreements give it, some of them closed or partly licensed', async () => {
    const { rows } = await sql<{ id: number; availability: string }>`select id, availability::text from asset`.execute(
      db(),
    );
    const changes = await db()
      .transaction()
      .execute((tx) =>
        recomputeListingAvailability(
          tx,
          rows.map((row) => row.id),
          'https://tt.example',
        ),
      );
    expect(changes).toEqual([]);
    const shown = new Set(rows.map((row) => row.availability));
    for (const availability of ['AVAILABLE', 'UNDER_OPTION', 'PARTLY_LICENSED', 'LICENSED_NON_EXCLUSIVELY']) {
      expect(shown.has(availability), availability).toBe(true);
    }
  });

  it('remind the owner of the option about to expire on the job’s first run, and expire nothing else', async () => {
    const counts = await runAgreementExpiry(db(), 'https://tt.example');
    expect(counts).toEqual({ reminded: 1, expired: 0 });
    const { rows } = await sql<{ recipient: string; title: string }>`
      select recipient, data->>'agreementTitle' as title from outbox_message
      where template = 'agreement-expiry-reminder'`.execute(db());
    expect(rows).toEqual([
      { recipient: 'officer.int@tt.demo', title: 'Option: ADC against a sarcoma surface antigen' },
    ]);
  });
});

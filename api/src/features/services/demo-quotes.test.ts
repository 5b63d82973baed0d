import { quoteTotals } from '@tt/shared/quote-rules';
import { describe, expect, it } from 'vitest';
import { useTestOrm } from '../../test-support/use-test-orm.js';

const testOrm = useTestOrm();

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return testOrm.orm.em.fork().execute<T[]>(text, params);
}

describe('the demo quotes', () => {
  it('show a PDX study accepted, a sequencing request revised and a quote declined with its reason', async () => {
    const rows = await sql<{ slug: string; company: string; version: number; status: string; eoi_status: string }>(
      `select a.slug, c.slug as company, q.version, q.status, e.status as eoi_status from quote q
       join expression_of_interest e on e.id = q.eoi_id join asset a on a.id = e.asset_id
       join company c on c.id = e.company_id order by a.slug, q.version`,
    );
    expect(rows).toEqual([
      {
        slug: 'irst-ctdna-liquid-biopsy-sequencing',
        company: 'medisense',
        version: 1,
        status: 'SUPERSEDED',
        eoi_status: 'IN_DISCUSSION',
      },
      {
        slug: 'irst-ctdna-liquid-biopsy-sequencing',
        company: 'medisense',
        version: 2,
        status: 'SENT',
        eoi_status: 'IN_DISCUSSION',
      },
      {
        slug: 'irst-dna-methylation-profiling',
        company: 'oncopharm',
        version: 1,
        status: 'DECLINED',
        eoi_status: 'IN_DISCUSSION',
      },
      {
        slug: 'irst-in-vivo-efficacy-xenograft-studies',
        company: 'oncopharm',
        version: 1,
        status: 'ACCEPTED',
        eoi_status: 'NEGOTIATION',
      },
    ]);
    const [declined] = await sql<{ decline_reason: string; decided_by_id: number | null }>(
      `select decline_reason, decided_by_id from quote where status = 'DECLINED'`,
    );
    expect(declined).toMatchObject({ decline_reason: 'TIMELINE', decided_by_id: expect.any(Number) });
  });

  it('store totals that are the sums of their rounded lines, open ones still valid', async () => {
    const quotes = await sql<{
      id: number;
      net_cents: string;
      vat_cents: string;
      gross_cents: string;
      open_valid: boolean | null;
    }>(
      `select id, net_cents, vat_cents, gross_cents, case when status = 'SENT' then valid_until >= current_date end as open_valid from quote`,
    );
    for (const quote of quotes) {
      const lines = await sql<{ quantity_hundredths: string; unit_price_cents: string; vat_basis_points: number }>(
        'select quantity_hundredths, unit_price_cents, vat_basis_points from quote_line where quote_id = ? order by position',
        [quote.id],
      );
      const totals = quoteTotals(
        lines.map((line) => ({
          quantityHundredths: Number(line.quantity_hundredths),
          unitPriceCents: Number(line.unit_price_cents),
          vatBasisPoints: line.vat_basis_points,
        })),
      );
      expect([Number(quote.net_cents), Number(quote.vat_cents), Number(quote.gross_cents)]).toEqual([
        totals.netCents,
        totals.vatCents,
        totals.grossCents,
      ]);
      expect(quote.open_valid).not.toBe(false);
    }
  });
});

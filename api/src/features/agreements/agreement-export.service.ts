import type { Db } from '@tt/db/database';
import { hasFinancialTerms, MilestoneKind } from '@tt/shared/agreement-rules';
import { type Language, shownTextLanguage } from '@tt/shared/languages';
import { readAgreementExportFilter } from '@tt/shared/office-exports';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { EXPORT_BATCH_SIZE, everyPage, type OfficeExport } from '../../exports/office-export.js';
import { listAgreements } from './agreement.service.js';
import type { AgreementRecord } from './agreement-records.js';

// The office's agreements as CSV: the list's own query (listAgreements) with its status and type filters, each
// batch completed by one statement with the parties' and the owner's names, the listings' titles (in the
// requester's language where they have it) and the sums of the payments. Only offices export (export-routes.ts),
// so every row is read from the office's side, notes aside: they stay on the agreement's page.

const COLUMNS = [
  'export.agreement.reference',
  'export.agreement.title',
  'export.agreement.type',
  'export.agreement.status',
  'export.agreement.institute',
  'export.agreement.company',
  'export.agreement.listings',
  'export.agreement.exclusivity',
  'export.agreement.fieldOfUse',
  'export.agreement.territory',
  'export.agreement.signatureDate',
  'export.agreement.effectiveDate',
  'export.agreement.expiryDate',
  'export.agreement.owner',
  'export.agreement.upfrontExpected',
  'export.agreement.upfrontReceived',
  'export.agreement.totalExpected',
  'export.agreement.totalReceived',
] as const;

/** Euro cents as euros with two decimals ("1500.00"), exactly: no floating point on the way. */
export function euros(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The sums of an agreement's payments, in euro cents. */
type Money = { upfrontExpected: number; upfrontReceived: number; totalExpected: number; totalReceived: number };

async function detailsOf(db: Db, agreements: AgreementRecord[]) {
  const rows = await db
    .selectFrom('agreement as g')
    .innerJoin('institution as i', 'i.id', 'g.institution_id')
    .innerJoin('company as c', 'c.id', 'g.company_id')
    .leftJoin('app_user as o', 'o.id', 'g.owner_id')
    .select((eb) => [
      'g.id',
      'i.short_name as institute',
      'c.name as company',
      'o.name as owner',
      sql<
        { title: string; title_it: string }[]
      >`array(select json_build_object('title', a.title, 'title_it', a.title_it)
        from agreement_listing al join asset a on a.id = al.asset_id where al.agreement_id = g.id order by al.id)`.as(
        'listings',
      ),
      eb
        .selectFrom('agreement_milestone as m')
        .select(() => [
          sql<Money>`json_build_object(
            'upfrontExpected', coalesce(sum(m.amount_cents) filter (where m.kind = ${MilestoneKind.UPFRONT}), 0),
            'upfrontReceived', coalesce(sum(m.received_amount_cents) filter (where m.kind = ${MilestoneKind.UPFRONT}), 0),
            'totalExpected', coalesce(sum(m.amount_cents), 0),
            'totalReceived', coalesce(sum(m.received_amount_cents), 0))`.as('sums'),
        ])
        .whereRef('m.agreement_id', '=', 'g.id')
        .as('money'),
    ])
    .where(
      'g.id',
      'in',
      agreements.map((agreement) => agreement.dbId),
    )
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export const agreementExport: OfficeExport = {
  fileName: 'export.agreement.fileName',
  columns: COLUMNS,
  async *batches(db: Db, viewer: Viewer, params: URLSearchParams, language: Language) {
    const read = readAgreementExportFilter(params);
    if (!read.ok) throw badInput('EXPORT_FILTER_INVALID', read.parameter, { parameter: read.parameter });
    const filter = read.filter;
    for await (const agreements of everyPage((after) =>
      listAgreements(db, viewer, { filter, first: EXPORT_BATCH_SIZE, after }),
    )) {
      const details = await detailsOf(db, agreements);
      yield agreements.map((agreement) => {
        const more = details.get(agreement.dbId);
        const titles = (more?.listings ?? []).map((listing) =>
          shownTextLanguage(language, listing.title_it !== '') === 'it' ? listing.title_it : listing.title,
        );
        // Only options and licences have payments: the others' money cells are empty, not 0.
        const money = hasFinancialTerms(agreement.type) ? more?.money : null;
        const amount = (key: keyof Money) => (money ? euros(Number(money[key])) : null);
        return [
          agreement.dbId,
          agreement.title,
          agreement.type,
          agreement.status,
          more?.institute ?? null,
          more?.company ?? null,
          titles.join('; '),
          agreement.exclusivity,
          agreement.fieldOfUse,
          agreement.territory,
          agreement.signatureDate,
          agreement.effectiveDate,
          agreement.expiryDate,
          more?.owner ?? null,
          amount('upfrontExpected'),
          amount('upfrontReceived'),
          amount('totalExpected'),
          amount('totalReceived'),
        ];
      });
    }
  },
};

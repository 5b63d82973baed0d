import type { Db } from '@tt/db/database';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import {
  allowedQuoteMoves,
  type QuoteDeclineReason,
  type QuoteMove,
  type QuoteStatus,
  quoteStatusOn,
  type StoredQuoteStatus,
} from '@tt/shared/quote-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';
import { type EoiRecord, type EoiRow, eoiColumns, eoiFrom, toEoiRecord } from '../interest/eoi-records.js';

/** A quote as the services return it (the GraphQL Quote implements it), for one side of its request. */
export interface QuoteRecord {
  readonly __typename: 'Quote';
  id: string;
  dbId: number;
  eoi: EoiRecord;
  side: EoiActor;
  version: number;
  /** As read today: a sent quote past its validity is EXPIRED. */
  status: QuoteStatus;
  storedStatus: StoredQuoteStatus;
  latest: boolean;
  validUntil: string;
  conditions: string;
  deliveryEstimate: string;
  deliveryWeeks: number | null;
  currency: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
  language: Language;
  sentByName: string | null;
  sentAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  declineReason: QuoteDeclineReason | null;
  declineComment: string | null;
  declineCommentLanguage: Language | null;
  /** What the viewer may do with it now. */
  moves: QuoteMove[];
}

export interface QuoteLineRecord {
  id: string;
  position: number;
  description: string;
  quantityHundredths: number;
  unit: string;
  unitPriceCents: number;
  vatBasisPoints: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** The quotes with their EoI `e`, its asset `a` and submitter `s` (what eoiColumns reads), and the people named. */
export function quotesFrom(db: Db) {
  return eoiFrom(db)
    .innerJoin('quote as q', 'q.eoi_id', 'e.id')
    .leftJoin('app_user as qc', 'qc.id', 'q.created_by_id')
    .leftJoin('app_user as qd', 'qd.id', 'q.decided_by_id');
}

export const quoteColumns = [
  ...eoiColumns,
  'q.id as quote_id',
  'q.version',
  'q.status as quote_status',
  sql<string>`q.valid_until::text`.as('valid_until_day'),
  'q.conditions',
  'q.delivery_estimate',
  'q.delivery_weeks',
  'q.currency',
  'q.net_cents',
  'q.vat_cents',
  'q.gross_cents',
  'q.language as quote_language',
  'q.sent_at',
  'q.decided_at',
  'q.decline_reason as quote_decline_reason',
  'q.decline_comment',
  'q.decline_comment_language',
  'qc.name as sent_by_name',
  'qd.name as decided_by_name',
  sql<boolean>`q.version = (select max(x.version) from quote x where x.eoi_id = q.eoi_id)`.as('latest'),
] as const;

export type QuoteRow = EoiRow & {
  quote_id: number;
  version: number;
  quote_status: StoredQuoteStatus;
  valid_until_day: string;
  conditions: string;
  delivery_estimate: string;
  delivery_weeks: number | null;
  currency: string;
  net_cents: number | string;
  vat_cents: number | string;
  gross_cents: number | string;
  quote_language: Language;
  sent_at: Date | string;
  decided_at: Date | string | null;
  quote_decline_reason: QuoteDeclineReason | null;
  decline_comment: string | null;
  decline_comment_language: Language | null;
  sent_by_name: string | null;
  decided_by_name: string | null;
  latest: boolean;
};

/** The viewer's reading of a quote row (`side`: theirs, already checked); `today` decides expiry. */
export function toQuoteRecord(row: QuoteRow, side: EoiActor, today = isoDay(new Date())): QuoteRecord {
  const status = quoteStatusOn(row.quote_status, row.valid_until_day, today);
  return {
    __typename: 'Quote',
    id: toGlobalId('Quote', row.quote_id),
    dbId: row.quote_id,
    eoi: toEoiRecord(row),
    side,
    version: row.version,
    status,
    storedStatus: row.quote_status,
    latest: row.latest,
    validUntil: row.valid_until_day,
    conditions: row.conditions,
    deliveryEstimate: row.delivery_estimate,
    deliveryWeeks: row.delivery_weeks,
    currency: row.currency,
    netCents: Number(row.net_cents),
    vatCents: Number(row.vat_cents),
    grossCents: Number(row.gross_cents),
    language: row.quote_language,
    sentByName: row.sent_by_name,
    sentAt: toDate(row.sent_at),
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at === null ? null : toDate(row.decided_at),
    declineReason: row.quote_decline_reason,
    declineComment: row.decline_comment,
    declineCommentLanguage: row.decline_comment_language,
    moves: allowedQuoteMoves(side, { status, latest: row.latest, eoiStatus: row.status }),
  };
}

/** The lines of each quote, in order: one statement for any number of quotes. */
export async function linesOfQuotes(db: Db, quoteIds: readonly number[]): Promise<QuoteLineRecord[][]> {
  const rows = await db
    .selectFrom('quote_line')
    .selectAll()
    .where('quote_id', '=', (eb) => eb.fn.any(eb.val([...quoteIds])))
    .orderBy('quote_id')
    .orderBy('position')
    .execute();
  return quoteIds.map((quoteId) =>
    rows
      .filter((row) => row.quote_id === quoteId)
      .map((row) => {
        const netCents = Number(row.net_cents);
        const vatCents = Number(row.vat_cents);
        return {
          id: `${toGlobalId('Quote', quoteId)}:${row.position}`,
          position: row.position,
          description: row.description,
          quantityHundredths: Number(row.quantity_hundredths),
          unit: row.unit,
          unitPriceCents: Number(row.unit_price_cents),
          vatBasisPoints: row.vat_basis_points,
          netCents,
          vatCents,
          grossCents: netCents + vatCents,
        };
      }),
  );
}

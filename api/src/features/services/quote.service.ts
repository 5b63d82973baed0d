import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import {
  allowedQuoteMoves,
  EOI_STATUSES_FOR_QUOTES,
  eoiStepsAfterQuoteAccepted,
  isQuotableInterest,
  lineFigures,
  maySendQuote,
  type QuoteData,
  type QuoteDeclineReason,
  type QuoteLineData,
  type QuoteMove,
  QuoteStatus,
  quoteStatusOn,
  quoteTotals,
  type StoredQuoteStatus,
  validateQuote,
  validateQuoteDecline,
} from '@tt/shared/quote-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import { sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage, type PageInfo } from '../../pagination/page-info.js';
import { eoiEvent, notifyEoiEvent } from '../../realtime/eoi-events.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { draftAgreementForAcceptedQuote } from '../agreements/agreement.service.js';
import { requireEoi } from '../interest/eoi-access.service.js';
import type { EoiRecord } from '../interest/eoi-records.js';
import { quoteSide, visibleQuotesCondition } from './quote-access.js';
import { mailQuoteDecided, mailQuoteSent } from './quote-mail.js';
import { type QuoteRecord, type QuoteRow, quoteColumns, quotesFrom, toQuoteRecord } from './quote-records.js';

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

export type QuoteOutcome = { ok: true; quoteId: number } | { ok: false; errors: UserError[] };

/** What the office writes in a quote (the GraphQL input implements it). */
export interface QuoteFields {
  lines: QuoteLineData[];
  validUntil: string;
  conditions?: string | null;
  deliveryEstimate?: string | null;
  deliveryWeeks?: number | null;
}

async function readQuoteRow(db: Db, id: number): Promise<QuoteRow | undefined> {
  return (await quotesFrom(db).select(quoteColumns).where('q.id', '=', id).executeTakeFirst()) as QuoteRow | undefined;
}

/** The quote as the viewer may read it, or null when it is not theirs to see (or not there). */
export async function findVisibleQuote(db: Db, viewer: Viewer | null, id: number): Promise<QuoteRecord | null> {
  const row = await readQuoteRow(db, id);
  if (!row) return null;
  const side = quoteSide(viewer, {
    companyId: row.company_id,
    institutionId: row.institution_id,
    platformId: row.platform_id,
  });
  return side ? toQuoteRecord(row, side) : null;
}

/** Every version of each EoI's quotes, newest first, for a viewer on one side of them: one statement. */
export async function quotesOfEois(db: Db, viewer: Viewer | null, eoiIds: readonly number[]): Promise<QuoteRecord[][]> {
  const rows = (await quotesFrom(db)
    .select(quoteColumns)
    .where('q.eoi_id', '=', (eb) => eb.fn.any(eb.val([...eoiIds])))
    .orderBy('q.version', 'desc')
    .execute()) as QuoteRow[];
  const today = isoDay(new Date());
  return eoiIds.map((eoiId) =>
    rows.flatMap((row) => {
      if (row.id !== eoiId) return [];
      const side = quoteSide(viewer, {
        companyId: row.company_id,
        institutionId: row.institution_id,
        platformId: row.platform_id,
      });
      return side ? [toQuoteRecord(row, side, today)] : [];
    }),
  );
}

/** The statuses of a request's quotes, every version: an accepted one starts its delivery (`deliveryMayStart`). */
export async function quoteStatusesOf(db: Db, eoiId: number): Promise<StoredQuoteStatus[]> {
  const rows = await db.selectFrom('quote').select('status').where('eoi_id', '=', eoiId).execute();
  return rows.map((row) => row.status);
}

/**
 * The quotes the viewer may see, newest first (by when they were sent): their company's for a company member, their
 * institute's for an officer, all for admins; none for anyone else. The count is a function, so that a page that
 * does not ask for it costs no statement.
 */
export async function listQuotes(
  db: Db,
  viewer: Viewer | null,
  args: { first: number; after: string | null },
): Promise<{
  edges: { cursor: string; node: QuoteRecord }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}> {
  if (!viewer) throw unauthenticated();
  const after = args.after ? decodeCursor(args.after, 'QUOTES', ['timestamp', 'id']) : null;
  const visible = visibleQuotesCondition(viewer);
  const rows = (await quotesFrom(db)
    .select(quoteColumns)
    .select(sql<string>`q.sent_at::text`.as('sent_key'))
    .where(visible)
    .$if(after !== null, (query) =>
      query.where(sql<boolean>`(q.sent_at, q.id) < (${after?.[0]}::timestamptz, ${after?.[1]})`),
    )
    .orderBy('q.sent_at', 'desc')
    .orderBy('q.id', 'desc')
    .limit(args.first + 1)
    .execute()) as (QuoteRow & { sent_key: string })[];
  const today = isoDay(new Date());
  const page = keysetPage(rows, args.first, Boolean(after), (row) => ({
    cursor: encodeCursor('QUOTES', [row.sent_key, row.quote_id]),
    // Every row passed the visibility condition, which says the same as quoteSide.
    node: toQuoteRecord(
      row,
      quoteSide(viewer, {
        companyId: row.company_id,
        institutionId: row.institution_id,
        platformId: row.platform_id,
      }) ?? 'COMPANY',
      today,
    ),
  }));
  const totalCount = async () => {
    const { count } = await quotesFrom(db)
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where(visible)
      .executeTakeFirstOrThrow();
    return Number(count);
  };
  return { ...page, totalCount };
}

/** The latest version of a request's quotes (under the EoI's lock), or null. */
async function latestQuote(db: Db, eoiId: number) {
  const row = await db
    .selectFrom('quote')
    .select(['id', 'version', 'status', sql<string>`valid_until::text`.as('valid_until_day')])
    .where('eoi_id', '=', eoiId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { ...row, status: quoteStatusOn(row.status, row.valid_until_day, isoDay(new Date())) } : null;
}

/** The office's texts, trimmed as stored, and the rules of shared/quote-rules.ts over them. */
function checkedFields(input: QuoteFields): { data: QuoteData; errors: UserError[] } {
  const data: QuoteData = {
    lines: input.lines.map((line) => ({ ...line, description: line.description.trim(), unit: line.unit.trim() })),
    validUntil: input.validUntil,
    conditions: input.conditions?.trim() ?? '',
    deliveryEstimate: input.deliveryEstimate?.trim() ?? '',
    deliveryWeeks: input.deliveryWeeks ?? null,
  };
  return { data, errors: validateQuote(data, isoDay(new Date())).map(fieldError) };
}

/** Writes version n+1 of a request's quote, sent now, superseding an open one; mails the requester. */
async function writeVersion(
  db: Db,
  viewer: Viewer,
  eoi: EoiRecord,
  data: QuoteData,
  version: number,
  language: Language,
  publicUrl: string,
): Promise<number> {
  await db
    .updateTable('quote')
    .set({ status: sql.lit<StoredQuoteStatus>(QuoteStatus.SUPERSEDED) })
    .where('eoi_id', '=', eoi.dbId)
    .where('status', '=', sql.lit<StoredQuoteStatus>(QuoteStatus.SENT))
    .execute();
  const totals = quoteTotals(data.lines);
  const { id } = await db
    .insertInto('quote')
    .values({
      eoi_id: eoi.dbId,
      version,
      status: QuoteStatus.SENT,
      valid_until: data.validUntil,
      conditions: data.conditions,
      delivery_estimate: data.deliveryEstimate,
      delivery_weeks: data.deliveryWeeks,
      currency: 'EUR',
      net_cents: totals.netCents,
      vat_cents: totals.vatCents,
      gross_cents: totals.grossCents,
      language,
      created_by_id: viewer.userId,
      created_at: NOW,
      sent_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('quote_line')
    .values(
      data.lines.map((line, position) => {
        const figures = lineFigures(line);
        return {
          quote_id: id,
          position,
          description: line.description,
          quantity_hundredths: line.quantityHundredths,
          unit: line.unit,
          unit_price_cents: line.unitPriceCents,
          vat_basis_points: line.vatBasisPoints,
          net_cents: figures.netCents,
          vat_cents: figures.vatCents,
        };
      }),
    )
    .execute();
  // A quote is the office's reply: it counts as its first response, and as activity on the request.
  await db
    .updateTable('expression_of_interest')
    .set((eb) => ({
      first_response_at: eb.fn.coalesce('first_response_at', NOW),
      last_activity_at: NOW,
      updated_at: NOW,
    }))
    .where('id', '=', eoi.dbId)
    .execute();
  await notifyEoiEvent(db, eoiEvent(eoi, 'UPDATED', false));
  await mailQuoteSent(db, { eoi, version, grossCents: totals.grossCents, validUntil: data.validUntil }, publicUrl);
  return id;
}

/**
 * The office sends a quote on a service request of its institute: version 1, or the next one after a declined or
 * expired quote (an open one is revised instead, an accepted one is final).
 */
export async function sendQuote(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: QuoteFields & { eoiId: string },
  publicUrl: string,
  language: Language,
): Promise<QuoteOutcome> {
  const { eoi, side } = await requireEoi(db, viewer, input.eoiId, { forUpdate: true });
  if (side !== 'OFFICE') throw forbidden('QUOTES_OFFICE_ONLY');
  if (!isQuotableInterest(eoi.interestType))
    return { ok: false, errors: [userError('QUOTE_SERVICE_REQUESTS_ONLY', 'eoiId')] };
  if (!EOI_STATUSES_FOR_QUOTES.includes(eoi.status))
    return { ok: false, errors: [userError('QUOTE_EOI_CLOSED', 'eoiId')] };
  const latest = await latestQuote(db, eoi.dbId);
  if (!maySendQuote(eoi.status, latest?.status ?? null)) {
    const code = latest?.status === QuoteStatus.ACCEPTED ? 'QUOTE_ALREADY_ACCEPTED' : 'QUOTE_OPEN_EXISTS';
    return { ok: false, errors: [userError(code, 'eoiId')] };
  }
  const { data, errors } = checkedFields(input);
  if (errors.length) return { ok: false, errors };
  await limiter.consume('QUOTES_PER_ACCOUNT', String(viewer.userId));
  const quoteId = await writeVersion(db, viewer, eoi, data, (latest?.version ?? 0) + 1, language, publicUrl);
  return { ok: true, quoteId };
}

/**
 * For a move on one quote: the quote and its EoI (locked), once the viewer is known to be on the side the move
 * needs and the move is open to them now. One the viewer may not see is refused like a missing one.
 */
async function requireQuoteMove(db: Db, viewer: Viewer, globalId: string, move: QuoteMove) {
  const parsed = parseGlobalId(globalId);
  const row = parsed?.type === 'Quote' ? await readQuoteRow(db, parsed.id) : undefined;
  const seen = row
    ? quoteSide(viewer, { companyId: row.company_id, institutionId: row.institution_id, platformId: row.platform_id })
    : null;
  if (!row || !seen) throw forbidden('QUOTE_NOT_VISIBLE');
  const { eoi, side } = await requireEoi(db, viewer, toGlobalId('ExpressionOfInterest', row.id), { forUpdate: true });
  const needed = move === 'REVISE' ? 'OFFICE' : 'COMPANY';
  if (side !== needed) throw forbidden(needed === 'OFFICE' ? 'QUOTES_OFFICE_ONLY' : 'QUOTES_COMPANY_ONLY');
  // Read again under the EoI's lock: a concurrent revision or decision has either finished or not begun.
  const current = toQuoteRecord((await readQuoteRow(db, row.quote_id))!, side);
  const moves = allowedQuoteMoves(side, { status: current.status, latest: current.latest, eoiStatus: eoi.status });
  return { eoi, quote: current, allowed: moves.includes(move) };
}

/** The office revises the latest quote (sent, or expired): the next version, which supersedes it. */
export async function reviseQuote(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: QuoteFields & { quoteId: string },
  publicUrl: string,
  language: Language,
): Promise<QuoteOutcome> {
  const { eoi, quote, allowed } = await requireQuoteMove(db, viewer, input.quoteId, 'REVISE');
  if (!allowed) return { ok: false, errors: [userError('QUOTE_MOVE_NOT_ALLOWED', 'quoteId')] };
  const { data, errors } = checkedFields(input);
  if (errors.length) return { ok: false, errors };
  await limiter.consume('QUOTES_PER_ACCOUNT', String(viewer.userId));
  const quoteId = await writeVersion(db, viewer, eoi, data, quote.version + 1, language, publicUrl);
  return { ok: true, quoteId };
}

/**
 * A member of the requesting company accepts the latest, valid quote: who and when are recorded, the request moves
 * on to negotiation (as far as the EoI workflow goes) and a service agreement is drafted from it; the office is told.
 */
export async function acceptQuote(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: { quoteId: string },
  publicUrl: string,
): Promise<QuoteOutcome> {
  const { eoi, quote, allowed } = await requireQuoteMove(db, viewer, input.quoteId, 'ACCEPT');
  if (!allowed) return { ok: false, errors: [userError('QUOTE_MOVE_NOT_ALLOWED', 'quoteId')] };
  await limiter.consume('QUOTE_DECISIONS_PER_ACCOUNT', String(viewer.userId));
  await db
    .updateTable('quote')
    .set({ status: QuoteStatus.ACCEPTED, decided_by_id: viewer.userId, decided_at: NOW })
    .where('id', '=', quote.dbId)
    .execute();
  // The request moves on to negotiation along the office's workflow: the acceptance's steps, with no actor (the
  // quote records who accepted it), so the history stays a path the workflow allows.
  const steps = eoiStepsAfterQuoteAccepted(eoi.status);
  let from = eoi.status;
  for (const step of steps) {
    await db
      .insertInto('eoi_transition')
      .values({ eoi_id: eoi.dbId, actor_id: null, from_status: from, to_status: step, at: NOW })
      .execute();
    from = step;
  }
  const to = from;
  await db
    .updateTable('expression_of_interest')
    .set({ status: to, last_activity_at: NOW, updated_at: NOW })
    .where('id', '=', eoi.dbId)
    .execute();
  const title = await db.selectFrom('asset').select('title').where('id', '=', eoi.assetId).executeTakeFirstOrThrow();
  await draftAgreementForAcceptedQuote(
    db,
    { ...eoi, status: to },
    `${quote.language === 'it' ? 'Contratto di servizio' : 'Service agreement'}: ${title.title}`,
    quote.language,
  );
  await notifyEoiEvent(db, eoiEvent(eoi, 'UPDATED', false));
  await mailQuoteDecided(db, { eoi, version: quote.version, reason: null, comment: '' }, publicUrl);
  return { ok: true, quoteId: quote.dbId };
}

/** A member of the requesting company declines the latest, valid quote, with a reason and an optional comment. */
export async function declineQuote(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: { quoteId: string; reason: QuoteDeclineReason; comment?: string | null },
  publicUrl: string,
  language: Language,
): Promise<QuoteOutcome> {
  const { eoi, quote, allowed } = await requireQuoteMove(db, viewer, input.quoteId, 'DECLINE');
  if (!allowed) return { ok: false, errors: [userError('QUOTE_MOVE_NOT_ALLOWED', 'quoteId')] };
  const comment = input.comment?.trim() ?? '';
  const problems = validateQuoteDecline(input.reason, comment);
  if (problems.length) return { ok: false, errors: problems.map(fieldError) };
  await limiter.consume('QUOTE_DECISIONS_PER_ACCOUNT', String(viewer.userId));
  await db
    .updateTable('quote')
    .set({
      status: QuoteStatus.DECLINED,
      decided_by_id: viewer.userId,
      decided_at: NOW,
      decline_reason: input.reason,
      decline_comment: comment || null,
      decline_comment_language: comment ? language : null,
    })
    .where('id', '=', quote.dbId)
    .execute();
  await db
    .updateTable('expression_of_interest')
    .set({ last_activity_at: NOW, updated_at: NOW })
    .where('id', '=', eoi.dbId)
    .execute();
  await notifyEoiEvent(db, eoiEvent(eoi, 'UPDATED', false));
  await mailQuoteDecided(db, { eoi, version: quote.version, reason: input.reason, comment }, publicUrl);
  return { ok: true, quoteId: quote.dbId };
}

/** Whether the viewer may send a new quote on this EoI now (its office, on an open service request). */
export async function maySendQuoteOn(db: Db, viewer: Viewer | null, eoi: EoiRecord): Promise<boolean> {
  if (quoteSide(viewer, eoi) !== 'OFFICE' || !isQuotableInterest(eoi.interestType)) return false;
  const latest = await latestQuote(db, eoi.dbId);
  return maySendQuote(eoi.status, latest?.status ?? null);
}

import type { Db } from '@tt/db/database';
import {
  AgreementStatus,
  type AgreementType,
  agreementStatusProblems,
  agreementTypeForInterest,
  canTransitionAgreement,
  EOI_STATUSES_FOR_AGREEMENTS,
  hasFinancialTerms,
  isAgreementInForce,
  type LicenseExclusivity,
  type RoyaltyReportingPeriod,
  validateAgreement,
} from '@tt/shared/agreement-rules';
import { UserRole } from '@tt/shared/company-enums';
import type { EoiStatus } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import { isoDay } from '@tt/shared/technology-request-rules';
import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { isOfficeOf, officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage } from '../../pagination/page-info.js';
import { expectGlobalId, parseGlobalId } from '../../schema/global-id.js';
import { findVisibleEoi } from '../interest/eoi-access.service.js';
import { type AgreementSide, agreementSide, visibleAgreementsCondition } from './agreement-access.js';
import {
  type AgreementPage,
  type AgreementRecord,
  type AgreementRow,
  agreementColumns,
  agreementsFrom,
  readAgreementRow,
  scopeOfRow,
  toAgreementRecord,
} from './agreement-records.js';
import { listingsOfAgreements, recomputeListingAvailability } from './listing-availability.service.js';

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

export type AgreementOutcome = { ok: true; agreementId: number } | { ok: false; errors: UserError[] };

/** The agreement as the viewer may read it, and their side of it; null when it is not theirs to see (or not there). */
export async function findVisibleAgreement(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<{ agreement: AgreementRecord; side: AgreementSide } | null> {
  const row = await readAgreementRow(db, id);
  if (!row) return null;
  const side = agreementSide(viewer, scopeOfRow(row));
  return side ? { agreement: toAgreementRecord(row, side), side } : null;
}

/**
 * For changes: the agreement, locked, once the viewer is known to be its office. One the viewer may not see is
 * refused like a missing one; one they see from another side (company, inventor) is refused as office-only.
 */
export async function requireOfficeAgreement(db: Db, viewer: Viewer | null, globalId: string): Promise<AgreementRow> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(globalId);
  const row = parsed?.type === 'Agreement' ? await readAgreementRow(db, parsed.id, { forUpdate: true }) : null;
  const side = row ? agreementSide(viewer, scopeOfRow(row)) : null;
  if (!row || !side) throw forbidden('AGREEMENT_NOT_VISIBLE');
  if (side !== 'OFFICE') throw forbidden('AGREEMENTS_OFFICE_ONLY');
  return row;
}

export interface AgreementFilter {
  statuses?: AgreementStatus[] | null;
  types?: AgreementType[] | null;
  institutionId?: string | null;
  companyId?: string | null;
  listingId?: string | null;
  eoiId?: string | null;
}

type AgreementExpressions =
  ReturnType<typeof agreementsFrom> extends SelectQueryBuilder<infer DB, infer TB, infer _O>
    ? ExpressionBuilder<DB, TB>
    : never;

function conditions(viewer: Viewer, filter: AgreementFilter) {
  return (eb: AgreementExpressions): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = [visibleAgreementsCondition(viewer)];
    if (filter.statuses?.length)
      parts.push(eb('g.status', '=', sql<AgreementStatus>`any(${filter.statuses}::agreement_status[])`));
    if (filter.types?.length) parts.push(eb('g.type', '=', sql<AgreementType>`any(${filter.types}::agreement_type[])`));
    if (filter.institutionId)
      parts.push(
        eb('g.institution_id', '=', expectGlobalId(filter.institutionId, 'Institution', 'filter.institutionId')),
      );
    if (filter.companyId)
      parts.push(eb('g.company_id', '=', expectGlobalId(filter.companyId, 'Company', 'filter.companyId')));
    if (filter.eoiId)
      parts.push(eb('l.eoi_id', '=', expectGlobalId(filter.eoiId, 'ExpressionOfInterest', 'filter.eoiId')));
    if (filter.listingId) {
      const assetId = expectGlobalId(filter.listingId, 'Asset', 'filter.listingId');
      parts.push(
        eb.exists(
          eb
            .selectFrom('agreement_listing as x')
            .select('x.id')
            .whereRef('x.agreement_id', '=', 'g.id')
            .where('x.asset_id', '=', assetId),
        ),
      );
    }
    return eb.and(parts);
  };
}

/**
 * The agreements the viewer may see, most recently changed first: the office's of its institute (admins all), the
 * company's made from its EoIs, an inventor's on their listings; nothing for anyone else. The count is a function,
 * so that a page that does not ask for it costs no statement.
 */
export async function listAgreements(
  db: Db,
  viewer: Viewer | null,
  args: { filter: AgreementFilter; first: number; after: string | null },
): Promise<AgreementPage & { totalCount: () => Promise<number> }> {
  if (!viewer) throw unauthenticated();
  const after = args.after ? decodeCursor(args.after, 'AGREEMENTS', ['timestamp', 'id']) : null;
  const where = conditions(viewer, args.filter);
  const rows = (await agreementsFrom(db)
    .select(agreementColumns)
    .select((eb) => sql<string>`${eb.ref('g.updated_at')}::text`.as('updated_key'))
    .where((eb) =>
      after
        ? eb.and([
            where(eb),
            sql<SqlBool>`(${eb.ref('g.updated_at')}, ${eb.ref('g.id')}) < (${after[0]}::timestamptz, ${after[1]})`,
          ])
        : where(eb),
    )
    .orderBy('g.updated_at', 'desc')
    .orderBy('g.id', 'desc')
    .limit(args.first + 1)
    .execute()) as (AgreementRow & { updated_key: string })[];
  const page = keysetPage(rows, args.first, Boolean(after), (row) => ({
    cursor: encodeCursor('AGREEMENTS', [row.updated_key, row.id]),
    // Every row passed the visibility condition, which says the same as agreementSide.
    node: toAgreementRecord(row, agreementSide(viewer, scopeOfRow(row)) ?? 'COMPANY'),
  }));
  const totalCount = async () => {
    const { count } = await agreementsFrom(db)
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where(where)
      .executeTakeFirstOrThrow();
    return Number(count);
  };
  return { ...page, totalCount };
}

/** The agreements of each EoI (made from it, or that closed it), oldest first: one statement for any number. */
export async function agreementRowsOfEois(db: Db, eoiIds: readonly number[]): Promise<AgreementRow[][]> {
  const rows = (await agreementsFrom(db)
    .select(agreementColumns)
    .where('l.eoi_id', '=', (eb) => eb.fn.any(eb.val([...eoiIds])))
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute()) as AgreementRow[];
  return eoiIds.map((id) => rows.filter((row) => row.eoi_id === id));
}

/** The viewer's side of an agreement row (for records read in batches). */
export function agreementAsSeenBy(viewer: Viewer | null, row: AgreementRow): AgreementRecord | null {
  const side = agreementSide(viewer, scopeOfRow(row));
  return side ? toAgreementRecord(row, side) : null;
}

/** What the office writes about an agreement; on update, a field left out stays as it is. */
export interface AgreementFields {
  title?: string | null;
  type?: AgreementType | null;
  listingIds?: string[] | null;
  ownerId?: string | null;
  exclusivity?: LicenseExclusivity | null;
  fieldOfUse?: string | null;
  territory?: string | null;
  signatureDate?: string | null;
  effectiveDate?: string | null;
  expiryDate?: string | null;
  notes?: string | null;
  termsSharedWithInventors?: boolean | null;
  royaltyRateBasisPoints?: number | null;
  royaltyReportingPeriod?: RoyaltyReportingPeriod | null;
}

export interface CreateAgreementFields extends AgreementFields {
  /** The EoI it starts from: its institute, company, listing and (by its interest) type come with it. */
  fromEoiId?: string | null;
  /** Admins name the institute; an officer's is their own. */
  institutionId?: string | null;
  companyId?: string | null;
}

/** Text as stored: trimmed, and null when empty. */
const optionalText = (value: string | null | undefined) => value?.trim() || null;

/** The listings named, checked to be the institute's (any status: a licence may cover a listing taken down). */
async function resolveListings(
  db: Db,
  institutionId: number,
  globalIds: readonly string[],
  errors: UserError[],
): Promise<number[]> {
  const ids = [
    ...new Set(globalIds.map((id) => parseGlobalId(id)).map((parsed) => (parsed?.type === 'Asset' ? parsed.id : 0))),
  ];
  if (ids.length === 0) return [];
  const found = ids.includes(0)
    ? []
    : await db
        .selectFrom('asset')
        .select('id')
        .where('id', '=', (eb) => eb.fn.any(eb.val(ids)))
        .where('institution_id', '=', institutionId)
        .execute();
  if (found.length !== ids.length) errors.push(userError('AGREEMENT_LISTING_INVALID', 'listingIds'));
  return ids;
}

/** The owner named: an active officer of the institute. */
async function resolveOwner(
  db: Db,
  institutionId: number,
  globalId: string,
  errors: UserError[],
): Promise<number | null> {
  const parsed = parseGlobalId(globalId);
  const found =
    parsed?.type === 'User'
      ? await db
          .selectFrom('app_user')
          .select('id')
          .where('id', '=', parsed.id)
          .where('role', '=', sql.lit(UserRole.TT_OFFICER))
          .where('institution_id', '=', institutionId)
          .where('disabled_at', 'is', null)
          .executeTakeFirst()
      : undefined;
  if (!found) errors.push(userError('AGREEMENT_OWNER_INVALID', 'ownerId'));
  return found?.id ?? null;
}

async function replaceListings(db: Db, agreementId: number, assetIds: readonly number[]): Promise<void> {
  await db.deleteFrom('agreement_listing').where('agreement_id', '=', agreementId).execute();
  if (assetIds.length === 0) return;
  await db
    .insertInto('agreement_listing')
    .values(assetIds.map((assetId) => ({ agreement_id: agreementId, asset_id: assetId })))
    .execute();
}

/** Where a new agreement belongs: its institute and company, and what an EoI it starts from brings along. */
async function partiesOf(
  db: Db,
  viewer: Viewer,
  input: CreateAgreementFields,
  errors: UserError[],
): Promise<{
  institutionId: number;
  companyId: number;
  eoiId: number | null;
  listingIds: number[];
  type: AgreementType | null;
} | null> {
  if (input.fromEoiId) {
    const parsed = parseGlobalId(input.fromEoiId);
    const found = parsed?.type === 'ExpressionOfInterest' ? await findVisibleEoi(db, viewer, parsed.id) : null;
    if (!found) throw forbidden('EOI_NOT_VISIBLE');
    if (found.side !== 'OFFICE') throw forbidden('AGREEMENTS_OFFICE_ONLY');
    if (!EOI_STATUSES_FOR_AGREEMENTS.includes(found.eoi.status)) {
      errors.push(userError('AGREEMENT_EOI_INVALID', 'fromEoiId'));
      return null;
    }
    return {
      institutionId: found.eoi.institutionId,
      companyId: found.eoi.companyId,
      eoiId: found.eoi.dbId,
      listingIds: [found.eoi.assetId],
      type: agreementTypeForInterest(found.eoi.interestType),
    };
  }
  const office = officeScope(viewer);
  if (!office) throw forbidden('AGREEMENTS_OFFICE_ONLY');
  let institutionId: number | null = 'all' in office ? null : office.institutionId;
  if (input.institutionId) {
    const named = expectGlobalId(input.institutionId, 'Institution', 'input.institutionId');
    if (!isOfficeOf(viewer, named)) throw forbidden('AGREEMENTS_OFFICE_ONLY');
    institutionId = named;
  }
  if (institutionId === null) {
    errors.push(userError('AGREEMENT_INSTITUTE_REQUIRED', 'institutionId'));
    return null;
  }
  const parsed = input.companyId ? parseGlobalId(input.companyId) : null;
  const company =
    parsed?.type === 'Company'
      ? await db.selectFrom('company').select('id').where('id', '=', parsed.id).executeTakeFirst()
      : undefined;
  if (!company) {
    errors.push(userError('AGREEMENT_COMPANY_INVALID', 'companyId'));
    return null;
  }
  return { institutionId, companyId: company.id, eoiId: null, listingIds: [], type: null };
}

/** The rules of shared/agreement-rules.ts over an agreement as it is to be. */
function problemsOf(
  fields: {
    type: AgreementType;
    title: string;
    exclusivity: LicenseExclusivity | null;
    fieldOfUse: string | null;
    territory: string | null;
    notes: string;
    listingCount: number;
    royaltyRateBasisPoints: number | null;
    royaltyReportingPeriod: RoyaltyReportingPeriod | null;
    signatureDate: string | null;
    effectiveDate: string | null;
    expiryDate: string | null;
  },
  status: AgreementStatus,
): UserError[] {
  return [
    ...validateAgreement(fields),
    // The dates its status needs stay (whether its expiry has come is the move's question, not an edit's).
    ...agreementStatusProblems(status, fields, '9999-12-31'),
  ].map(fieldError);
}

/**
 * The office records an agreement, in DRAFTING: on its own (naming the company), or from an expression of interest
 * of its institute (its company, listing and, by its interest, type come along, and the EoI shows it).
 */
export async function createAgreement(
  db: Db,
  viewer: Viewer,
  input: CreateAgreementFields,
  /** The page's language: what the office writes the texts in. */
  language: Language = 'en',
): Promise<AgreementOutcome> {
  const errors: UserError[] = [];
  const parties = await partiesOf(db, viewer, input, errors);
  if (!parties) return { ok: false, errors };
  const type = input.type ?? parties.type;
  if (!type) return { ok: false, errors: [userError('KIND_INVALID', 'type')] };
  const listingIds = input.listingIds
    ? await resolveListings(db, parties.institutionId, input.listingIds, errors)
    : parties.listingIds;
  const ownerId = input.ownerId
    ? await resolveOwner(db, parties.institutionId, input.ownerId, errors)
    : viewer.role === UserRole.TT_OFFICER
      ? viewer.userId
      : null;
  const fields = {
    type,
    title: input.title?.trim() ?? '',
    exclusivity: input.exclusivity ?? null,
    fieldOfUse: optionalText(input.fieldOfUse),
    territory: optionalText(input.territory),
    notes: input.notes?.trim() ?? '',
    listingCount: listingIds.length,
    royaltyRateBasisPoints: input.royaltyRateBasisPoints ?? null,
    royaltyReportingPeriod: input.royaltyReportingPeriod ?? null,
    signatureDate: input.signatureDate || null,
    effectiveDate: input.effectiveDate || null,
    expiryDate: input.expiryDate || null,
  };
  errors.push(...problemsOf(fields, AgreementStatus.DRAFTING));
  if (errors.length) return { ok: false, errors };
  const { id } = await db
    .insertInto('agreement')
    .values({
      institution_id: parties.institutionId,
      company_id: parties.companyId,
      type,
      title: fields.title,
      exclusivity: fields.exclusivity,
      field_of_use: fields.fieldOfUse,
      territory: fields.territory,
      language,
      signature_date: fields.signatureDate,
      effective_date: fields.effectiveDate,
      expiry_date: fields.expiryDate,
      owner_id: ownerId,
      notes: fields.notes,
      terms_shared_with_inventors: input.termsSharedWithInventors ?? false,
      royalty_rate_basis_points: fields.royaltyRateBasisPoints,
      royalty_reporting_period: fields.royaltyReportingPeriod,
      created_at: NOW,
      updated_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceListings(db, id, listingIds);
  if (parties.eoiId !== null) {
    await db
      .insertInto('eoi_agreement')
      .values({ eoi_id: parties.eoiId, agreement_id: id, closes_eoi: false, created_at: NOW })
      .execute();
  }
  return { ok: true, agreementId: id };
}

/** Whether an edit changes what the office wrote (title, field of use, territory, notes). */
function textsChanged(
  row: { title: string; field_of_use: string | null; territory: string | null; notes: string },
  fields: { title: string; fieldOfUse: string | null; territory: string | null; notes: string },
): boolean {
  return (
    fields.title !== row.title ||
    fields.fieldOfUse !== row.field_of_use ||
    fields.territory !== row.territory ||
    fields.notes !== row.notes
  );
}

/** The office saves an agreement's fields; those left out stay as they are. */
export async function updateAgreement(
  db: Db,
  viewer: Viewer,
  input: AgreementFields & { id: string },
  publicUrl: string,
  /** The page's language: what the office wrote the texts in, when it changed them. */
  language: Language = 'en',
): Promise<AgreementOutcome> {
  const row = await requireOfficeAgreement(db, viewer, input.id);
  const errors: UserError[] = [];
  const type = input.type ?? row.type;
  const signed = row.status !== AgreementStatus.DRAFTING && row.status !== AgreementStatus.UNDER_NEGOTIATION;
  if (type !== row.type && signed && row.status !== AgreementStatus.ABANDONED)
    errors.push(userError('AGREEMENT_TYPE_FIXED_ONCE_SIGNED', 'type'));
  if (type !== row.type && !hasFinancialTerms(type)) {
    const { count } = await db
      .selectFrom('agreement_milestone')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('agreement_id', '=', row.id)
      .executeTakeFirstOrThrow();
    if (Number(count) > 0) errors.push(userError('AGREEMENT_FINANCIAL_TERMS_ONLY', 'type'));
  }
  const listingIds =
    input.listingIds != null ? await resolveListings(db, row.institution_id, input.listingIds, errors) : null;
  const ownerId =
    input.ownerId === undefined
      ? row.owner_id
      : input.ownerId === null
        ? null
        : await resolveOwner(db, row.institution_id, input.ownerId, errors);
  const pick = <T>(given: T | undefined, current: T) => (given === undefined ? current : given);
  const fields = {
    type,
    title: input.title != null ? input.title.trim() : row.title,
    exclusivity: pick(input.exclusivity, row.exclusivity),
    fieldOfUse: input.fieldOfUse === undefined ? row.field_of_use : optionalText(input.fieldOfUse),
    territory: input.territory === undefined ? row.territory : optionalText(input.territory),
    notes: input.notes != null ? input.notes.trim() : row.notes,
    listingCount: listingIds?.length ?? 0,
    royaltyRateBasisPoints: pick(input.royaltyRateBasisPoints, row.royalty_rate_basis_points),
    royaltyReportingPeriod: pick(input.royaltyReportingPeriod, row.royalty_reporting_period),
    signatureDate: input.signatureDate === undefined ? row.signature_day : input.signatureDate || null,
    effectiveDate: input.effectiveDate === undefined ? row.effective_day : input.effectiveDate || null,
    expiryDate: input.expiryDate === undefined ? row.expiry_day : input.expiryDate || null,
  };
  errors.push(...problemsOf(fields, row.status));
  if (errors.length) return { ok: false, errors };
  await db
    .updateTable('agreement')
    .set({
      type,
      title: fields.title,
      exclusivity: fields.exclusivity,
      field_of_use: fields.fieldOfUse,
      territory: fields.territory,
      // A change of its texts is in the language of the page it was made on.
      ...(textsChanged(row, fields) ? { language } : {}),
      signature_date: fields.signatureDate,
      effective_date: fields.effectiveDate,
      expiry_date: fields.expiryDate,
      owner_id: ownerId,
      notes: fields.notes,
      terms_shared_with_inventors: input.termsSharedWithInventors ?? row.terms_shared_with_inventors,
      royalty_rate_basis_points: fields.royaltyRateBasisPoints,
      royalty_reporting_period: fields.royaltyReportingPeriod,
      // A new expiry date means a new reminder before it.
      ...(fields.expiryDate !== row.expiry_day ? { expiry_reminder_sent_at: null } : {}),
      updated_at: NOW,
    })
    .where('id', '=', row.id)
    .execute();
  // An agreement in force binds its listings' availability: those it covered and those it covers now.
  const covered = isAgreementInForce(row.status) ? await listingsOfAgreements(db, [row.id]) : [];
  if (listingIds) await replaceListings(db, row.id, listingIds);
  if (isAgreementInForce(row.status)) {
    await recomputeListingAvailability(db, [...covered, ...(listingIds ?? [])], publicUrl);
  }
  return { ok: true, agreementId: row.id };
}

/**
 * The office moves an agreement along the workflow of shared/agreement-rules.ts, with the dates the new status
 * needs (given with the move, or already recorded): a signature date to be SIGNED, an effective date to be ACTIVE.
 */
export async function transitionAgreement(
  db: Db,
  viewer: Viewer,
  input: {
    id: string;
    to: AgreementStatus;
    signatureDate?: string | null;
    effectiveDate?: string | null;
    expiryDate?: string | null;
  },
  publicUrl: string,
): Promise<AgreementOutcome> {
  const row = await requireOfficeAgreement(db, viewer, input.id);
  if (!canTransitionAgreement(row.status, input.to)) {
    return {
      ok: false,
      errors: [userError('AGREEMENT_TRANSITION_NOT_ALLOWED', 'to', { from: row.status, to: input.to })],
    };
  }
  const dates = {
    signatureDate: input.signatureDate || row.signature_day,
    effectiveDate: input.effectiveDate || row.effective_day,
    expiryDate: input.expiryDate || row.expiry_day,
  };
  const problems = [
    ...validateAgreement({
      type: row.type,
      title: row.title,
      exclusivity: row.exclusivity,
      fieldOfUse: row.field_of_use,
      territory: row.territory,
      notes: row.notes,
      listingCount: 0,
      royaltyRateBasisPoints: row.royalty_rate_basis_points,
      royaltyReportingPeriod: row.royalty_reporting_period,
      ...dates,
    }),
    ...agreementStatusProblems(input.to, dates, isoDay(new Date())),
  ];
  if (problems.length) return { ok: false, errors: problems.map(fieldError) };
  await db
    .updateTable('agreement')
    .set({
      status: input.to,
      signature_date: dates.signatureDate,
      effective_date: dates.effectiveDate,
      expiry_date: dates.expiryDate,
      ...(dates.expiryDate !== row.expiry_day ? { expiry_reminder_sent_at: null } : {}),
      updated_at: NOW,
    })
    .where('id', '=', row.id)
    .execute();
  // Coming into force or leaving it moves the availability of the listings it covers.
  if (isAgreementInForce(row.status) !== isAgreementInForce(input.to)) {
    await recomputeListingAvailability(db, await listingsOfAgreements(db, [row.id]), publicUrl);
  }
  return { ok: true, agreementId: row.id };
}

/**
 * Links the agreement that closed an EoI the office is moving to AGREED (run in the move's transaction): an
 * agreement of the EoI's institute and company, made from this EoI or from none. Returns the problem, or null.
 */
export async function linkClosingAgreement(
  db: Db,
  eoi: { dbId: number; institutionId: number; companyId: number },
  agreementGlobalId: string,
): Promise<UserError | null> {
  const parsed = parseGlobalId(agreementGlobalId);
  const row = parsed?.type === 'Agreement' ? await readAgreementRow(db, parsed.id, { forUpdate: true }) : null;
  const fits =
    row !== null &&
    row.institution_id === eoi.institutionId &&
    row.company_id === eoi.companyId &&
    (row.eoi_id === null || row.eoi_id === eoi.dbId);
  if (!fits) return userError('AGREEMENT_FOR_ANOTHER_EOI', 'agreementId');
  await db
    .insertInto('eoi_agreement')
    .values({ eoi_id: eoi.dbId, agreement_id: row.id, closes_eoi: true, created_at: NOW })
    .onConflict((conflict) => conflict.column('agreement_id').doUpdateSet({ closes_eoi: true }))
    .execute();
  return null;
}

/** Whether the viewer may start an agreement from this EoI now: its office, while it is far enough along. */
export function mayStartAgreementFrom(side: 'OFFICE' | 'COMPANY' | null, status: EoiStatus): boolean {
  return side === 'OFFICE' && EOI_STATUSES_FOR_AGREEMENTS.includes(status);
}

/**
 * Drafts the agreement an accepted quote leads to, in the acceptance's transaction: a DRAFTING agreement of the type
 * the EoI's interest calls for (a service agreement for a service request), made from the EoI, owned by its
 * assignee. None when the EoI already has one of that type still alive (not abandoned). Returns its id, or null.
 */
export async function draftAgreementForAcceptedQuote(
  db: Db,
  eoi: {
    dbId: number;
    institutionId: number;
    companyId: number;
    assetId: number;
    assigneeId: number | null;
    interestType: Parameters<typeof agreementTypeForInterest>[0];
    status: EoiStatus;
  },
  title: string,
  language: Language,
): Promise<number | null> {
  if (!EOI_STATUSES_FOR_AGREEMENTS.includes(eoi.status)) return null;
  const type = agreementTypeForInterest(eoi.interestType);
  const existing = await db
    .selectFrom('eoi_agreement as l')
    .innerJoin('agreement as g', 'g.id', 'l.agreement_id')
    .select('g.id')
    .where('l.eoi_id', '=', eoi.dbId)
    .where('g.type', '=', type)
    .where('g.status', '<>', sql.lit(AgreementStatus.ABANDONED))
    .executeTakeFirst();
  if (existing) return null;
  const { id } = await db
    .insertInto('agreement')
    .values({
      institution_id: eoi.institutionId,
      company_id: eoi.companyId,
      type,
      title: title.slice(0, 200),
      language,
      owner_id: eoi.assigneeId,
      notes: '',
      terms_shared_with_inventors: false,
      created_at: NOW,
      updated_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceListings(db, id, [eoi.assetId]);
  await db
    .insertInto('eoi_agreement')
    .values({ eoi_id: eoi.dbId, agreement_id: id, closes_eoi: false, created_at: NOW })
    .execute();
  return id;
}

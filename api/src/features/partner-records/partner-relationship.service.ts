import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { PARTNER_STATUSES, type PartnerStatus } from '@tt/shared/partner-rules';
import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage, type PageInfo } from '../../pagination/page-info.js';
import { expectGlobalId, parseGlobalId } from '../../schema/global-id.js';
import { mayKeepPartnerRecord, partnerRecordScope } from './partner-record-access.js';
import {
  type PartnerRelationshipRecord,
  type RelationshipRow,
  readRelationshipRow,
  relationshipSelection,
  toRelationshipRecord,
} from './partner-records.js';

export type PartnerOutcome =
  | { ok: true; partnerRelationship: PartnerRelationshipRecord }
  | { ok: false; errors: UserError[] };

function recordsFrom(db: Db) {
  return db.selectFrom('partner_relationship as r').innerJoin('company as c', 'c.id', 'r.company_id');
}
type RecordExpressions =
  ReturnType<typeof recordsFrom> extends SelectQueryBuilder<infer DB, infer TB, infer _O>
    ? ExpressionBuilder<DB, TB>
    : never;

/** Throws unless the viewer keeps partner records at all (officers, admins). */
function requireOffice(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (!partnerRecordScope(viewer)) throw forbidden('PARTNER_RECORDS_OFFICE_ONLY');
  return viewer;
}

export interface PartnerListArgs {
  query: string | null;
  statuses: PartnerStatus[];
  ownerId: string | null;
  institutionId: string | null;
  first: number;
  after: string | null;
}

/** The escaped ILIKE pattern of what was typed, or null for no search. */
function searchPattern(query: string | null): string | null {
  const text = query?.trim();
  if (!text) return null;
  if (text.length > SEARCH_QUERY_MAX_LENGTH)
    throw badInput('QUERY_TOO_LONG', 'query', { max: SEARCH_QUERY_MAX_LENGTH });
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The institute's records, by company name: an officer's institute; every institute (or the one named) for admins.
 * Search by company name ignores case and accents; filters by status and owner. The count is a function, so that a
 * page that does not ask for it costs no statement.
 */
export async function listPartnerRelationships(
  db: Db,
  viewer: Viewer | null,
  args: PartnerListArgs,
): Promise<{
  edges: { cursor: string; node: PartnerRelationshipRecord & { companyName: string } }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}> {
  const scope = partnerRecordScope(requireOffice(viewer))!;
  const pattern = searchPattern(args.query);
  const statuses = args.statuses.filter((status) => PARTNER_STATUSES.includes(status));
  const ownerId = args.ownerId ? expectGlobalId(args.ownerId, 'User', 'filter.ownerId') : null;
  const institutionId = args.institutionId
    ? expectGlobalId(args.institutionId, 'Institution', 'filter.institutionId')
    : null;
  const after = args.after ? decodeCursor(args.after, 'PARTNERS', ['text', 'id']) : null;

  const where = (eb: RecordExpressions): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = [];
    if ('institutionId' in scope) parts.push(eb('r.institution_id', '=', scope.institutionId));
    else if (institutionId !== null) parts.push(eb('r.institution_id', '=', institutionId));
    if (pattern) parts.push(sql<SqlBool>`unaccent(c.name) ilike unaccent(${pattern})`);
    if (statuses.length) parts.push(sql<SqlBool>`r.status = any(${statuses}::partner_status[])`);
    if (ownerId !== null) parts.push(eb('r.owner_id', '=', ownerId));
    return eb.and(parts);
  };
  const rows = await recordsFrom(db)
    .select(relationshipSelection)
    .select(['c.name as company_name', sql<string>`lower(c.name)`.as('sort_key')])
    .where((eb) =>
      after ? eb.and([where(eb), sql<SqlBool>`(lower(c.name), r.id) > (${after[0]}, ${after[1]})`]) : where(eb),
    )
    .orderBy(sql`lower(c.name)`)
    .orderBy('r.id')
    .limit(args.first + 1)
    .execute();
  const page = keysetPage(rows, args.first, Boolean(after), (row) => ({
    cursor: encodeCursor('PARTNERS', [row.sort_key, row.id]),
    node: { ...toRelationshipRecord(row), companyName: row.company_name },
  }));
  return {
    ...page,
    totalCount: async () => {
      const counted = await recordsFrom(db)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(where)
        .executeTakeFirst();
      return Number(counted?.n ?? 0);
    },
  };
}

/**
 * The institute's record of a company, or null (none yet, or not the viewer's to see). An officer's institute is
 * their own; an admin names it (null without one).
 */
export async function findPartnerRelationshipOfCompany(
  db: Db,
  viewer: Viewer | null,
  args: { companyId: string; institutionId: string | null },
): Promise<PartnerRelationshipRecord | null> {
  const scope = viewer ? partnerRecordScope(viewer) : null;
  if (!scope) return null;
  const companyId = expectGlobalId(args.companyId, 'Company', 'companyId');
  const institutionId =
    'institutionId' in scope
      ? scope.institutionId
      : args.institutionId
        ? expectGlobalId(args.institutionId, 'Institution', 'institutionId')
        : null;
  if (institutionId === null) return null;
  const row = await db
    .selectFrom('partner_relationship as r')
    .select(relationshipSelection)
    .where('r.company_id', '=', companyId)
    .where('r.institution_id', '=', institutionId)
    .executeTakeFirst();
  return row ? toRelationshipRecord(row) : null;
}

/** A record by its id, for `node(id)`: only its office sees it. */
export async function findVisiblePartnerRelationship(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<PartnerRelationshipRecord | null> {
  const row = await readRelationshipRow(db, id);
  return row && mayKeepPartnerRecord(viewer, row.institution_id) ? toRelationshipRecord(row) : null;
}

/** For changes: the record, locked, once the viewer is known to be its office; anything else is refused alike. */
export async function requireOfficeRelationship(
  db: Db,
  viewer: Viewer | null,
  globalId: string,
): Promise<RelationshipRow> {
  requireOffice(viewer);
  const parsed = parseGlobalId(globalId);
  const row =
    parsed?.type === 'PartnerRelationship' ? await readRelationshipRow(db, parsed.id, { forUpdate: true }) : null;
  if (!row || !mayKeepPartnerRecord(viewer, row.institution_id)) throw forbidden('PARTNER_RECORD_NOT_VISIBLE');
  return row;
}

/** An active officer of the institute, or a user error naming `ownerId`. */
async function ownerProblem(db: Db, ownerId: number, institutionId: number): Promise<UserError | null> {
  const owner = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', ownerId)
    .where('role', '=', UserRole.TT_OFFICER)
    .where('institution_id', '=', institutionId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return owner ? null : userError('PARTNER_OWNER_INVALID', 'ownerId');
}

function ownerIdOf(value: string | null | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const parsed = parseGlobalId(value);
  // Not a user's id: no such officer (the owner check says so).
  return parsed?.type === 'User' ? parsed.id : 0;
}

export async function createPartnerRelationship(
  db: Db,
  viewer: Viewer,
  input: {
    companyId: string;
    institutionId?: string | null;
    status: PartnerStatus;
    ownerId?: string | null;
    notes?: string | null;
  },
): Promise<PartnerOutcome> {
  const scope = partnerRecordScope(requireOffice(viewer))!;
  let institutionId: number;
  if ('institutionId' in scope) {
    // An officer names no institute, or their own.
    const named = input.institutionId ? expectGlobalId(input.institutionId, 'Institution', 'institutionId') : null;
    if (named !== null && named !== scope.institutionId) throw forbidden('PARTNER_RECORD_NOT_VISIBLE');
    institutionId = scope.institutionId;
  } else {
    if (!input.institutionId) return { ok: false, errors: [userError('PARTNER_INSTITUTE_REQUIRED', 'institutionId')] };
    institutionId = expectGlobalId(input.institutionId, 'Institution', 'institutionId');
  }
  const companyId = parseGlobalId(input.companyId);
  const errors: UserError[] = [];
  const company =
    companyId?.type === 'Company'
      ? await db.selectFrom('company').select('id').where('id', '=', companyId.id).executeTakeFirst()
      : undefined;
  if (!company) errors.push(userError('PARTNER_COMPANY_INVALID', 'companyId'));
  const institution = await db
    .selectFrom('institution')
    .select('id')
    .where('id', '=', institutionId)
    .executeTakeFirst();
  if (!institution) errors.push(userError('PARTNER_INSTITUTE_REQUIRED', 'institutionId'));
  const ownerId = ownerIdOf(input.ownerId) ?? null;
  if (ownerId !== null) {
    const problem = await ownerProblem(db, ownerId, institutionId);
    if (problem) errors.push(problem);
  }
  if (errors.length || !company) return { ok: false, errors };
  const inserted = await db
    .insertInto('partner_relationship')
    .values({
      institution_id: institutionId,
      company_id: company.id,
      status: input.status,
      owner_id: ownerId,
      notes: input.notes?.trim() ?? '',
      created_at: sql<Date>`now()`,
      created_by_id: viewer.userId,
      updated_at: sql<Date>`now()`,
      updated_by_id: viewer.userId,
    })
    .onConflict((oc) => oc.columns(['institution_id', 'company_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { ok: false, errors: [userError('PARTNER_RECORD_EXISTS', 'companyId')] };
  return { ok: true, partnerRelationship: toRelationshipRecord((await readRelationshipRow(db, inserted.id))!) };
}

export async function updatePartnerRelationship(
  db: Db,
  viewer: Viewer,
  input: { id: string; status?: PartnerStatus | null; ownerId?: string | null; notes?: string | null },
): Promise<PartnerOutcome> {
  const row = await requireOfficeRelationship(db, viewer, input.id);
  const ownerId = ownerIdOf(input.ownerId);
  if (ownerId != null) {
    const problem = await ownerProblem(db, ownerId, row.institution_id);
    if (problem) return { ok: false, errors: [problem] };
  }
  await db
    .updateTable('partner_relationship')
    .set({
      ...(input.status != null ? { status: input.status } : {}),
      ...(ownerId !== undefined ? { owner_id: ownerId } : {}),
      ...(input.notes != null ? { notes: input.notes.trim() } : {}),
      updated_at: sql<Date>`now()`,
      updated_by_id: viewer.userId,
    })
    .where('id', '=', row.id)
    .execute();
  return { ok: true, partnerRelationship: toRelationshipRecord((await readRelationshipRow(db, row.id))!) };
}

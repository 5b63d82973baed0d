import type { Database, Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { canEditAnyCompany } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage } from '../../pagination/page-info.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { toUserRecord, type UserRecord, userSelection } from '../accounts/user-records.js';
import { companySelection, toCompanyRecord } from '../partners/company-records.js';

// The network administrator's companies: every company (listed or not), searched by name ignoring case and accents,
// with how many members and EoIs each has; moving a member from one company to another.

/** Throws unless the viewer is an administrator. */
export function requireCompanyAdmin(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (!canEditAnyCompany(viewer)) throw forbidden('COMPANIES_ADMIN_ONLY');
  return viewer;
}

type CompanyCondition = (eb: ExpressionBuilder<Database & { c: Database['company'] }, 'c'>) => Expression<SqlBool>;

export async function listCompanies(
  db: Db,
  viewer: Viewer | null,
  args: { query: string | null; first: number; after: string | null },
) {
  requireCompanyAdmin(viewer);
  const query = args.query?.trim() || null;
  if (query && query.length > SEARCH_QUERY_MAX_LENGTH)
    throw badInput('QUERY_TOO_LONG', 'query', { max: SEARCH_QUERY_MAX_LENGTH });
  const pattern = query ? `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
  const where: CompanyCondition = (eb) =>
    pattern ? sql<SqlBool>`unaccent(${eb.ref('c.name')}) ilike unaccent(${pattern})` : eb.lit(true);
  const afterKey = args.after ? decodeCursor(args.after, 'NAME', ['text', 'id']) : null;
  const [rows, counted] = await Promise.all([
    db
      .selectFrom('company as c')
      .select((eb) => [...companySelection, eb.fn<string>('lower', ['c.name']).as('sort_key')])
      .where(where)
      .$if(afterKey !== null, (q) =>
        q.where(
          (eb) => sql<SqlBool>`(lower(${eb.ref('c.name')}), ${eb.ref('c.id')}) > (${afterKey![0]}, ${afterKey![1]})`,
        ),
      )
      .orderBy((eb) => eb.fn('lower', ['c.name']))
      .orderBy('c.id')
      .limit(args.first + 1)
      .execute(),
    db
      .selectFrom('company as c')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(where)
      .executeTakeFirst(),
  ]);
  return {
    ...keysetPage(rows, args.first, afterKey !== null, (row) => ({
      cursor: encodeCursor('NAME', [row.sort_key, row.id]),
      node: toCompanyRecord(row),
    })),
    totalCount: Number(counted?.n ?? 0),
  };
}

/** Members and EoIs of each company, in one statement (for a page of the admin's list). */
export async function companyCounts(
  db: Db,
  ids: readonly number[],
): Promise<{ memberCount: number; eoiCount: number }[]> {
  const rows = await db
    .selectFrom('company as c')
    .select((eb) => [
      'c.id',
      eb
        .selectFrom('app_user as u')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('u.company_id', '=', 'c.id')
        .as('members'),
      eb
        .selectFrom('expression_of_interest as e')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('e.company_id', '=', 'c.id')
        .as('eois'),
    ])
    .where('c.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => ({
    memberCount: Number(byId.get(id)?.members ?? 0),
    eoiCount: Number(byId.get(id)?.eois ?? 0),
  }));
}

/**
 * Moves a company member to another company. Their EoIs, messages and requests stay with the company that sent
 * them (the company is the party; they are its records). Refused for a company's last member: a company with no one
 * left is a duplicate to merge (mergeCompanies), not an empty shell to keep. What they said about being contacted
 * for the old company goes.
 */
export async function moveCompanyMember(
  db: Db,
  viewer: Viewer,
  input: { userId: string; companyId: string },
): Promise<{ ok: true; user: UserRecord } | { ok: false; errors: UserError[] }> {
  requireCompanyAdmin(viewer);
  const userRef = parseGlobalId(input.userId);
  const companyRef = parseGlobalId(input.companyId);
  const user =
    userRef?.type === 'User'
      ? await db
          .selectFrom('app_user')
          .select(['id', 'role', 'company_id'])
          .where('id', '=', userRef.id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
  if (!user || user.role !== UserRole.COMPANY_MEMBER || user.company_id === null)
    return { ok: false, errors: [userError('MEMBER_TO_MOVE_INVALID', 'userId')] };
  const target =
    companyRef?.type === 'Company'
      ? await db.selectFrom('company').select('id').where('id', '=', companyRef.id).executeTakeFirst()
      : undefined;
  if (!target) return { ok: false, errors: [userError('COMPANY_NOT_FOUND', 'companyId')] };
  if (target.id === user.company_id)
    return { ok: false, errors: [userError('MEMBER_ALREADY_IN_COMPANY', 'companyId')] };
  // Locks the company's people, so that two moves cannot both take its last two members.
  const others = await db
    .selectFrom('app_user')
    .select('id')
    .where('company_id', '=', user.company_id)
    .where('id', '<>', user.id)
    .forUpdate()
    .execute();
  if (!others.length) return { ok: false, errors: [userError('MEMBER_MOVE_LAST_MEMBER', 'userId')] };
  await db.deleteFrom('company_contact_person').where('user_id', '=', user.id).execute();
  await db.updateTable('app_user').set({ company_id: target.id }).where('id', '=', user.id).execute();
  const row = await db
    .selectFrom('app_user as u')
    .select(userSelection)
    .where('u.id', '=', user.id)
    .executeTakeFirstOrThrow();
  return { ok: true, user: toUserRecord(row) };
}

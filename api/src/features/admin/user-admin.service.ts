import type { Db } from '@tt/db/database';
import type { UserRole } from '@tt/shared/company-enums';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type RawBuilder, sql } from 'kysely';
import { enforce } from '../../auth/enforce-policy.js';
import { canSeeUser, setUserDisabledPolicy, setUserRolePolicy, userListScope } from '../../auth/policies.js';
import { endAllSessions } from '../../auth/session.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import { expectGlobalId, parseGlobalId } from '../../schema/global-id.js';
import type { UserType } from '../accounts/user.type.js';
import { toUserRecord, type UserRow, userColumns } from '../accounts/user-records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export type UserResult = { ok: true; user: UserType } | { ok: false; errors: UserError[] };

async function findUser(db: Db, id: number): Promise<UserType | null> {
  const { rows } = await sql<UserRow>`select ${userColumns} from app_user u where u.id = ${id}`.execute(db);
  return rows[0] ? toUserRecord(rows[0]) : null;
}

const NO_SUCH_USER = userError('NOT_FOUND', 'There is no such user.', 'userId');

function listScope(viewer: Viewer | null): RawBuilder<unknown> {
  if (!viewer) throw unauthenticated();
  const scope = userListScope(viewer);
  if (!scope) throw forbidden('Only administrators and officers can list users.');
  return 'all' in scope ? sql`true` : sql`u.institution_id = ${scope.institutionId}`;
}

/** Users by name: every user for admins, those of their institute for officers. */
export async function listUsers(
  db: Db,
  viewer: Viewer | null,
  args: { query: string | null; role: UserRole | null; first: number; after: string | null },
) {
  const parts = [listScope(viewer)];
  const query = args.query?.trim() || null;
  if (query) {
    if (query.length > SEARCH_QUERY_MAX_LENGTH)
      throw badInput(`query is too long: at most ${SEARCH_QUERY_MAX_LENGTH} characters`, 'query');
    const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    parts.push(sql`(u.name ilike ${pattern} or u.email ilike ${pattern})`);
  }
  if (args.role) parts.push(sql`u.role = ${args.role}`);
  const where = sql.join(parts, sql` and `);
  const afterKey = args.after ? decodeCursor(args.after, 'NAME', ['text', 'id']) : null;
  const page = afterKey ? sql`${where} and (lower(u.name), u.id) > (${afterKey[0]}, ${afterKey[1]})` : where;
  const { rows } = await sql<UserRow & { sort_key: string }>`
    select ${userColumns}, lower(u.name) as sort_key from app_user u
    where ${page} order by lower(u.name), u.id limit ${args.first + 1}`.execute(db);
  const { rows: counted } = await sql<{
    count: string;
  }>`select count(*) as count from app_user u where ${where}`.execute(db);
  const edges = rows.slice(0, args.first).map((row) => ({
    cursor: encodeCursor('NAME', [row.sort_key, row.id]),
    node: toUserRecord(row),
  }));
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length > args.first, Boolean(afterKey)),
    totalCount: Number(counted[0]?.count ?? 0),
  };
}

/** One user, when the viewer may see them; null otherwise (unknown or not visible look the same). */
export async function findVisibleUser(db: Db, viewer: Viewer | null, id: string): Promise<UserType | null> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(id);
  if (parsed?.type !== 'User') return null;
  const user = await findUser(db, parsed.id);
  return user && canSeeUser(viewer, { userId: user.dbId, ...user }) ? user : null;
}

function optionalId(value: string | null | undefined, type: 'Institution' | 'Company', argument: string) {
  return value ? expectGlobalId(value, type, argument) : null;
}

/** Changes a user's role and organisation together (admins only; never one's own admin role). */
export async function setUserRole(
  db: Db,
  viewer: Viewer,
  input: { userId: string; role: UserRole; institutionId?: string | null; companyId?: string | null },
): Promise<UserResult> {
  const userId = expectGlobalId(input.userId, 'User', 'userId');
  const change = {
    role: input.role,
    institutionId: optionalId(input.institutionId, 'Institution', 'institutionId'),
    companyId: optionalId(input.companyId, 'Company', 'companyId'),
  };
  const user = await findUser(db, userId);
  // Authorization comes first: a non-admin learns nothing about which users exist.
  const problem = enforce(
    setUserRolePolicy(viewer, { userId, ...(user ?? { institutionId: null, companyId: null }) }, change),
  );
  if (!user) return { ok: false, errors: [NO_SUCH_USER] };
  if (problem) return { ok: false, errors: [problem] };
  if (change.institutionId !== null) {
    const { rows } = await sql`select 1 from institution where id = ${change.institutionId}`.execute(db);
    if (!rows.length)
      return { ok: false, errors: [userError('NOT_FOUND', 'There is no such institute.', 'institutionId')] };
  }
  if (change.companyId !== null) {
    const { rows } = await sql`select 1 from company where id = ${change.companyId}`.execute(db);
    if (!rows.length) return { ok: false, errors: [userError('NOT_FOUND', 'There is no such company.', 'companyId')] };
  }
  await sql`update app_user set role = ${change.role}, institution_id = ${change.institutionId},
    company_id = ${change.companyId} where id = ${userId}`.execute(db);
  return { ok: true, user: (await findUser(db, userId))! };
}

/** Disables an account (its sessions end at once and it cannot sign in) or enables it again. */
export async function setUserDisabled(
  db: Db,
  viewer: Viewer,
  input: { userId: string; disabled: boolean },
): Promise<UserResult> {
  const userId = expectGlobalId(input.userId, 'User', 'userId');
  const user = await findUser(db, userId);
  const problem = enforce(
    setUserDisabledPolicy(viewer, { userId, ...(user ?? { institutionId: null, companyId: null }) }),
  );
  if (!user) return { ok: false, errors: [NO_SUCH_USER] };
  if (problem) return { ok: false, errors: [problem] };
  if (input.disabled) {
    await sql`update app_user set disabled_at = coalesce(disabled_at, now()) where id = ${userId}`.execute(db);
    await endAllSessions(db, userId);
  } else {
    await sql`update app_user set disabled_at = null where id = ${userId}`.execute(db);
  }
  return { ok: true, user: (await findUser(db, userId))! };
}

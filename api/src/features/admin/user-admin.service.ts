import type { Database, Db } from '@tt/db/database';
import type { UserRole } from '@tt/shared/company-enums';
import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { enforce } from '../../auth/enforce-policy.js';
import { canSeeUser, setUserDisabledPolicy, setUserRolePolicy, userListScope } from '../../auth/policies.js';
import { endAllSessions } from '../../auth/session.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage } from '../../pagination/page-info.js';
import { expectGlobalId, parseGlobalId } from '../../schema/global-id.js';
import { missingOrganisation, toUserRecord, type UserRecord, userSelection } from '../accounts/user-records.js';
import { platformIdsOf, platformsProblem, setManagedPlatforms } from '../services/platform-manager.service.js';

export type UserResult = { ok: true; user: UserRecord } | { ok: false; errors: UserError[] };

async function findUser(db: Db, id: number): Promise<UserRecord | null> {
  const row = await db.selectFrom('app_user as u').select(userSelection).where('u.id', '=', id).executeTakeFirst();
  return row ? toUserRecord(row) : null;
}

const NO_SUCH_USER = userError('USER_NOT_FOUND', 'userId');

/** A condition on the user `u` (the list and its count share them). */
type UserCondition = (eb: ExpressionBuilder<Database & { u: Database['app_user'] }, 'u'>) => Expression<SqlBool>;

function listScope(viewer: Viewer | null): UserCondition {
  if (!viewer) throw unauthenticated();
  const scope = userListScope(viewer);
  if (!scope) throw forbidden('USERS_OFFICE_ONLY');
  return 'all' in scope ? (eb) => eb.lit(true) : (eb) => eb('u.institution_id', '=', scope.institutionId);
}

/** Users by name: every user for admins, those of their institute for officers. */
export async function listUsers(
  db: Db,
  viewer: Viewer | null,
  args: { query: string | null; role: UserRole | null; first: number; after: string | null },
) {
  const parts: UserCondition[] = [listScope(viewer)];
  const query = args.query?.trim() || null;
  if (query) {
    if (query.length > SEARCH_QUERY_MAX_LENGTH)
      throw badInput('QUERY_TOO_LONG', 'query', { max: SEARCH_QUERY_MAX_LENGTH });
    const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    parts.push((eb) => eb.or([eb('u.name', 'ilike', pattern), eb('u.email', 'ilike', pattern)]));
  }
  const { role } = args;
  if (role) parts.push((eb) => eb('u.role', '=', role));
  const where: UserCondition = (eb) => eb.and(parts.map((part) => part(eb)));
  const afterKey = args.after ? decodeCursor(args.after, 'NAME', ['text', 'id']) : null;
  const rows = await db
    .selectFrom('app_user as u')
    .select((eb) => [...userSelection, eb.fn<string>('lower', ['u.name']).as('sort_key')])
    .where(where)
    .$if(afterKey !== null, (query) =>
      // A row comparison, which the builder's tuples cannot make of a function's value: (lower(name), id) > key.
      query.where(
        (eb) => sql<SqlBool>`(${eb.fn('lower', ['u.name'])}, ${eb.ref('u.id')}) > (${afterKey![0]}, ${afterKey![1]})`,
      ),
    )
    .orderBy((eb) => eb.fn('lower', ['u.name']))
    .orderBy('u.id')
    .limit(args.first + 1)
    .execute();
  const counted = await db
    .selectFrom('app_user as u')
    .select((eb) => eb.fn.countAll().as('count'))
    .where(where)
    .executeTakeFirst();
  return {
    ...keysetPage(rows, args.first, Boolean(afterKey), (row) => ({
      cursor: encodeCursor('NAME', [row.sort_key, row.id]),
      node: toUserRecord(row),
    })),
    totalCount: Number(counted?.count ?? 0),
  };
}

/** One user, when the viewer may see them; null otherwise (unknown or not visible look the same). */
export async function findVisibleUser(db: Db, viewer: Viewer | null, id: string): Promise<UserRecord | null> {
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
  input: {
    userId: string;
    role: UserRole;
    institutionId?: string | null;
    companyId?: string | null;
    platformIds?: string[] | null;
  },
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
  const missing = await missingOrganisation(db, change);
  if (missing) return { ok: false, errors: [missing] };
  const platformIds = platformIdsOf(input.platformIds);
  const platforms = await platformsProblem(db, change, platformIds);
  if (platforms) return { ok: false, errors: [platforms] };
  await db
    .updateTable('app_user')
    .set({ role: change.role, institution_id: change.institutionId, company_id: change.companyId })
    .where('id', '=', userId)
    .execute();
  await setManagedPlatforms(db, userId, platformIds);
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
    await db
      .updateTable('app_user')
      .set((eb) => ({ disabled_at: eb.fn.coalesce('disabled_at', eb.fn<Date>('now')) }))
      .where('id', '=', userId)
      .execute();
    await endAllSessions(db, userId);
  } else {
    await db.updateTable('app_user').set({ disabled_at: null }).where('id', '=', userId).execute();
  }
  return { ok: true, user: (await findUser(db, userId))! };
}

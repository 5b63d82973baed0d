import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { type UserError, userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';

/** Platform global ids as database ids (each once), refusing an id of another type. */
export function platformIdsOf(ids: readonly string[] | null | undefined): number[] {
  return [...new Set((ids ?? []).map((id, index) => expectGlobalId(id, 'Platform', `platformIds.${index}`)))];
}

/**
 * The platforms of a membership: a platform manager manages at least one, every one of their own institute;
 * nobody else is attached to any. Returns the problem, or null.
 */
export async function platformsProblem(
  db: Db,
  target: { role: UserRole; institutionId: number | null },
  platformIds: readonly number[],
): Promise<UserError | null> {
  if (target.role !== UserRole.PLATFORM_MANAGER)
    return platformIds.length ? userError('PLATFORMS_FOR_PLATFORM_MANAGERS_ONLY', 'platformIds') : null;
  if (platformIds.length === 0) return userError('PLATFORM_MANAGER_PLATFORMS_REQUIRED', 'platformIds');
  const rows = await db
    .selectFrom('platform')
    .select('id')
    .where('id', 'in', [...platformIds])
    .where('institution_id', '=', target.institutionId ?? 0)
    .execute();
  return rows.length === platformIds.length ? null : userError('PLATFORM_OF_ANOTHER_INSTITUTE', 'platformIds');
}

/** Replaces a user's platforms (none for anyone but a platform manager); the caller checked them. */
export async function setManagedPlatforms(db: Db, userId: number, platformIds: readonly number[]): Promise<void> {
  await db.deleteFrom('platform_manager').where('user_id', '=', userId).execute();
  if (platformIds.length)
    await db
      .insertInto('platform_manager')
      .values(platformIds.map((platformId) => ({ user_id: userId, platform_id: platformId })))
      .execute();
}

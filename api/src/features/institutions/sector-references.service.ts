import type { Db } from '@tt/db/database';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';

// Sectors as an input names them (global ids), checked once for every form that takes them: listings, requests.

/** The sectors named, as database ids; a malformed, unknown or retired one is an error on its position. */
export async function resolveSectors(db: Db, globalIds: string[], errors: UserError[]): Promise<number[]> {
  const ids = globalIds.map((globalId) => {
    const parsed = parseGlobalId(globalId);
    return parsed?.type === 'Sector' ? parsed.id : null;
  });
  const wanted = ids.filter((id): id is number => id !== null);
  const rows = wanted.length
    ? await db
        .selectFrom('sector')
        .select('id')
        .where((eb) => eb('id', '=', eb.fn.any(eb.val(wanted))))
        .where('retired_at', 'is', null)
        .execute()
    : [];
  const known = new Set(rows.map((row) => row.id));
  ids.forEach((id, index) => {
    if (id === null || !known.has(id)) {
      errors.push(userError('SECTOR_UNKNOWN', `sectorIds.${index}`));
    }
  });
  return [...new Set(wanted)];
}

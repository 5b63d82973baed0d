import type { Db } from '@tt/db/database';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { eoiSide } from './eoi-access.js';
import { type EoiRecord, eoiColumns, eoiFrom, toEoiRecord } from './eoi-records.js';

/** The EoI and the viewer's side of it, or null when it does not exist or is not the viewer's to see. */
export async function findVisibleEoi(
  db: Db,
  viewer: Viewer | null,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<{ eoi: EoiRecord; side: EoiActor } | null> {
  const query = eoiFrom(db).select(eoiColumns).where('e.id', '=', id);
  const row = await (options.forUpdate ? query.forUpdate('e') : query).executeTakeFirst();
  if (!row) return null;
  const side = eoiSide(viewer, {
    companyId: row.company_id,
    institutionId: row.institution_id,
    platformId: row.platform_id,
  });
  return side ? { eoi: toEoiRecord(row), side } : null;
}

/**
 * For mutations on one EoI: the caller must be signed in and on one of its sides; an EoI that is
 * someone else's is refused exactly like one that does not exist.
 */
export async function requireEoi(
  db: Db,
  viewer: Viewer | null,
  globalId: string,
  options: { forUpdate?: boolean } = {},
) {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(globalId);
  const found = parsed?.type === 'ExpressionOfInterest' ? await findVisibleEoi(db, viewer, parsed.id, options) : null;
  if (!found) throw forbidden('EOI_NOT_VISIBLE');
  return found;
}

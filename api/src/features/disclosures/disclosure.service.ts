import type { Db } from '@tt/db/database';
import type { DisclosureActor } from '@tt/shared/disclosure-transitions';
import type { ErrorCode } from '@tt/shared/error-messages';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { disclosureSide } from './disclosure-access.js';
import {
  type DisclosureHistoryRecord,
  type DisclosureMessageRecord,
  type DisclosureRecord,
  groupedByDisclosure,
  idList,
  selectDisclosures,
  toDisclosureRecord,
} from './disclosure-records.js';

// Reading disclosures: one for its viewer (and, for mutations, locked), and the DataLoaders' batches.
// Drafting is in disclosure-draft.service.ts, the workflow in disclosure-workflow.service.ts, the thread's
// messages in disclosure-message.service.ts and the paged list in disclosure-list.service.ts.

/** The disclosure and the viewer's side of it, or null when it does not exist or is not the viewer's to see. */
export async function findVisibleDisclosure(
  db: Db,
  viewer: Viewer | null,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<{ disclosure: DisclosureRecord; side: DisclosureActor } | null> {
  if (!viewer) return null;
  const query = selectDisclosures(db).where('d.id', '=', id);
  const row = await (options.forUpdate ? query.forUpdate('d') : query).executeTakeFirst();
  if (!row) return null;
  const disclosure = toDisclosureRecord(row);
  const side = disclosureSide(viewer, disclosure);
  return side ? { disclosure, side } : null;
}

/** For mutations: signed in and on one of its sides; someone else's disclosure is refused like a missing one. */
export async function requireDisclosure(
  db: Db,
  viewer: Viewer | null,
  globalId: string,
  options = { forUpdate: true },
) {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(globalId);
  const found = parsed?.type === 'Disclosure' ? await findVisibleDisclosure(db, viewer, parsed.id, options) : null;
  if (!found) throw forbidden('DISCLOSURE_NOT_VISIBLE');
  return found;
}

/** A disclosure the viewer acts on as one side only (the office, or its researchers): FORBIDDEN for the other. */
export async function requireDisclosureAs(
  db: Db,
  viewer: Viewer | null,
  globalId: string,
  side: Awaited<ReturnType<typeof requireDisclosure>>['side'],
  refusal: ErrorCode,
) {
  const found = await requireDisclosure(db, viewer, globalId);
  if (found.side !== side) throw forbidden(refusal);
  return found.disclosure;
}

/** The history of each disclosure, oldest first: one statement for any number of disclosures (a DataLoader's batch). */
export async function disclosureHistories(db: Db, ids: readonly number[]): Promise<DisclosureHistoryRecord[][]> {
  const rows = await db
    .selectFrom('disclosure_transition as t')
    .leftJoin('app_user as u', 'u.id', 't.actor_id')
    .select(['t.disclosure_id', 't.from_status', 't.to_status', 'u.name as actor_name', 't.reason', 't.at'])
    .where((eb) => eb('t.disclosure_id', '=', eb.fn.any(idList(ids))))
    .orderBy('t.at')
    .orderBy('t.id')
    .execute();
  return groupedByDisclosure(ids, rows, (row) => ({
    from: row.from_status,
    to: row.to_status,
    actorName: row.actor_name,
    reason: row.reason,
    at: toDate(row.at),
  }));
}

/** The disclosure each listing was made from, if any (a DataLoader's batch; callers check who may see it). */
export async function disclosuresByAssetIds(db: Db, assetIds: readonly number[]): Promise<(DisclosureRecord | null)[]> {
  const rows = await selectDisclosures(db)
    .select('d.asset_id')
    .where((eb) => eb('d.asset_id', '=', eb.fn.any(idList(assetIds))))
    .execute();
  const now = new Date();
  const byAsset = new Map(rows.map((row) => [row.asset_id, toDisclosureRecord(row, now)]));
  return assetIds.map((id) => byAsset.get(id) ?? null);
}

/** The thread of each disclosure, oldest first (a DataLoader's batch). */
export async function disclosureThreads(db: Db, ids: readonly number[]): Promise<DisclosureMessageRecord[][]> {
  const rows = await db
    .selectFrom('disclosure_message as m')
    .leftJoin('app_user as u', 'u.id', 'm.author_id')
    .select(['m.disclosure_id', 'm.id', 'm.body', 'u.name as author_name', 'u.role as author_role', 'm.created_at'])
    .where((eb) => eb('m.disclosure_id', '=', eb.fn.any(idList(ids))))
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return groupedByDisclosure(ids, rows, (row) => ({
    id: toGlobalId('DisclosureMessage', row.id),
    body: row.body,
    authorName: row.author_name,
    authorSide: row.author_role === 'RESEARCHER' ? 'RESEARCHER' : 'OFFICE',
    createdAt: toDate(row.created_at),
  }));
}

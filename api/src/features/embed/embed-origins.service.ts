import type { Db } from '@tt/db/database';
import { EMBED_ORIGINS_MAX, normaliseEmbedOrigin } from '@tt/shared/embed-origins';
import { ensureAllowed } from '../../auth/enforce-policy.js';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';

// The websites allowed to frame an institute's listings widget (issue #14). Its office chooses them: the
// institute's officers and the network's administrators (isOfficeOf), as for everything else of an institute's.

export type EmbedOriginsResult = { ok: true; origins: string[] } | { ok: false; errors: UserError[] };

/** The institute's allowed origins, sorted: what the widget's `frame-ancestors` names. Public to the route only. */
export async function embedOriginsOf(db: Db, institutionId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('institution_embed_origin')
    .select('origin')
    .where('institution_id', '=', institutionId)
    .orderBy('origin')
    .execute();
  return rows.map((row) => row.origin);
}

/** The institute named by a global id, once the viewer is known to be its office. */
async function officeInstitute(db: Db, viewer: Viewer | null, institutionId: string): Promise<number | null> {
  const id = expectGlobalId(institutionId, 'Institution', 'institutionId');
  ensureAllowed(viewer, isOfficeOf(viewer, id), 'EMBED_SITES_OFFICE_ONLY');
  const found = await db.selectFrom('institution').select('id').where('id', '=', id).executeTakeFirst();
  return found ? id : null;
}

/** The sites an institute's office has allowed (FORBIDDEN to anyone else). */
export async function listEmbedOrigins(db: Db, viewer: Viewer | null, institutionId: string): Promise<string[]> {
  const id = await officeInstitute(db, viewer, institutionId);
  return id === null ? [] : embedOriginsOf(db, id);
}

export interface EmbedOriginChange {
  institutionId: string;
  origin: string;
}

/**
 * Allows a site: its address normalised to an origin (the same site twice is one entry), at most
 * EMBED_ORIGINS_MAX per institute. `allowHttpLocalhost` outside production only (development and tests).
 */
export async function addEmbedOrigin(
  db: Db,
  viewer: Viewer | null,
  input: EmbedOriginChange,
  options: { allowHttpLocalhost: boolean },
): Promise<EmbedOriginsResult> {
  const id = await officeInstitute(db, viewer, input.institutionId);
  if (id === null) return { ok: false, errors: [userError('INSTITUTE_NOT_FOUND', 'institutionId')] };
  const checked = normaliseEmbedOrigin(input.origin, options);
  if (!checked.ok) return { ok: false, errors: [userError(checked.code, 'origin')] };
  // One at a time per institute, so two concurrent additions cannot both pass the count.
  await db.selectFrom('institution').select('id').where('id', '=', id).forUpdate().execute();
  const current = await embedOriginsOf(db, id);
  if (current.includes(checked.origin)) return { ok: true, origins: current };
  if (current.length >= EMBED_ORIGINS_MAX) {
    return { ok: false, errors: [userError('TOO_MANY_EMBED_ORIGINS', 'origin', { max: EMBED_ORIGINS_MAX })] };
  }
  await db
    .insertInto('institution_embed_origin')
    .values({ institution_id: id, origin: checked.origin, created_at: new Date() })
    .execute();
  return { ok: true, origins: await embedOriginsOf(db, id) };
}

/** Takes a site off the list (nothing happens when it is not on it). */
export async function removeEmbedOrigin(
  db: Db,
  viewer: Viewer | null,
  input: EmbedOriginChange,
): Promise<EmbedOriginsResult> {
  const id = await officeInstitute(db, viewer, input.institutionId);
  if (id === null) return { ok: false, errors: [userError('INSTITUTE_NOT_FOUND', 'institutionId')] };
  await db
    .deleteFrom('institution_embed_origin')
    .where('institution_id', '=', id)
    .where('origin', '=', input.origin.trim())
    .execute();
  return { ok: true, origins: await embedOriginsOf(db, id) };
}

import type { Db } from '@tt/db/database';
import { SECTOR_LABEL_MAX_LENGTH } from '@tt/shared/limits';
import type { TaxonomyKind } from '@tt/shared/taxonomy-enums';
import { sql } from 'kysely';
import { canManageTaxonomy } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { type SectorRecord, toSectorRecord } from '../institutions/institution-records.js';
import { allocateSlug, checkName, oneLine } from './taxonomy-names.js';

// The administrator's taxonomy: adding a term (under a parent or at the top) and renaming one. A term keeps its slug
// when renamed, so that the addresses and saved searches naming it keep working. Retiring is sector-retirement.service.ts.

export type SectorOutcome = { ok: true; sector: SectorRecord } | { ok: false; errors: UserError[] };

/** Throws unless the viewer is an administrator. */
export function requireTaxonomyAdmin(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (!canManageTaxonomy(viewer)) throw forbidden('TAXONOMY_ADMIN_ONLY');
  return viewer;
}

/** Both labels as stored (spaces collapsed), or what is wrong with them. */
function checkLabels(input: { labelEn: string; labelIt: string }, errors: UserError[]) {
  const labels = { labelEn: oneLine(input.labelEn), labelIt: oneLine(input.labelIt) };
  for (const field of ['labelEn', 'labelIt'] as const)
    checkName(errors, field, labels[field], {
      max: SECTOR_LABEL_MAX_LENGTH,
      required: 'SECTOR_LABEL_REQUIRED',
      tooLong: 'SECTOR_LABEL_TOO_LONG',
    });
  return labels;
}

/** Whether a term in use under the same parent (and of the same kind) has either label already, ignoring case. */
async function labelTaken(
  db: Db,
  place: { parentId: number | null; kind: TaxonomyKind; exceptId: number | null },
  labels: { labelEn: string; labelIt: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('sector')
    .select('id')
    .where('retired_at', 'is', null)
    .where('kind', '=', place.kind)
    .where((eb) => (place.parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', place.parentId)))
    .$if(place.exceptId !== null, (q) => q.where('id', '<>', place.exceptId!))
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['label_en']), '=', labels.labelEn.toLowerCase()),
        eb(eb.fn('lower', ['label_it']), '=', labels.labelIt.toLowerCase()),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** The sector a global id names (locked for the transaction), or null. */
export async function lockSector(db: Db, globalId: string | null | undefined) {
  const parsed = globalId ? parseGlobalId(globalId) : null;
  if (parsed?.type !== 'Sector') return null;
  return (await db.selectFrom('sector').selectAll().where('id', '=', parsed.id).forUpdate().executeTakeFirst()) ?? null;
}

/** Adds a term under a parent in use (of the parent's kind), or at the top (of the kind given), last among its siblings. */
export async function createSector(
  db: Db,
  viewer: Viewer | null,
  input: { parentId?: string | null; kind?: TaxonomyKind | null; labelEn: string; labelIt: string },
): Promise<SectorOutcome> {
  requireTaxonomyAdmin(viewer);
  const errors: UserError[] = [];
  const labels = checkLabels(input, errors);
  let parentId: number | null = null;
  let kind = input.kind ?? null;
  if (input.parentId) {
    const parent = await lockSector(db, input.parentId);
    if (!parent || parent.retired_at) errors.push(userError('SECTOR_PARENT_INVALID', 'parentId'));
    else {
      parentId = parent.id;
      kind = parent.kind;
    }
  } else if (!kind) errors.push(userError('SECTOR_KIND_REQUIRED', 'kind'));
  if (errors.length) return { ok: false, errors };
  if (await labelTaken(db, { parentId, kind: kind!, exceptId: null }, labels))
    return { ok: false, errors: [userError('SECTOR_LABEL_TAKEN', 'labelEn')] };
  const slug = await allocateSlug(db, 'sector', labels.labelEn);
  const row = await db
    .insertInto('sector')
    .values((eb) => ({
      slug,
      kind: kind!,
      parent_id: parentId,
      label_en: labels.labelEn,
      label_it: labels.labelIt,
      position: eb
        .selectFrom('sector')
        .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
        .where('kind', '=', kind!)
        .where((w) => (parentId === null ? w('parent_id', 'is', null) : w('parent_id', '=', parentId))),
    }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, sector: toSectorRecord(row) };
}

/** Changes both labels of a term in use; its slug stays, so that addresses and saved searches naming it still work. */
export async function renameSector(
  db: Db,
  viewer: Viewer | null,
  input: { id: string; labelEn: string; labelIt: string },
): Promise<SectorOutcome> {
  requireTaxonomyAdmin(viewer);
  const sector = await lockSector(db, input.id);
  if (!sector) return { ok: false, errors: [userError('SECTOR_NOT_FOUND', 'id')] };
  if (sector.retired_at) return { ok: false, errors: [userError('SECTOR_RETIRED', 'id')] };
  const errors: UserError[] = [];
  const labels = checkLabels(input, errors);
  if (errors.length) return { ok: false, errors };
  const place = { parentId: sector.parent_id as number | null, kind: sector.kind, exceptId: sector.id };
  if (await labelTaken(db, place, labels)) return { ok: false, errors: [userError('SECTOR_LABEL_TAKEN', 'labelEn')] };
  const row = await db
    .updateTable('sector')
    .set({ label_en: labels.labelEn, label_it: labels.labelIt })
    .where('id', '=', sector.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, sector: toSectorRecord(row) };
}

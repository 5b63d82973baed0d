import type { Db } from '@tt/db/database';
import { SECTOR_LABEL_MAX_LENGTH } from '@tt/shared/limits';
import type { TaxonomyKind } from '@tt/shared/taxonomy-enums';
import { sql } from 'kysely';
import { canManageTaxonomy } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { slugify } from '../../text/slugs.js';
import { type SectorRecord, toSectorRecord } from '../institutions/institution-records.js';

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
  const labels = {
    labelEn: input.labelEn.replace(/\s+/g, ' ').trim(),
    labelIt: input.labelIt.replace(/\s+/g, ' ').trim(),
  };
  for (const field of ['labelEn', 'labelIt'] as const) {
    if (!labels[field]) errors.push(userError('SECTOR_LABEL_REQUIRED', field));
    else if (labels[field].length > SECTOR_LABEL_MAX_LENGTH)
      errors.push(userError('SECTOR_LABEL_TOO_LONG', field, { max: SECTOR_LABEL_MAX_LENGTH }));
  }
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

/** A slug no term (in use or retired) has: the English label's words, with -2, -3… when taken. */
async function allocateSectorSlug(db: Db, labelEn: string): Promise<string> {
  const base = slugify(labelEn);
  await db
    .selectNoFrom((eb) =>
      eb.fn<void>('pg_advisory_xact_lock', [eb.fn<number>('hashtext', [sql.lit('sector-slug')])]).as('locked'),
    )
    .execute();
  const rows = await db
    .selectFrom('sector')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
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
  const slug = await allocateSectorSlug(db, labels.labelEn);
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

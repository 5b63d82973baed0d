import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { userError } from '../../errors/user-error.js';
import type { TableColumn } from '../../jobs/housekeeping.job.js';
import { toSectorRecord } from '../institutions/institution-records.js';
import { lockSector, requireTaxonomyAdmin, type SectorOutcome } from './sector-admin.service.js';

/**
 * Every foreign key to a sector and what retiring one does with it (a test checks this list against the database's
 * foreign keys, so a new one fails until it is handled here). The pivots move to the replacement without duplicates;
 * a retired term's children must be retired first (their parent_id stays, for history); terms retired earlier into
 * this one now point at its replacement, so that every old slug resolves in one step.
 */
export const MOVED_SECTOR_REFERENCES = [
  ['asset_sector', 'sector_id'],
  ['company_sector', 'sector_id'],
  ['technology_request_sector', 'sector_id'],
  ['sector', 'replaced_by_id'],
] as const satisfies readonly TableColumn[];
/** Kept as they are: the parent of a retired term (it has no children in use). */
export const KEPT_SECTOR_REFERENCES = [['sector', 'parent_id']] as const satisfies readonly TableColumn[];
/**
 * Sector ids or slugs held in arrays and JSON rather than foreign keys (a test checks the columns named after
 * sectors against this list): the saved searches' filters name slugs and are rewritten here; the catalogue's search
 * rows (and through them the facet counts and the English rows, asset_search_en, with their sector_key) and the
 * related listings' sets are rewritten by the triggers on asset_sector when the pivot moves.
 */
export const SECTOR_VALUE_COLUMNS = {
  rewritten: [['saved_search', 'filter']],
  byTriggers: [
    ['asset_search', 'sector_ids'],
    ['asset_search_en', 'sector_ids'],
    ['sector_set', 'sector_ids'],
  ],
} as const;

/** What uses a sector directly: what would move if it were retired. */
export interface SectorUsage {
  listings: number;
  companies: number;
  requests: number;
  savedSearches: number;
  /** Terms in use under it. */
  children: number;
}

/** The usage of each sector asked for (any status of listing and request: every one of them moves). */
export async function sectorUsages(db: Db, ids: readonly number[]): Promise<SectorUsage[]> {
  const rows = await db
    .selectFrom('sector as s')
    .select((eb) => [
      's.id',
      eb
        .selectFrom('asset_sector as x')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('x.sector_id', '=', 's.id')
        .as('listings'),
      eb
        .selectFrom('company_sector as x')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('x.sector_id', '=', 's.id')
        .as('companies'),
      eb
        .selectFrom('technology_request_sector as x')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('x.sector_id', '=', 's.id')
        .as('requests'),
      eb
        .selectFrom('saved_search as q')
        .select(eb.fn.countAll<string>().as('n'))
        .where(sql<boolean>`q.filter -> 'sectors' ? s.slug`)
        .as('saved_searches'),
      eb
        .selectFrom('sector as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.parent_id', '=', 's.id')
        .where('c.retired_at', 'is', null)
        .as('children'),
    ])
    .where('s.id', 'in', ids.length ? [...ids] : [0])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    return {
      listings: Number(row?.listings ?? 0),
      companies: Number(row?.companies ?? 0),
      requests: Number(row?.requests ?? 0),
      savedSearches: Number(row?.saved_searches ?? 0),
      children: Number(row?.children ?? 0),
    };
  });
}

/**
 * Retires a term in favour of a replacement, in the caller's transaction: every listing, company, technology request
 * and saved search naming it names the replacement instead (once, where it named both), the catalogue's search rows
 * and facet counts follow through the triggers, and the term stays, retired, so that its old slug resolves to the
 * replacement. Refused for a term with children in use, into itself, into a retired term, into one under it, and
 * into a term of the other kind.
 */
export async function retireSector(
  db: Db,
  viewer: Viewer | null,
  input: { id: string; replacementId: string },
): Promise<SectorOutcome> {
  requireTaxonomyAdmin(viewer);
  const sector = await lockSector(db, input.id);
  if (!sector) return { ok: false, errors: [userError('SECTOR_NOT_FOUND', 'id')] };
  if (sector.retired_at) return { ok: false, errors: [userError('SECTOR_RETIRED', 'id')] };
  const replacement = await lockSector(db, input.replacementId);
  if (!replacement) return { ok: false, errors: [userError('SECTOR_NOT_FOUND', 'replacementId')] };
  if (replacement.id === sector.id)
    return { ok: false, errors: [userError('SECTOR_REPLACEMENT_SAME', 'replacementId')] };
  const descendant = await db
    .withRecursive('under(id)', (qb) =>
      qb
        .selectFrom('sector')
        .select('id')
        .where('parent_id', '=', sector.id)
        .union((u) => u.selectFrom('sector as s').innerJoin('under', 'under.id', 's.parent_id').select('s.id')),
    )
    .selectFrom('under')
    .select('id')
    .where('id', '=', replacement.id)
    .executeTakeFirst();
  if (descendant) return { ok: false, errors: [userError('SECTOR_REPLACEMENT_DESCENDANT', 'replacementId')] };
  if (replacement.retired_at) return { ok: false, errors: [userError('SECTOR_REPLACEMENT_RETIRED', 'replacementId')] };
  if (replacement.kind !== sector.kind)
    return { ok: false, errors: [userError('SECTOR_REPLACEMENT_OTHER_KIND', 'replacementId')] };
  const [usage] = await sectorUsages(db, [sector.id]);
  if (usage!.children > 0) return { ok: false, errors: [userError('SECTOR_HAS_CHILDREN', 'id')] };

  const from = sector.id;
  const to = replacement.id;
  await db
    .insertInto('asset_sector')
    .columns(['asset_id', 'sector_id'])
    .expression((eb) =>
      eb
        .selectFrom('asset_sector')
        .select(['asset_id', eb.val(to).as('sector_id')])
        .where('sector_id', '=', from),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db.deleteFrom('asset_sector').where('sector_id', '=', from).execute();
  await db
    .insertInto('company_sector')
    .columns(['company_id', 'sector_id'])
    .expression((eb) =>
      eb
        .selectFrom('company_sector')
        .select(['company_id', eb.val(to).as('sector_id')])
        .where('sector_id', '=', from),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db.deleteFrom('company_sector').where('sector_id', '=', from).execute();
  await db
    .insertInto('technology_request_sector')
    .columns(['request_id', 'sector_id'])
    .expression((eb) =>
      eb
        .selectFrom('technology_request_sector')
        .select(['request_id', eb.val(to).as('sector_id')])
        .where('sector_id', '=', from),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db.deleteFrom('technology_request_sector').where('sector_id', '=', from).execute();
  // Saved searches name sectors by slug: the old one becomes the replacement's, kept once, in its place.
  await db
    .updateTable('saved_search')
    .set({
      filter: sql`jsonb_set(filter, '{sectors}', (
        select coalesce(jsonb_agg(v order by first), '[]'::jsonb) from (
          select v, min(n) as first from (
            select case when e = ${sector.slug} then ${replacement.slug} else e end as v, n
            from jsonb_array_elements_text(filter -> 'sectors') with ordinality as t(e, n)
          ) named group by v
        ) kept
      ))`,
    })
    .where(sql<boolean>`filter -> 'sectors' ? ${sector.slug}`)
    .execute();
  await db.updateTable('sector').set({ replaced_by_id: to }).where('replaced_by_id', '=', from).execute();
  const row = await db
    .updateTable('sector')
    .set({ retired_at: sql<Date>`now()`, replaced_by_id: to })
    .where('id', '=', from)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, sector: toSectorRecord(row) };
}

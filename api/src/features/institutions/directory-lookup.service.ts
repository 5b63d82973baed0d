import type { Db } from '@tt/db/database';
import {
  type InstitutionRecord,
  type SectorRecord,
  toInstitutionRecord,
  toSectorRecord,
} from './institution-records.js';

export async function listInstitutions(db: Db): Promise<InstitutionRecord[]> {
  const rows = await db.selectFrom('institution').selectAll().orderBy('name').execute();
  return rows.map(toInstitutionRecord);
}

export async function findInstitution(
  db: Db,
  by: { slug: string } | { id: number },
): Promise<InstitutionRecord | null> {
  const row = await db
    .selectFrom('institution')
    .selectAll()
    .$call((query) => ('slug' in by ? query.where('slug', '=', by.slug) : query.where('id', '=', by.id)))
    .executeTakeFirst();
  return row ? toInstitutionRecord(row) : null;
}

/** The taxonomy in use (and the retired terms when asked), parents before children. */
export async function listSectors(db: Db, options: { includeRetired: boolean }): Promise<SectorRecord[]> {
  const rows = await db
    .selectFrom('sector')
    .selectAll()
    .$if(!options.includeRetired, (q) => q.where('retired_at', 'is', null))
    .orderBy('kind')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toSectorRecord);
}

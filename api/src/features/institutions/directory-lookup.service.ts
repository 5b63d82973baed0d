import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import type { InstitutionType } from './institution.type.js';
import { type InstitutionRow, type SectorRow, toInstitutionRecord, toSectorRecord } from './institution-records.js';
import type { SectorType } from './sector.type.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export async function listInstitutions(db: Db): Promise<InstitutionType[]> {
  const { rows } = await sql<InstitutionRow>`select * from institution order by name`.execute(db);
  return rows.map(toInstitutionRecord);
}

export async function findInstitution(db: Db, by: { slug: string } | { id: number }): Promise<InstitutionType | null> {
  const where = 'slug' in by ? sql`slug = ${by.slug}` : sql`id = ${by.id}`;
  const { rows } = await sql<InstitutionRow>`select * from institution where ${where}`.execute(db);
  return rows[0] ? toInstitutionRecord(rows[0]) : null;
}

/** The whole taxonomy, parents before children. */
export async function listSectors(db: Db): Promise<SectorType[]> {
  const { rows } = await sql<SectorRow>`select * from sector order by kind, position, id`.execute(db);
  return rows.map(toSectorRecord);
}

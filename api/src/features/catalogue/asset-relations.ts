import { type RawBuilder, sql } from 'kysely';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { InstitutionType } from '../institutions/institution.type.js';
import {
  type InstitutionRow,
  type PlatformRow,
  type SectorRow,
  toInstitutionRecord,
  toPlatformRecord,
  toSectorRecord,
} from '../institutions/institution-records.js';
import { type InventorRow, toInventorRecord } from './asset-records.js';

// A listing's relations brought along with its row, as JSON, to fill the request's loaders: the same rows,
// in the same order, as the loaders' own statements would give, so the fields resolve without a statement
// per relation.

/** Relations a statement can bring along with the listings it reads. */
export interface AssetRelations {
  institution?: boolean;
  /**
   * The Institution fields the selection names below `institution`: when all are columns, the institute is read
   * with those only, and kept with its listings (never in the request's shared loader). Absent: the whole row.
   */
  institutionFields?: ReadonlySet<string>;
  platform?: boolean;
  contactOfficer?: boolean;
  sectors?: boolean;
  inventors?: boolean;
}

export type RelationLoaders = Pick<
  Loaders,
  'institutionById' | 'platformById' | 'contactOfficerById' | 'sectorsByAssetId' | 'inventorsByAssetId'
>;

/** The relations a selection of Asset fields asks for (and of Institution fields below `institution`). */
export function relationsOf(fields: Set<string>, institutionFields?: ReadonlySet<string>): AssetRelations {
  return {
    institution: fields.has('institution'),
    institutionFields,
    platform: fields.has('platform'),
    contactOfficer: fields.has('contactOfficer'),
    sectors: fields.has('sectors'),
    inventors: fields.has('inventors'),
  };
}

export interface RelationColumns {
  institution_json: InstitutionRow | null;
  platform_json: PlatformRow | null;
  contact_officer_json: { name: string; title: string | null } | null;
  sectors_json: SectorRow[] | null;
  inventors_json: InventorRow[] | null;
}

/** Institution fields and their columns (the JSON keys toInstitutionRecord reads). */
const INSTITUTION_COLUMNS = new Map([
  ['slug', 'slug'],
  ['name', 'name'],
  ['shortName', 'short_name'],
  ['city', 'city'],
  ['region', 'region'],
  ['country', 'country'],
  ['website', 'website'],
  ['contactEmail', 'contact_email'],
  ['description', 'description'],
  ['mission', 'mission'],
  ['networks', 'networks'],
]);

/** The institute's columns a selection needs (id always), or null when it names a field that is no column. */
function institutionColumnsOf(fields: ReadonlySet<string> | undefined): string[] | null {
  if (!fields) return null;
  const columns = ['id'];
  for (const field of fields) {
    if (field === '__typename' || field === 'id') continue;
    const column = INSTITUTION_COLUMNS.get(field);
    if (!column) return null;
    columns.push(column);
  }
  return columns;
}

/** Whether the institutes of a statement read with these relations are narrowed to the selection. */
export function narrowsInstitution(relations: AssetRelations): boolean {
  return Boolean(relations.institution && institutionColumnsOf(relations.institutionFields));
}

/**
 * The select-list columns for the listings aliased `a`. An institute comes once per statement (on its first
 * listing; `once` false for a single-row statement where a window function would only cost).
 */
export function relationColumns(relations: AssetRelations, once = true): RawBuilder<unknown> {
  const narrowed = institutionColumnsOf(relations.institutionFields);
  const json = narrowed
    ? sql`json_build_object(${sql.join(narrowed.map((column) => sql.raw(`'${column}', i.${column}`)))})`
    : sql`row_to_json(i)`;
  const institution = relations.institution
    ? once
      ? sql`case when row_number() over (partition by a.institution_id) = 1
          then (select ${json} from institution i where i.id = a.institution_id) end`
      : sql`(select ${json} from institution i where i.id = a.institution_id)`
    : sql`null`;
  const platform = relations.platform
    ? sql`(select row_to_json(p) from platform p where p.id = a.platform_id)`
    : sql`null`;
  const contactOfficer = relations.contactOfficer
    ? sql`(select json_build_object('name', u.name, 'title', u.title) from app_user u where u.id = a.contact_officer_id)`
    : sql`null`;
  const sectors = relations.sectors
    ? sql`(select coalesce(json_agg(s order by s.kind, s.position), '[]') from asset_sector x
        join sector s on s.id = x.sector_id where x.asset_id = a.id)`
    : sql`null`;
  const inventors = relations.inventors
    ? sql`(select coalesce(json_agg(json_build_object('id', i.id, 'name', i.name, 'affiliation', i.affiliation)
        order by x.position), '[]') from asset_inventor x join inventor i on i.id = x.inventor_id
        where x.asset_id = a.id)`
    : sql`null`;
  return sql`${institution} as institution_json, ${platform} as platform_json,
    ${contactOfficer} as contact_officer_json, ${sectors} as sectors_json, ${inventors} as inventors_json`;
}

/**
 * Fills the loaders from rows read with relationColumns (what was not asked for stays to the loaders). Institutes
 * narrowed to the selection are not put in the shared loader: they are returned, by id, for the statement's
 * listings to carry (toAssetRecord).
 */
export function primeRelations(
  loaders: RelationLoaders,
  relations: AssetRelations,
  rows: (RelationColumns & {
    id: number;
    institution_id: number;
    platform_id: number | null;
    contact_officer_id: number | null;
  })[],
): Map<number, InstitutionType> | undefined {
  const narrowed = narrowsInstitution(relations) ? new Map<number, InstitutionType>() : undefined;
  for (const row of rows) {
    if (row.institution_json) {
      const institution = toInstitutionRecord(row.institution_json);
      if (narrowed) narrowed.set(row.institution_id, institution);
      else loaders.institutionById.prime(row.institution_id, institution);
    }
    if (relations.platform && row.platform_id !== null) {
      loaders.platformById.prime(row.platform_id, row.platform_json ? toPlatformRecord(row.platform_json) : null);
    }
    if (relations.contactOfficer && row.contact_officer_id !== null) {
      loaders.contactOfficerById.prime(row.contact_officer_id, row.contact_officer_json);
    }
    if (row.sectors_json) loaders.sectorsByAssetId.prime(row.id, row.sectors_json.map(toSectorRecord));
    if (row.inventors_json) loaders.inventorsByAssetId.prime(row.id, row.inventors_json.map(toInventorRecord));
  }
  return narrowed;
}

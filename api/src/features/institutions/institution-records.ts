import { toGlobalId } from '../../schema/global-id.js';
import type { InstitutionType } from './institution.type.js';
import type { PlatformType } from './platform.type.js';
import type { SectorType } from './sector.type.js';

// Rows read by hand-written SQL become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

export interface InstitutionRow {
  id: number;
  slug: string;
  name: string;
  short_name: string;
  city: string;
  region: string;
  country: string;
  website: string | null;
  contact_email: string;
  description: string;
  mission: string;
  networks: string[];
}

export function toInstitutionRecord(row: InstitutionRow): InstitutionType {
  return {
    __typename: 'Institution',
    id: toGlobalId('Institution', row.id),
    dbId: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    city: row.city,
    region: row.region,
    country: row.country,
    website: row.website,
    contactEmail: row.contact_email,
    description: row.description,
    mission: row.mission,
    networks: row.networks,
  };
}

export interface PlatformRow {
  id: number;
  slug: string;
  institution_id: number;
  name: string;
  kind: PlatformType['kind'];
  description: string;
  capabilities: string[];
}

export function toPlatformRecord(row: PlatformRow): PlatformType {
  return {
    __typename: 'Platform',
    id: toGlobalId('Platform', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    description: row.description,
    capabilities: row.capabilities,
  };
}

export interface SectorRow {
  id: number;
  slug: string;
  kind: SectorType['kind'];
  parent_id: number | null;
  label_en: string;
  label_it: string;
  position: number;
}

export function toSectorRecord(row: SectorRow): SectorType {
  return {
    __typename: 'Sector',
    id: toGlobalId('Sector', row.id),
    dbId: row.id,
    parentId: row.parent_id,
    slug: row.slug,
    kind: row.kind,
    labelEn: row.label_en,
    labelIt: row.label_it,
    position: row.position,
  };
}

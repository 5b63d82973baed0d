import type { Database } from '@tt/db/database';
import type { PlatformKind, TaxonomyKind } from '@tt/shared/taxonomy-enums';
import type { Selectable } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';

// Rows read from the database become the records the GraphQL types describe (and implement).
// Only what a GraphQL type declares is ever sent to a client.

/** A research institute as the services hand it over. */
export interface InstitutionRecord {
  readonly __typename: 'Institution';
  id: string;
  dbId: number;
  slug: string;
  name: string;
  shortName: string;
  /** Its place as English names it (Milan, Lombardy); the GraphQL fields show the request's language. */
  city: string;
  region: string;
  /** Its place as Italian names it (Milano, Lombardia): empty where Italian names it as English does. */
  cityIt: string;
  regionIt: string;
  country: string;
  website: string | null;
  contactEmail: string;
  /** The English texts as stored (the reference); the GraphQL fields show the request's language (…-text.resolver.ts). */
  description: string;
  mission: string;
  networks: string[];
  descriptionIt: string;
  missionIt: string;
  /** Whether every English text it has is there in Italian. */
  hasItalianText: boolean;
}

/** A research platform or facility of an institute. */
export interface PlatformRecord {
  readonly __typename: 'Platform';
  id: string;
  dbId: number;
  institutionId: number;
  slug: string;
  name: string;
  kind: PlatformKind;
  /** The English texts as stored (the reference); the GraphQL fields show the request's language (…-text.resolver.ts). */
  description: string;
  capabilities: string[];
  descriptionIt: string;
  capabilitiesIt: string[];
  /** Whether every English text it has is there in Italian. */
  hasItalianText: boolean;
  /** When it was retired (gone from public pages and pickers); null while in use. */
  retiredAt: Date | null;
}

/** A term of the shared taxonomy. */
export interface SectorRecord {
  readonly __typename: 'Sector';
  id: string;
  dbId: number;
  parentId: number | null;
  slug: string;
  kind: TaxonomyKind;
  labelEn: string;
  labelIt: string;
  position: number;
  /** When it was retired (gone from pickers, filters and facets); null while in use. */
  retiredAt: Date | null;
  /** The term that replaced it when it was retired. */
  replacedById: number | null;
}

/** The institution columns a record is made of (the entity's types: a renamed column fails here). */
export type InstitutionRow = Pick<
  Selectable<Database['institution']>,
  | 'id'
  | 'slug'
  | 'name'
  | 'short_name'
  | 'city'
  | 'region'
  | 'city_it'
  | 'region_it'
  | 'country'
  | 'website'
  | 'contact_email'
  | 'description'
  | 'mission'
  | 'networks'
  | 'description_it'
  | 'mission_it'
>;

/** Whether each text a record has in English is there in Italian too (texts are stored trimmed). */
export function translated(pairs: [english: string | readonly string[], italian: string | readonly string[]][]) {
  return pairs.every(([english, italian]) => english.length === 0 || italian.length > 0);
}

export function toInstitutionRecord(row: InstitutionRow): InstitutionRecord {
  return {
    __typename: 'Institution',
    id: toGlobalId('Institution', row.id),
    dbId: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    city: row.city,
    region: row.region,
    cityIt: row.city_it,
    regionIt: row.region_it,
    country: row.country,
    website: row.website,
    contactEmail: row.contact_email,
    description: row.description,
    mission: row.mission,
    networks: row.networks,
    descriptionIt: row.description_it,
    missionIt: row.mission_it,
    // A narrowed row (asset-relations.ts) has only the texts its selection shows.
    hasItalianText: translated([
      [row.description ?? '', row.description_it ?? ''],
      [row.mission ?? '', row.mission_it ?? ''],
    ]),
  };
}

export type PlatformRow = Pick<
  Selectable<Database['platform']>,
  | 'id'
  | 'slug'
  | 'institution_id'
  | 'name'
  | 'kind'
  | 'description'
  | 'capabilities'
  | 'description_it'
  | 'capabilities_it'
> &
  // A narrowed row (asset-relations.ts) may leave it out: the platform a listing names is shown retired or not.
  Partial<Pick<Selectable<Database['platform']>, 'retired_at'>>;

export function toPlatformRecord(row: PlatformRow): PlatformRecord {
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
    descriptionIt: row.description_it,
    capabilitiesIt: row.capabilities_it,
    hasItalianText: translated([
      [row.description, row.description_it],
      [row.capabilities, row.capabilities_it],
    ]),
    retiredAt: row.retired_at ? toDate(row.retired_at) : null,
  };
}

export type SectorRow = Pick<
  Selectable<Database['sector']>,
  'id' | 'slug' | 'kind' | 'parent_id' | 'label_en' | 'label_it' | 'position'
> &
  Partial<Pick<Selectable<Database['sector']>, 'retired_at' | 'replaced_by_id'>>;

export function toSectorRecord(row: SectorRow): SectorRecord {
  return {
    __typename: 'Sector',
    id: toGlobalId('Sector', row.id),
    dbId: row.id,
    // The entity's self-reference (parent: Sector) is inferred as unknown; the column is a nullable integer.
    parentId: row.parent_id as number | null,
    slug: row.slug,
    kind: row.kind,
    labelEn: row.label_en,
    labelIt: row.label_it,
    position: row.position,
    retiredAt: row.retired_at ? toDate(row.retired_at) : null,
    replacedById: (row.replaced_by_id as number | null | undefined) ?? null,
  };
}

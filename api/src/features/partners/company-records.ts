import type { Database, Db } from '@tt/db/database';
import type { CompanySize, PartnershipLevel } from '@tt/shared/company-enums';
import { expressionBuilder, type Selectable, sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';

// Rows read from the company table become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

type CompanyTable = Database['company'];

/** A company as the services return it (the GraphQL Company implements it). */
export interface CompanyRecord {
  readonly __typename: 'Company';
  id: string;
  dbId: number;
  slug: string;
  name: string;
  country: string;
  city: string | null;
  size: CompanySize;
  interests: string[];
  website: string | null;
  description: string;
  partnershipLevel: PartnershipLevel;
  listed: boolean;
  listingRequestedAt: Date | null;
}

/** What a company read selects, over the company aliased `c`. */
export const companySelection = [
  'c.id',
  'c.slug',
  'c.name',
  'c.country',
  'c.city',
  'c.size',
  'c.interests',
  'c.website',
  'c.description',
  'c.partnership_level',
  'c.listed',
  'c.listing_requested_at',
] as const;

const overCompany = expressionBuilder<{ c: CompanyTable }, 'c'>();

/** companySelection as a raw column list, for SQL not yet built with the query builder (loaders/create-loaders.ts). */
export const companyColumns = sql.join(companySelection.map((column) => overCompany.ref(column)));

/** A row read with companySelection. Timestamps arrive as text at runtime whatever the type says: toDate reads both. */
export type CompanyRow = Pick<Selectable<CompanyTable>, CompanyColumn>;

/** The columns companySelection reads ('c.id' → 'id'). */
type CompanyColumn<S = (typeof companySelection)[number]> = S extends `c.${infer Column}` ? Column : never;

/**
 * company_sector, the pivot table of Company.sectors: a many-to-many without an entity of its own, which the
 * inferred Database leaves out. Its columns are the two keys, typed as the entities' ids.
 */
interface CompanySectorTable {
  company_id: Selectable<CompanyTable>['id'];
  sector_id: Selectable<Database['sector']>['id'];
}

/** The typed database with the company_sector pivot table (see CompanySectorTable). */
export function withCompanySectors(db: Db) {
  return db.withTables<{ company_sector: CompanySectorTable }>();
}

export function toCompanyRecord(row: CompanyRow): CompanyRecord {
  return {
    __typename: 'Company',
    id: toGlobalId('Company', row.id),
    dbId: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    city: row.city,
    size: row.size,
    interests: row.interests,
    website: row.website,
    description: row.description,
    partnershipLevel: row.partnership_level,
    listed: row.listed,
    listingRequestedAt: row.listing_requested_at === null ? null : toDate(row.listing_requested_at),
  };
}

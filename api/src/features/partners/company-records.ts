import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';
import type { CompanyType } from './company.type.js';

// Rows read by hand-written SQL become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

export interface CompanyRow {
  id: number;
  slug: string;
  name: string;
  country: string;
  city: string | null;
  size: CompanyType['size'];
  interests: string[];
  website: string | null;
  description: string;
  partnership_level: CompanyType['partnershipLevel'];
  listed: boolean;
  listing_requested_at: Date | string | null;
}

export const companyColumns = sql`c.id, c.slug, c.name, c.country, c.city, c.size, c.interests, c.website,
  c.description, c.partnership_level, c.listed, c.listing_requested_at`;

export function toCompanyRecord(row: CompanyRow): CompanyType {
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

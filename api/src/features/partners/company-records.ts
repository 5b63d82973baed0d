import type { Database } from '@tt/db/database';
import type { CompanySize } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import { type Selectable } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';
import { translated } from '../institutions/institution-records.js';

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
  interestsLanguage: Language;
  /** The TRL range the company takes on; null when it has not said. */
  trlMin: number | null;
  trlMax: number | null;
  website: string | null;
  /** The English description as stored (the reference); the GraphQL field shows the request's language. */
  description: string;
  descriptionIt: string;
  /** Whether its description is there in Italian too (or it has none). */
  hasItalianText: boolean;
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
  'c.interests_language',
  'c.trl_min',
  'c.trl_max',
  'c.website',
  'c.description',
  'c.description_it',
  'c.listed',
  'c.listing_requested_at',
] as const;

/** A row read with companySelection. Timestamps arrive as text at runtime whatever the type says: toDate reads both. */
export type CompanyRow = Pick<Selectable<CompanyTable>, CompanyColumn>;

/** The columns companySelection reads ('c.id' → 'id'). */
type CompanyColumn<S = (typeof companySelection)[number]> = S extends `c.${infer Column}` ? Column : never;

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
    interestsLanguage: row.interests_language,
    trlMin: row.trl_min,
    trlMax: row.trl_max,
    website: row.website,
    description: row.description,
    descriptionIt: row.description_it,
    hasItalianText: translated([[row.description, row.description_it]]),
    listed: row.listed,
    listingRequestedAt: row.listing_requested_at === null ? null : toDate(row.listing_requested_at),
  };
}

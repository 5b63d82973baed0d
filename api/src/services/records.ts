import { type RawBuilder, sql } from 'kysely';
import type { InvitationType } from '../features/accounts/invitation.type.js';
import type { UserType } from '../features/accounts/user.type.js';
import type { AssetType } from '../features/catalogue/asset.type.js';
import type { InventorType } from '../features/catalogue/inventor.type.js';
import type { InstitutionType } from '../features/institutions/institution.type.js';
import type { PlatformType } from '../features/institutions/platform.type.js';
import type { SectorType } from '../features/institutions/sector.type.js';
import type { CompanyType } from '../features/partners/company.type.js';
import { toGlobalId } from '../schema/global-id.js';

// Rows read by hand-written SQL become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

/** The ORM's driver hands timestamps over as PostgreSQL text; GraphQL wants Dates. */
export function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

export const assetColumns = sql`a.id, a.slug, a.kind, a.status, a.title, a.summary, a.description, a.problem,
  a.benefits, a.applications, a.trl, a.ip_status, a.patent_numbers, a.development_stage, a.partnering_models,
  a.keywords, a.turnaround, a.pricing_model, a.published_at, a.updated_at, a.institution_id, a.platform_id,
  a.contact_officer_id`;

/** Asset fields read from columns every statement reads (or from relations read by id). */
const ALWAYS_READ_FIELDS = new Set([
  '__typename',
  'id',
  'slug',
  'kind',
  'status',
  'title',
  'summary',
  'trl',
  'ipStatus',
  'developmentStage',
  'turnaround',
  'pricingModel',
  'publishedAt',
  'updatedAt',
  'institution',
  'platform',
  'contactOfficer',
  'sectors',
  'inventors',
]);

/** The costly columns (long texts, arrays) a statement reads only when the selection names their field. */
const COSTLY_COLUMNS: [field: string, column: string, empty: 'text' | 'array'][] = [
  ['description', 'description', 'text'],
  ['problem', 'problem', 'text'],
  ['benefits', 'benefits', 'text'],
  ['applications', 'applications', 'array'],
  ['patentNumbers', 'patent_numbers', 'array'],
  ['partneringModels', 'partnering_models', 'array'],
  ['keywords', 'keywords', 'array'],
];

const COSTLY_FIELDS = new Set(COSTLY_COLUMNS.map(([field]) => field));

/**
 * The asset columns a selection of Asset fields needs (with assetColumns' names and order): a costly column
 * whose field is not selected is read as empty. Any field not known here (publicationIssues, relatedAssets,
 * interestSummary, a field added later) reads every column, so a record read with these is only ever served
 * to the selection it was read for.
 */
export function assetColumnsFor(fields: ReadonlySet<string>): RawBuilder<unknown> {
  if (![...fields].every((field) => ALWAYS_READ_FIELDS.has(field) || COSTLY_FIELDS.has(field))) return assetColumns;
  const column = (name: string) => {
    const [field, , empty] = COSTLY_COLUMNS.find(([, column]) => column === name) ?? [];
    if (!field || fields.has(field)) return sql.raw(`a.${name}`);
    return sql.raw(empty === 'text' ? `'' as ${name}` : `'{}'::text[] as ${name}`);
  };
  return sql`a.id, a.slug, a.kind, a.status, a.title, a.summary, ${column('description')}, ${column('problem')},
  ${column('benefits')}, ${column('applications')}, a.trl, a.ip_status, ${column('patent_numbers')},
  a.development_stage, ${column('partnering_models')}, ${column('keywords')}, a.turnaround, a.pricing_model,
  a.published_at, a.updated_at, a.institution_id, a.platform_id, a.contact_officer_id`;
}

export interface AssetRow {
  id: number;
  slug: string;
  kind: AssetType['kind'];
  status: AssetType['status'];
  title: string;
  summary: string;
  description: string;
  problem: string;
  benefits: string;
  applications: string[];
  trl: number;
  ip_status: AssetType['ipStatus'];
  patent_numbers: string[];
  development_stage: AssetType['developmentStage'];
  partnering_models: AssetType['partneringModels'];
  keywords: string[];
  turnaround: string | null;
  pricing_model: AssetType['pricingModel'];
  published_at: Date | string | null;
  updated_at: Date | string;
  institution_id: number;
  platform_id: number | null;
  contact_officer_id: number | null;
}

export function toAssetRecord(row: AssetRow): AssetType {
  return {
    __typename: 'Asset',
    id: toGlobalId('Asset', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    platformId: row.platform_id,
    contactOfficerId: row.contact_officer_id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    summary: row.summary,
    description: row.description,
    problem: row.problem,
    benefits: row.benefits,
    applications: row.applications,
    trl: row.trl,
    ipStatus: row.ip_status,
    patentNumbers: row.patent_numbers,
    developmentStage: row.development_stage,
    partneringModels: row.partnering_models,
    keywords: row.keywords,
    turnaround: row.turnaround,
    pricingModel: row.pricing_model,
    publishedAt: row.published_at === null ? null : toDate(row.published_at),
    updatedAt: toDate(row.updated_at),
  };
}

/** A listing that carries its institute as read for this selection only (primeRelations gave them, by id). */
export function toSelectedAssetRecord(
  row: AssetRow,
  institutions: Map<number, InstitutionType> | undefined,
): AssetType {
  const record = toAssetRecord(row);
  if (institutions) record.selectedInstitution = institutions.get(row.institution_id);
  return record;
}

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

export interface InventorRow {
  id: number;
  name: string;
  affiliation: string;
}

export function toInventorRecord(row: InventorRow): InventorType {
  return {
    __typename: 'Inventor',
    id: toGlobalId('Inventor', row.id),
    dbId: row.id,
    name: row.name,
    affiliation: row.affiliation,
  };
}

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

export interface UserRow {
  id: number;
  email: string;
  name: string;
  title: string | null;
  role: UserType['role'];
  institution_id: number | null;
  company_id: number | null;
  email_verified_at: Date | string | null;
  disabled_at: Date | string | null;
  created_at: Date | string;
}

export const userColumns = sql`u.id, u.email, u.name, u.title, u.role, u.institution_id, u.company_id,
  u.email_verified_at, u.disabled_at, u.created_at`;

export function toUserRecord(row: UserRow): UserType {
  return {
    __typename: 'User',
    id: toGlobalId('User', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    companyId: row.company_id,
    email: row.email,
    name: row.name,
    title: row.title,
    role: row.role,
    emailVerified: row.email_verified_at !== null,
    disabled: row.disabled_at !== null,
    createdAt: toDate(row.created_at),
  };
}

/** Shown for invitations that join no institute or company (administrators). */
export const NETWORK_ORGANISATION_NAME = 'TT Marketplace network';

export interface InvitationRow {
  id: number;
  email: string;
  role: InvitationType['role'];
  institution_id: number | null;
  company_id: number | null;
  organisation_name: string | null;
  invited_by_name: string | null;
  created_at: Date | string;
  expires_at: Date | string;
  accepted_at: Date | string | null;
  revoked_at: Date | string | null;
}

/** Select with `from ${invitationFrom}`: the invitation `v` with its organisation's and inviter's names. */
export const invitationColumns = sql`v.id, v.email, v.role, v.institution_id, v.company_id,
  coalesce(vi.name, vc.name) as organisation_name, vu.name as invited_by_name, v.created_at, v.expires_at,
  v.accepted_at, v.revoked_at`;

export const invitationFrom = sql`invitation v left join institution vi on vi.id = v.institution_id
  left join company vc on vc.id = v.company_id left join app_user vu on vu.id = v.invited_by_id`;

export function invitationStatus(
  row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now = new Date(),
): InvitationType['status'] {
  if (row.accepted_at !== null) return 'ACCEPTED';
  if (row.revoked_at !== null) return 'REVOKED';
  return toDate(row.expires_at).getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

export function toInvitationRecord(row: InvitationRow, now = new Date()): InvitationType {
  return {
    __typename: 'Invitation',
    id: toGlobalId('Invitation', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    companyId: row.company_id,
    email: row.email,
    role: row.role,
    organisationName: row.organisation_name ?? NETWORK_ORGANISATION_NAME,
    status: invitationStatus(row, now),
    invitedByName: row.invited_by_name,
    createdAt: toDate(row.created_at),
    expiresAt: toDate(row.expires_at),
    acceptedAt: row.accepted_at === null ? null : toDate(row.accepted_at),
    revokedAt: row.revoked_at === null ? null : toDate(row.revoked_at),
  };
}

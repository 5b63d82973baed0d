import { type RawBuilder, sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';
import type { InstitutionType } from '../institutions/institution.type.js';
import type { AssetType } from './asset.type.js';
import type { InventorType } from './inventor.type.js';

// Rows read by hand-written SQL become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

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

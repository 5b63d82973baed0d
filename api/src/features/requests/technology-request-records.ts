import type { Db } from '@tt/db/database';
import type { PartneringModel } from '@tt/shared/asset-enums';
import type { Language } from '@tt/shared/languages';
import type { BudgetBand, RequestStatus, RequestVisibility } from '@tt/shared/technology-request-enums';
import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import type { PageInfo } from '../../pagination/page-info.js';
import { toGlobalId } from '../../schema/global-id.js';

// Rows read from technology_request (with its company's name) become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

/** A technology request as the services return it (the GraphQL TechnologyRequest implements it). */
export interface TechnologyRequestRecord {
  readonly __typename: 'TechnologyRequest';
  id: string;
  dbId: number;
  slug: string;
  companyId: number;
  companyName: string;
  authorId: number;
  title: string;
  description: string;
  motivation: string;
  /** What its texts are written in. */
  language: Language;
  trlMin: number;
  trlMax: number;
  partneringModels: PartneringModel[];
  budgetBand: BudgetBand | null;
  /** The last day it is open, YYYY-MM-DD. */
  deadline: string;
  visibility: RequestVisibility;
  status: RequestStatus;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TechnologyRequestEdge {
  cursor: string;
  node: TechnologyRequestRecord;
}

export interface TechnologyRequestPage {
  edges: TechnologyRequestEdge[];
  pageInfo: PageInfo;
}

/** Reads requests `r` with their company `c` (the columns requestColumns selects). */
export function requestsFrom(db: Db) {
  return db.selectFrom('technology_request as r').innerJoin('company as c', 'c.id', 'r.company_id');
}

/** What a request read selects, over requestsFrom. The deadline as text: a day, never shifted by a time zone. */
export const requestColumns = [
  'r.id',
  'r.slug',
  'r.company_id',
  'c.name as company_name',
  'r.author_id',
  'r.title',
  'r.description',
  'r.motivation',
  'r.language',
  'r.trl_min',
  'r.trl_max',
  'r.partnering_models',
  'r.budget_band',
  sql<string>`to_char(r.deadline, 'YYYY-MM-DD')`.as('deadline_day'),
  'r.visibility',
  'r.status',
  'r.closed_at',
  'r.created_at',
  'r.updated_at',
] as const;

/** A row of requestColumns (timestamps arrive as text at run time whatever the type says: toDate reads both). */
export interface TechnologyRequestRow {
  id: number;
  slug: string;
  company_id: number;
  company_name: string;
  author_id: number;
  title: string;
  description: string;
  motivation: string;
  language: Language;
  trl_min: number;
  trl_max: number;
  partnering_models: string[];
  budget_band: BudgetBand | null;
  deadline_day: string;
  visibility: RequestVisibility;
  status: RequestStatus;
  closed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export function toTechnologyRequestRecord(row: TechnologyRequestRow): TechnologyRequestRecord {
  return {
    __typename: 'TechnologyRequest',
    id: toGlobalId('TechnologyRequest', row.id),
    dbId: row.id,
    slug: row.slug,
    companyId: row.company_id,
    companyName: row.company_name,
    authorId: row.author_id,
    title: row.title,
    description: row.description,
    motivation: row.motivation,
    language: row.language,
    trlMin: row.trl_min,
    trlMax: row.trl_max,
    partneringModels: row.partnering_models as PartneringModel[],
    budgetBand: row.budget_band,
    deadline: row.deadline_day,
    visibility: row.visibility,
    status: row.status,
    closedAt: row.closed_at ? toDate(row.closed_at) : null,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

/** One request by its id, as stored (callers decide whether the viewer may see it). */
export async function readTechnologyRequest(
  db: Db,
  where: { id: number } | { slug: string },
  options: { forUpdate?: boolean } = {},
): Promise<TechnologyRequestRecord | null> {
  const row = await requestsFrom(db)
    .select(requestColumns)
    .$if('id' in where, (query) => query.where('r.id', '=', (where as { id: number }).id))
    .$if('slug' in where, (query) => query.where('r.slug', '=', (where as { slug: string }).slug))
    .$if(options.forUpdate === true, (query) => query.forUpdate('r'))
    .executeTakeFirst();
  return row ? toTechnologyRequestRecord(row) : null;
}

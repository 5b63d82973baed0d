import type { Database, Db } from '@tt/db/database';
import {
  type DisclosureRecommendation,
  type DisclosureStatus,
  type MarketPotential,
  type Patentability,
  type PublicDisclosureKind,
  plannedDisclosureWarning,
} from '@tt/shared/disclosure-transitions';
import { englishErrorMessage } from '@tt/shared/error-messages';
import type { Language } from '@tt/shared/languages';
import { type ExpressionBuilder, expressionBuilder, type Selectable, sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import type { UserError } from '../../errors/user-error.js';
import type { PageInfo } from '../../pagination/page-info.js';
import { toGlobalId } from '../../schema/global-id.js';

// What the disclosure services return: plain records, which the GraphQL classes of disclosure.type.ts,
// disclosure-attachment.type.ts and disclosure-researcher.type.ts implement (so resolvers return them as
// they are). Only what a GraphQL type declares is ever sent to a client.

/** The warning of a near planned public disclosure, in English (the web words its code in the reader's language). */
function plannedWarningText(date: string, now: Date): string | null {
  const warning = plannedDisclosureWarning(date, now);
  return warning ? englishErrorMessage(warning.code, warning.params) : null;
}

export interface DisclosureInventorRecord {
  name: string;
  affiliation: string;
  contributionShare: number;
}

export interface PublicDisclosureRecord {
  kind: PublicDisclosureKind;
  date: string;
  venue: string;
  description: string | null;
  /** Set when a planned disclosure is within 30 days. */
  warning: string | null;
}

export interface FundingSourceRecord {
  funder: string;
  grantNumber: string | null;
  obligations: string;
}

export interface DisclosureAssessmentRecord {
  patentability: Patentability | null;
  marketPotential: MarketPotential | null;
  recommendation: DisclosureRecommendation | null;
  notes: string | null;
  notesLanguage: Language | null;
}

export interface DisclosureRecord {
  readonly __typename: 'Disclosure';
  id: string;
  dbId: number;
  institutionId: number;
  /** The researcher who started it: the only one who may delete it while it is a draft. */
  createdById: number;
  assigneeId: number | null;
  researcherIds: number[];
  assessmentData: DisclosureAssessmentRecord;
  status: DisclosureStatus;
  version: number;
  referenceNumber: string | null;
  title: string | null;
  inventors: DisclosureInventorRecord[];
  abstract: string | null;
  problem: string | null;
  solution: string | null;
  novelty: string | null;
  priorArt: string | null;
  publicDisclosures: PublicDisclosureRecord[];
  fundingSources: FundingSourceRecord[];
  commercialApplications: string | null;
  trl: number | null;
  /** What the researchers' texts were last written in. */
  language: Language;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DisclosureHistoryRecord {
  from: DisclosureStatus | null;
  to: DisclosureStatus;
  actorName: string | null;
  reason: string | null;
  /** What the reason was written in; null without a reason. */
  reasonLanguage: Language | null;
  at: Date;
}

export interface DisclosureMessageRecord {
  id: string;
  body: string;
  language: Language;
  authorName: string | null;
  authorSide: 'OFFICE' | 'RESEARCHER';
  createdAt: Date;
}

export interface DisclosureStatusCountRecord {
  status: DisclosureStatus;
  count: number;
}

export interface DisclosureEdgeRecord {
  cursor: string;
  node: DisclosureRecord;
}

export interface DisclosureConnectionRecord {
  edges: DisclosureEdgeRecord[];
  pageInfo: PageInfo;
  totalCount: number;
  /** Per status, regardless of the status filter. */
  statusCounts: DisclosureStatusCountRecord[];
}

export interface DisclosurePayloadRecord {
  disclosure: DisclosureRecord | null;
  errors: UserError[];
}

export interface DisclosureAttachmentRecord {
  readonly __typename: 'DisclosureAttachment';
  id: string;
  dbId: number;
  disclosureId: number;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: Date;
  downloadUrl: string;
  uploadedByName: string | null;
}

export interface DisclosureResearcherRecord {
  /** The global id of the User. */
  userId: string;
  name: string;
  email: string;
  isCreator: boolean;
}

/** What a disclosure mutation comes to: the disclosure it touched (if any) and, when refused, why. */
export type DisclosureOutcome =
  | { ok: true; disclosureId: number }
  | { ok: false; errors: UserError[]; disclosureId?: number };

/** A change to a disclosure refused for what the person can correct. */
export function refused(disclosureId: number, ...errors: UserError[]): DisclosureOutcome {
  return { ok: false, disclosureId, errors };
}

/** The database as a query over `disclosure as d` sees it. */
export type DisclosureTables = Database & { d: Database['disclosure'] };

/**
 * `now()`, the transaction's time, for the timestamp columns. A value in a plain object given to `values` / `set`
 * (not an `(eb) => ({…})` factory): only a plain object literal has its keys checked against the table.
 */
export const now = expressionBuilder<Database>().fn<Date>('now');

/** `= any(…)` over an id list, cast as today's statements cast it (one statement text for any number of ids). */
export function idList(ids: readonly number[]) {
  return sql<number[]>`${ids}::int[]`;
}

/** The columns of a disclosure record, and its researchers' ids (a disclosure aliased `d`). */
export function selectDisclosures(db: Db) {
  return db
    .selectFrom('disclosure as d')
    .select((eb) => [
      'd.id',
      'd.institution_id',
      'd.created_by_id',
      'd.status',
      'd.version',
      'd.reference_number',
      'd.title',
      'd.inventors',
      'd.abstract',
      'd.problem',
      'd.solution',
      'd.novelty',
      'd.prior_art',
      'd.public_disclosures',
      'd.funding_sources',
      'd.commercial_applications',
      'd.trl',
      'd.language',
      'd.assignee_id',
      'd.patentability',
      'd.market_potential',
      'd.recommendation',
      'd.assessment_notes',
      'd.assessment_notes_language',
      'd.submitted_at',
      'd.created_at',
      'd.updated_at',
      researcherIdsOf(eb).as('researcher_ids'),
    ]);
}

/** `array(select r.user_id …)`: the ids of the researcher accounts on the disclosure `d`, in id order. */
export function researcherIdsOf(eb: ExpressionBuilder<DisclosureTables, 'd'>) {
  return eb.fn<number[]>('array', [
    eb
      .selectFrom('disclosure_researcher as r')
      .select('r.user_id')
      .whereRef('r.disclosure_id', '=', 'd.id')
      .orderBy('r.user_id'),
  ]);
}

type DisclosureRow = Pick<
  Selectable<Database['disclosure']>,
  | 'id'
  | 'institution_id'
  | 'created_by_id'
  | 'status'
  | 'version'
  | 'reference_number'
  | 'title'
  | 'inventors'
  | 'abstract'
  | 'problem'
  | 'solution'
  | 'novelty'
  | 'prior_art'
  | 'public_disclosures'
  | 'funding_sources'
  | 'commercial_applications'
  | 'trl'
  | 'assignee_id'
  | 'patentability'
  | 'market_potential'
  | 'recommendation'
  | 'assessment_notes'
  | 'assessment_notes_language'
  | 'language'
  | 'submitted_at'
  | 'created_at'
  | 'updated_at'
> & { researcher_ids: number[] };

export function toDisclosureRecord(row: DisclosureRow, now = new Date()): DisclosureRecord {
  return {
    __typename: 'Disclosure',
    id: toGlobalId('Disclosure', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    createdById: row.created_by_id,
    assigneeId: row.assignee_id,
    researcherIds: row.researcher_ids.map(Number),
    assessmentData: {
      patentability: row.patentability,
      marketPotential: row.market_potential,
      recommendation: row.recommendation,
      notes: row.assessment_notes,
      notesLanguage: row.assessment_notes_language,
    },
    status: row.status,
    version: row.version,
    referenceNumber: row.reference_number,
    title: row.title,
    inventors: row.inventors,
    abstract: row.abstract,
    problem: row.problem,
    solution: row.solution,
    novelty: row.novelty,
    priorArt: row.prior_art,
    publicDisclosures: row.public_disclosures.map((entry) => ({
      kind: entry.kind,
      date: entry.date,
      venue: entry.venue,
      description: entry.description ?? null,
      warning: entry.kind === 'PLANNED' ? plannedWarningText(entry.date, now) : null,
    })),
    fundingSources: row.funding_sources.map((source) => ({
      funder: source.funder,
      grantNumber: source.grantNumber ?? null,
      obligations: source.obligations,
    })),
    commercialApplications: row.commercial_applications,
    trl: row.trl,
    language: row.language,
    submittedAt: row.submitted_at === null ? null : toDate(row.submitted_at),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

/** Rows of a DataLoader's batch, grouped per disclosure id in the order of the ids. */
export function groupedByDisclosure<Row extends { disclosure_id: number }, Out>(
  ids: readonly number[],
  rows: Row[],
  map: (row: Row) => Out,
): Out[][] {
  const groups = new Map<number, Out[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.disclosure_id)?.push(map(row));
  return ids.map((id) => groups.get(id)!);
}

/** Marks the disclosure as changed now (its files, researchers or thread changed). */
export async function touchDisclosure(db: Db, disclosureId: number): Promise<void> {
  await db.updateTable('disclosure').set({ updated_at: now }).where('id', '=', disclosureId).execute();
}

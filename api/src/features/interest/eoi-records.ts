import type { Database, Db } from '@tt/db/database';
import type { DeclineReason, EoiPriority, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { isEoiOverdue, openEoiStatusesSql } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import type { ServiceDetail } from '@tt/shared/service-request-forms';
import { type Expression, expressionBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import type { PageInfo } from '../../pagination/page-info.js';
import { toGlobalId } from '../../schema/global-id.js';

type EoiTable = Database['expression_of_interest'];

/** An expression of interest as the services return it (the GraphQL ExpressionOfInterest implements it). */
export interface EoiRecord {
  readonly __typename: 'ExpressionOfInterest';
  id: string;
  dbId: number;
  assetId: number;
  companyId: number;
  institutionId: number;
  /** The listing's platform: its managers are on the office side (eoi-access.ts). */
  platformId: number | null;
  assigneeId: number | null;
  status: EoiStatus;
  interestType: InterestType;
  message: string;
  intendedUse: string | null;
  timeline: string | null;
  /** What the message, intended use and timeline were written in. */
  language: Language;
  ndaRequested: boolean;
  /** A service request's answers to the listing's form, as sent (null for other EoIs). */
  serviceDetails: ServiceDetail[] | null;
  priority: EoiPriority;
  declineReason: DeclineReason | null;
  declineMessage: string | null;
  declineMessageLanguage: Language | null;
  submitterName: string;
  submitterEmail: string;
  submitterTitle: string | null;
  submitterTitleLanguage: Language;
  submitterPhone: string | null;
  firstResponseAt: Date | null;
  lastActivityAt: Date;
  createdAt: Date;
  overdue: boolean;
}

/** A change of status, as a side of the EoI may read it (eoi-thread.ts; the GraphQL EoiHistoryEntry implements it). */
export interface EoiHistoryEntryRecord {
  from: EoiStatus | null;
  to: EoiStatus;
  actorName: string | null;
  reason: string | null;
  /** What the reason was written in; null without a reason. */
  reasonLanguage: Language | null;
  at: Date;
}

/** A message of the thread (eoi-thread.ts; the GraphQL EoiMessage implements it). */
export interface EoiMessageRecord {
  id: string;
  body: string;
  language: Language;
  internal: boolean;
  authorName: string | null;
  authorSide: 'OFFICE' | 'COMPANY';
  createdAt: Date;
}

/** A page of the EoI board, with the count per status (every filter but the status one). */
export interface EoiConnection {
  edges: { cursor: string; node: EoiRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
  statusCounts: { status: EoiStatus; count: number }[];
}

/** What an EoI read selects, over `e` (the EoI, or the rows an insert returns), `a` (its asset) and `s` (its submitter). */
export const eoiColumns = [
  'e.id',
  'e.asset_id',
  'e.company_id',
  'e.submitter_id',
  'e.interest_type',
  'e.message',
  'e.intended_use',
  'e.timeline',
  'e.language',
  'e.nda_requested',
  'e.service_details',
  'e.status',
  'e.priority',
  'e.assignee_id',
  'e.decline_reason',
  'e.decline_message',
  'e.decline_message_language',
  'e.first_response_at',
  'e.response_due_at',
  'e.last_activity_at',
  'e.created_at',
  'a.institution_id',
  'a.platform_id',
  's.name as submitter_name',
  's.email as submitter_email',
  's.title as submitter_title',
  's.title_language as submitter_title_language',
  's.phone as submitter_phone',
] as const;

/** The EoIs with what eoiColumns reads beside them: their asset `a` and their submitter `s`. */
export function eoiFrom(db: Db) {
  return db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .innerJoin('app_user as s', 's.id', 'e.submitter_id');
}

/** A row read with eoiColumns. Timestamps arrive as text at runtime whatever the type says: toDate reads both. */
export type EoiRow = Pick<Selectable<EoiTable>, ColumnsOf<'e', (typeof eoiColumns)[number]>> & {
  institution_id: number;
  platform_id: number | null;
  submitter_name: string;
  submitter_email: string;
  submitter_title: string | null;
  submitter_title_language: Language;
  submitter_phone: string | null;
};

/** The column names a selection list reads from the table aliased `A` ('e.id' → 'id'). */
type ColumnsOf<A extends string, Selection extends string> = Selection extends `${A}.${infer Column}` ? Column : never;

const overEoi = expressionBuilder<{ e: EoiTable }, 'e'>();

/**
 * isEoiOverdue (shared/src/eoi-transitions.ts) as SQL over an EoI aliased `e`: the due date was fixed at
 * submission (eoiResponseDueAt), so both read the same stored columns. The open statuses stay a literal
 * list, as the partial unique index says them.
 */
export const overdueSql: Expression<SqlBool> = overEoi.and([
  overEoi('e.status', 'in', sql.raw<EoiStatus>(openEoiStatusesSql())),
  overEoi('e.first_response_at', 'is', null),
  overEoi('e.response_due_at', '<=', sql<Date>`now()`),
]);

export function toEoiRecord(row: EoiRow, now = new Date()): EoiRecord {
  const createdAt = toDate(row.created_at);
  const firstResponseAt = row.first_response_at === null ? null : toDate(row.first_response_at);
  return {
    __typename: 'ExpressionOfInterest',
    id: toGlobalId('ExpressionOfInterest', row.id),
    dbId: row.id,
    assetId: row.asset_id,
    companyId: row.company_id,
    institutionId: row.institution_id,
    platformId: row.platform_id,
    assigneeId: row.assignee_id,
    interestType: row.interest_type,
    message: row.message,
    intendedUse: row.intended_use,
    timeline: row.timeline,
    language: row.language,
    ndaRequested: row.nda_requested,
    serviceDetails: row.service_details,
    status: row.status,
    priority: row.priority,
    declineReason: row.decline_reason,
    declineMessage: row.decline_message,
    declineMessageLanguage: row.decline_message_language,
    submitterName: row.submitter_name,
    submitterEmail: row.submitter_email,
    submitterTitle: row.submitter_title,
    submitterTitleLanguage: row.submitter_title_language,
    submitterPhone: row.submitter_phone,
    firstResponseAt,
    lastActivityAt: toDate(row.last_activity_at),
    createdAt,
    overdue: isEoiOverdue({ status: row.status, firstResponseAt, responseDueAt: toDate(row.response_due_at) }, now),
  };
}

import type { DeclineReason, EoiPriority, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { isEoiOverdue, openEoiStatusesSql } from '@tt/shared/eoi-transitions';
import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';
import type { ExpressionOfInterestType } from './expression-of-interest.type.js';

export const eoiColumns = sql`e.id, e.asset_id, e.company_id, e.submitter_id, e.interest_type, e.message, e.intended_use,
  e.timeline, e.nda_requested, e.status, e.priority, e.assignee_id, e.decline_reason, e.decline_message,
  e.first_response_at, e.response_due_at, e.last_activity_at, e.created_at, a.institution_id,
  s.name as submitter_name`;

/** FROM clause matching eoiColumns. */
export const eoiFrom = sql`expression_of_interest e join asset a on a.id = e.asset_id join app_user s on s.id = e.submitter_id`;

/**
 * isEoiOverdue (shared/src/eoi-transitions.ts) as SQL over an EoI aliased `e`: the due date was fixed at
 * submission (eoiResponseDueAt), so both read the same stored columns.
 */
export const overdueSql = sql`(e.status in ${sql.raw(openEoiStatusesSql())}
  and e.first_response_at is null and e.response_due_at <= now())`;

export interface EoiRow {
  id: number;
  asset_id: number;
  company_id: number;
  submitter_id: number;
  interest_type: InterestType;
  message: string;
  intended_use: string | null;
  timeline: string | null;
  nda_requested: boolean;
  status: EoiStatus;
  priority: EoiPriority;
  assignee_id: number | null;
  decline_reason: DeclineReason | null;
  decline_message: string | null;
  first_response_at: string | Date | null;
  response_due_at: string | Date;
  last_activity_at: string | Date;
  created_at: string | Date;
  institution_id: number;
  submitter_name: string;
}

export function toEoiRecord(row: EoiRow, now = new Date()): ExpressionOfInterestType {
  const createdAt = toDate(row.created_at);
  const firstResponseAt = row.first_response_at === null ? null : toDate(row.first_response_at);
  return {
    __typename: 'ExpressionOfInterest',
    id: toGlobalId('ExpressionOfInterest', row.id),
    dbId: row.id,
    assetId: row.asset_id,
    companyId: row.company_id,
    institutionId: row.institution_id,
    assigneeId: row.assignee_id,
    interestType: row.interest_type,
    message: row.message,
    intendedUse: row.intended_use,
    timeline: row.timeline,
    ndaRequested: row.nda_requested,
    status: row.status,
    priority: row.priority,
    declineReason: row.decline_reason,
    declineMessage: row.decline_message,
    submitterName: row.submitter_name,
    firstResponseAt,
    lastActivityAt: toDate(row.last_activity_at),
    createdAt,
    overdue: isEoiOverdue({ status: row.status, firstResponseAt, responseDueAt: toDate(row.response_due_at) }, now),
  };
}

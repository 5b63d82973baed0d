import { defineEntity, type EntitySchema, type InferEntity, p } from '@mikro-orm/core';
import {
  DeclineReason,
  EOI_TIMELINE_MAX_LENGTH,
  EoiPriority,
  EoiStatus,
  InterestType,
  openEoiStatusesSql,
} from '@tt/shared/eoi-transitions';
import type { ServiceDetail } from '@tt/shared/service-request-forms';
import { Asset } from './asset.entity.js';
import { Company } from './company.entity.js';
import { User } from './user.entity.js';
import { optionalWrittenLanguage, writtenLanguage } from './written-language.js';

/**
 * A company's expression of interest in an asset. Two rules live in the database itself:
 * one open EoI per company and asset (a partial unique index), and one EoI per idempotency key
 * of a submitter (a unique index), so retries and races can never make a second one.
 */
export const ExpressionOfInterest = defineEntity({
  name: 'ExpressionOfInterest',
  tableName: 'expression_of_interest',
  properties: {
    id: p.integer().primary().autoincrement(),
    asset: () => p.manyToOne(Asset),
    company: () => p.manyToOne(Company),
    submitter: () => p.manyToOne(User),
    interestType: p.enum(() => InterestType).nativeEnumName('interest_type'),
    message: p.text(),
    intendedUse: p.text().nullable(),
    timeline: p.string().length(EOI_TIMELINE_MAX_LENGTH).nullable(),
    /** What the message, intended use and timeline were written in. */
    language: writtenLanguage(),
    ndaRequested: p.boolean().default(false),
    /** A service request's answers to the listing's form, each with its field's labels and kind as sent. */
    serviceDetails: p.json<ServiceDetail[]>().nullable(),
    status: p
      .enum(() => EoiStatus)
      .nativeEnumName('eoi_status')
      .default(EoiStatus.SUBMITTED),
    priority: p
      .enum(() => EoiPriority)
      .nativeEnumName('eoi_priority')
      .default(EoiPriority.NORMAL),
    assignee: () => p.manyToOne(User).nullable().index(),
    idempotencyKey: p.string().length(100),
    declineReason: p
      .enum(() => DeclineReason)
      .nativeEnumName('decline_reason')
      .nullable(),
    declineMessage: p.text().nullable(),
    declineMessageLanguage: optionalWrittenLanguage(),
    firstResponseAt: p.datetime().nullable(),
    /** 5 working days after submission: overdue when still without a reply from the office then. */
    responseDueAt: p.datetime(),
    /** The last overdue reminder, so the assignee gets one a day at most. */
    overdueNotifiedAt: p.datetime().nullable(),
    lastActivityAt: p.datetime(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ name: 'eoi_idempotency_unique', properties: ['submitter', 'idempotencyKey'] }],
  indexes: [
    // By listing and by company, each carrying the other and the status: matchmaking reads which companies showed
    // interest in which listings (not withdrawn) from the index alone, without visiting the EoIs' rows.
    {
      name: 'expression_of_interest_asset_id_index',
      expression: `create index "expression_of_interest_asset_id_index" on "expression_of_interest" ("asset_id") include ("company_id", "status")`,
    },
    {
      name: 'expression_of_interest_company_id_index',
      expression: `create index "expression_of_interest_company_id_index" on "expression_of_interest" ("company_id") include ("asset_id", "status")`,
    },
    {
      name: 'eoi_one_open_per_company_asset',
      expression: `create unique index "eoi_one_open_per_company_asset" on "expression_of_interest" ("company_id", "asset_id") where "status" in ${openEoiStatusesSql()}`,
    },
    { properties: ['status', 'lastActivityAt'] },
    // The open EoIs still awaiting the office's first reply, by due date: the overdue sweep (every quarter of an
    // hour) and the overdue filters read these few, not every open EoI.
    {
      name: 'eoi_awaiting_first_response',
      expression: `create index "eoi_awaiting_first_response" on "expression_of_interest" ("response_due_at") where "status" in ${openEoiStatusesSql()} and "first_response_at" is null`,
    },
  ],
});
export type ExpressionOfInterest = InferEntity<typeof ExpressionOfInterest>;
/**
 * The same, as a named interface: entities whose inferred type would otherwise spell out the whole EoI (and its
 * listing, company and people) in their declarations — past what the compiler will write (TS7056) — point
 * their relation at this instead (ExpressionOfInterestTarget).
 */
export interface ExpressionOfInterestEntity extends ExpressionOfInterest {}
/** The EoI schema typed by its named interface, for relations (see ExpressionOfInterestEntity). */
export const ExpressionOfInterestTarget = ExpressionOfInterest as unknown as EntitySchema<ExpressionOfInterestEntity>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { QUOTE_LIMITS, QuoteDeclineReason, STORED_QUOTE_STATUSES } from '@tt/shared/quote-rules';
import { ExpressionOfInterestTarget } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';
import { optionalWrittenLanguage, writtenLanguage } from './written-language.js';

/**
 * The office's priced answer to a service request (an EoI of interest type SERVICE_REQUEST): one version of it. A
 * revision is the next version for the same EoI and supersedes the previous one. Its totals are the sums of its
 * lines' rounded figures (shared/src/quote-rules.ts), stored for lists. EXPIRED is never stored: a SENT quote past
 * its `valid_until` reads as expired.
 */
export const Quote = defineEntity({
  name: 'Quote',
  tableName: 'quote',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterestTarget).deleteRule('cascade'),
    version: p.integer().check('version >= 1'),
    status: p.enum(() => STORED_QUOTE_STATUSES).nativeEnumName('quote_status'),
    /** The last day it may be accepted. */
    validUntil: p.date(),
    conditions: p.text().default(''),
    deliveryEstimate: p.string().length(QUOTE_LIMITS.deliveryEstimateMax).default(''),
    deliveryWeeks: p.integer().nullable(),
    /** Always EUR for now: kept so that an invoice or a list never has to guess. */
    currency: p.string().length(3).default('EUR'),
    netCents: p.bigint('number'),
    vatCents: p.bigint('number'),
    grossCents: p.bigint('number'),
    /** What its texts (lines, conditions, delivery estimate) were written in: the office's page then. */
    language: writtenLanguage(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
    sentAt: p.datetime(),
    decidedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    decidedAt: p.datetime().nullable(),
    declineReason: p
      .enum(() => QuoteDeclineReason)
      .nativeEnumName('quote_decline_reason')
      .nullable(),
    declineComment: p.text().nullable(),
    declineCommentLanguage: optionalWrittenLanguage(),
  },
  uniques: [{ name: 'quote_eoi_version_unique', properties: ['eoi', 'version'] }],
  indexes: [
    { name: 'quote_sent_at_idx', properties: ['sentAt'] },
    // At most one open (SENT) version per request: a revision supersedes the previous one in the same transaction.
    {
      name: 'quote_one_sent_per_eoi',
      expression: `create unique index "quote_one_sent_per_eoi" on "quote" ("eoi_id") where "status" = 'SENT'`,
    },
  ],
});
export type Quote = InferEntity<typeof Quote>;

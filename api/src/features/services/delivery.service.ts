import type { Db } from '@tt/db/database';
import {
  DeliveryMilestone,
  deliveryMayStart,
  deliveryMilestoneProblem,
  nextDeliveryMilestones,
} from '@tt/shared/service-delivery-rules';
import { companyEoiPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import { eoiSide } from '../interest/eoi-access.js';
import type { EoiRecord } from '../interest/eoi-records.js';
import { requireServiceRequest } from './delivery-scope.js';
import { quoteStatusesOf } from './quote.service.js';

// Delivery of a service request (shared/service-delivery-rules.ts): the office records each milestone once, in
// order, once delivery may start; both sides read the timeline. Data delivered e-mails the company's requester.

const NOW = sql<Date>`now()`;

export interface DeliveryMilestoneRecord {
  milestone: DeliveryMilestone;
  reachedAt: Date;
  note: string;
  /** The office's only. */
  recordedByName: string | null;
}

export interface DeliveryRecord {
  mayStart: boolean;
  milestones: DeliveryMilestoneRecord[];
  /** What the viewer may record next: the office's, once delivery may start; empty for the company. */
  nextMilestones: DeliveryMilestone[];
}

export type DeliveryOutcome = { ok: true; eoiId: number } | { ok: false; errors: UserError[] };

async function milestoneRows(db: Db, eoiId: number) {
  return db
    .selectFrom('delivery_milestone as m')
    .leftJoin('app_user as u', 'u.id', 'm.recorded_by_id')
    .select(['m.milestone', 'm.reached_at', 'm.note', 'u.name as recorded_by_name'])
    .where('m.eoi_id', '=', eoiId)
    .orderBy('m.reached_at')
    .orderBy('m.id')
    .execute();
}

/** The delivery of a service request as the viewer sees it; null for other EoIs and for anyone on no side. */
export async function readDelivery(db: Db, viewer: Viewer | null, eoi: EoiRecord): Promise<DeliveryRecord | null> {
  const side = eoiSide(viewer, eoi);
  if (!side || eoi.interestType !== 'SERVICE_REQUEST') return null;
  const [rows, quoteStatuses] = await Promise.all([milestoneRows(db, eoi.dbId), quoteStatusesOf(db, eoi.dbId)]);
  const mayStart = deliveryMayStart({ ...eoi, quoteStatuses });
  const office = side === 'OFFICE';
  return {
    mayStart,
    milestones: rows.map((row) => ({
      milestone: row.milestone,
      reachedAt: toDate(row.reached_at),
      note: row.note,
      recordedByName: office ? row.recorded_by_name : null,
    })),
    nextMilestones: office && mayStart ? nextDeliveryMilestones(rows.map((row) => row.milestone)) : [],
  };
}

/** The office records the next milestone; DATA_DELIVERED e-mails the company's requester (quietly rate-limited). */
export async function recordDeliveryMilestone(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: { eoiId: string; milestone: DeliveryMilestone; note?: string | null },
  publicUrl: string,
): Promise<DeliveryOutcome> {
  const { eoi } = await requireServiceRequest(db, viewer, input.eoiId, 'OFFICE');
  const reached = (await milestoneRows(db, eoi.dbId)).map((row) => row.milestone);
  const quoteStatuses = await quoteStatusesOf(db, eoi.dbId);
  const problem = deliveryMilestoneProblem({ ...eoi, quoteStatuses }, reached, input.milestone);
  if (problem) return { ok: false, errors: [userError(problem, 'milestone')] };
  await db
    .insertInto('delivery_milestone')
    .values({
      eoi_id: eoi.dbId,
      milestone: input.milestone,
      reached_at: NOW,
      recorded_by_id: viewer.userId,
      note: input.note?.trim() ?? '',
    })
    .execute();
  if (input.milestone === DeliveryMilestone.DATA_DELIVERED) await mailDataDelivered(db, limiter, eoi, publicUrl);
  return { ok: true, eoiId: eoi.dbId };
}

async function mailDataDelivered(db: Db, limiter: RateLimiter, eoi: EoiRecord, publicUrl: string): Promise<void> {
  const about = await db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .innerJoin('app_user as s', 's.id', 'e.submitter_id')
    .select([
      'a.title as asset_title',
      titleShownInItalian().as('asset_title_it'),
      's.id as submitter_id',
      's.email as submitter_email',
      's.name as submitter_name',
      's.language as submitter_language',
      's.disabled_at',
    ])
    .where('e.id', '=', eoi.dbId)
    .executeTakeFirstOrThrow();
  if (about.disabled_at) return;
  if (!(await limiter.tryConsume('DELIVERY_MAIL_PER_RECIPIENT_AND_EOI', `${about.submitter_id}:${eoi.dbId}`))) return;
  await enqueueMail(db, {
    to: about.submitter_email,
    language: about.submitter_language,
    template: 'service-data-delivered',
    data: {
      name: about.submitter_name,
      assetTitle: titleShownIn(about.submitter_language, { en: about.asset_title, it: about.asset_title_it }),
      eoiUrl: mailLink(publicUrl, about.submitter_language, companyEoiPath(eoi.id)),
    },
  });
}

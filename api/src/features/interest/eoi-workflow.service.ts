import type { Database, Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { seesOfficeOnly } from '@tt/shared/eoi-office-only';
import {
  canTransitionEoi,
  type DeclineReason,
  EOI_MESSAGE_MAX_LENGTH,
  EOI_REASON_MAX_LENGTH,
  EoiPriority,
  EoiStatus,
  transitionRequirements,
} from '@tt/shared/eoi-transitions';
import { type FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import type { Language } from '@tt/shared/languages';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import { companyEoiPath, officeEoiPath } from '@tt/shared/web-routes';
import { type ExpressionBuilder, sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { eoiEvent, notifyEoiEvent } from '../../realtime/eoi-events.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { linkClosingAgreement } from '../agreements/agreement.service.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import { recordListingFeedback } from '../feedback/listing-feedback-records.js';
import { requireEoi } from './eoi-access.service.js';

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

/** The office's first reply or move, kept once made: `coalesce(first_response_at, now())`. */
function firstResponseNow(eb: ExpressionBuilder<Database, 'expression_of_interest'>) {
  return eb.fn.coalesce('first_response_at', NOW);
}

type Outcome = { ok: true; eoiId: number } | { ok: false; errors: UserError[] };

async function names(db: Db, eoiId: number) {
  const rows = await db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .innerJoin('company as c', 'c.id', 'e.company_id')
    .innerJoin('app_user as s', 's.id', 'e.submitter_id')
    .select([
      'a.title as asset_title',
      titleShownInItalian().as('asset_title_it'),
      'c.name as company_name',
      's.email as submitter_email',
      's.name as submitter_name',
      's.language as submitter_language',
    ])
    .where('e.id', '=', eoiId)
    .execute();
  return rows[0]!;
}

/**
 * Moves an EoI along the workflow of shared/eoi-transitions.ts; the office moves it forward or
 * declines (with a structured reason and a message the company sees), the company may withdraw.
 * Every change is recorded: who, when, from, to and why.
 */
export async function transitionEoi(
  db: Db,
  viewer: Viewer,
  input: {
    id: string;
    to: EoiStatus;
    reason?: string | null;
    message?: string | null;
    declineReason?: DeclineReason | null;
    /** Withdrawing: why the company passes on the listing, with an optional comment (its office reads both). */
    feedbackReason?: FeedbackReason | null;
    feedbackComment?: string | null;
    /** Moving to AGREED: the agreement that closed it. */
    agreementId?: string | null;
    /** What the reason and the message are written in (the request's language). */
    language: Language;
  },
  publicUrl: string,
): Promise<Outcome> {
  const { eoi, side } = await requireEoi(db, viewer, input.id, { forUpdate: true });
  if (!canTransitionEoi(side, eoi.status, input.to)) {
    return {
      ok: false,
      errors: [userError('EOI_TRANSITION_NOT_ALLOWED', 'to', { from: eoi.status, to: input.to })],
    };
  }
  const needs = transitionRequirements(input.to);
  const message = input.message?.trim() || null;
  const errors: UserError[] = [];
  if (needs.declineReason && !input.declineReason) errors.push(userError('DECLINE_REASON_REQUIRED', 'declineReason'));
  if (needs.message && !message) errors.push(userError('COMPANY_MESSAGE_REQUIRED', 'message'));
  if ((input.reason ?? '').length > EOI_REASON_MAX_LENGTH)
    errors.push(userError('TEXT_TOO_LONG', 'reason', { max: EOI_REASON_MAX_LENGTH }));
  if ((message ?? '').length > EOI_MESSAGE_MAX_LENGTH)
    errors.push(userError('TEXT_TOO_LONG', 'message', { max: EOI_MESSAGE_MAX_LENGTH }));
  const withdrawn = input.to === EoiStatus.WITHDRAWN;
  const feedbackComment = input.feedbackComment?.trim() || null;
  if (!withdrawn && (input.feedbackReason || feedbackComment))
    errors.push(userError('FEEDBACK_ONLY_WHEN_WITHDRAWING', 'feedbackReason'));
  else if (feedbackComment && !input.feedbackReason)
    errors.push(userError('FEEDBACK_REASON_REQUIRED', 'feedbackReason'));
  if ((feedbackComment ?? '').length > FEEDBACK_COMMENT_MAX_LENGTH)
    errors.push(userError('TEXT_TOO_LONG', 'feedbackComment', { max: FEEDBACK_COMMENT_MAX_LENGTH }));
  if (input.agreementId && input.to !== EoiStatus.AGREED)
    errors.push(userError('AGREEMENT_LINK_ONLY_WHEN_AGREED', 'agreementId'));
  if (errors.length) return { ok: false, errors };
  // Checked before it writes anything, so a refused link leaves the EoI as it was.
  if (input.agreementId) {
    const problem = await linkClosingAgreement(db, eoi, input.agreementId);
    if (problem) return { ok: false, errors: [problem] };
  }

  const declined = input.to === EoiStatus.DECLINED;
  await db
    .updateTable('expression_of_interest')
    .set((eb) => ({
      status: input.to,
      decline_reason: declined ? (input.declineReason ?? null) : null,
      decline_message: declined ? message : null,
      decline_message_language: declined && message ? input.language : null,
      first_response_at: side === 'OFFICE' ? firstResponseNow(eb) : eb.ref('first_response_at'),
      last_activity_at: NOW,
      updated_at: NOW,
    }))
    .where('id', '=', eoi.dbId)
    .execute();
  await db
    .insertInto('eoi_transition')
    .values({
      eoi_id: eoi.dbId,
      actor_id: viewer.userId,
      from_status: eoi.status,
      to_status: input.to,
      reason: input.reason?.trim() || null,
      language: input.language,
      at: NOW,
    })
    .execute();
  // A message that goes with a move is part of the shared thread (the decline message among them).
  if (message) {
    await db
      .insertInto('eoi_message')
      .values({
        eoi_id: eoi.dbId,
        author_id: viewer.userId,
        body: message,
        language: input.language,
        internal: false,
        created_at: NOW,
      })
      .execute();
  }
  // Why the company withdrew, for the listing's office: with the withdrawal, in the same transaction.
  if (withdrawn && input.feedbackReason) {
    await recordListingFeedback(db, {
      assetId: eoi.assetId,
      companyId: eoi.companyId,
      authorId: viewer.userId,
      source: FeedbackSource.EOI_WITHDRAWN,
      reason: input.feedbackReason,
      comment: feedbackComment,
      language: input.language,
    });
  }
  await notifyEoiEvent(db, eoiEvent(eoi, 'UPDATED', false));
  if (side === 'OFFICE') {
    const about = await names(db, eoi.dbId);
    await enqueueMail(db, {
      to: about.submitter_email,
      language: about.submitter_language,
      template: 'eoi-status-changed',
      data: {
        name: about.submitter_name,
        assetTitle: titleShownIn(about.submitter_language, { en: about.asset_title, it: about.asset_title_it }),
        status: input.to,
        note: message ?? '',
        eoiUrl: mailLink(publicUrl, about.submitter_language, companyEoiPath(eoi.id)),
      },
    });
  }
  return { ok: true, eoiId: eoi.dbId };
}

/**
 * A reply in the shared thread, or (office only) an internal note the company never sees. Replies e-mail
 * the other side, so they are limited per author (MESSAGES_PER_ACCOUNT), and a burst of them e-mails each
 * recipient once: the e-mail links to the thread, where the later ones are (MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD).
 */
export async function postEoiMessage(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: { id: string; body: string; internal?: boolean | null; language: Language },
  publicUrl: string,
): Promise<Outcome> {
  const { eoi, side } = await requireEoi(db, viewer, input.id, { forUpdate: true });
  const internal = input.internal ?? false;
  if (internal && !seesOfficeOnly(side)) throw forbidden('EOI_INTERNAL_NOTES_OFFICE_ONLY');
  const body = input.body.trim();
  if (body.length < 1) return { ok: false, errors: [userError('MESSAGE_REQUIRED', 'body')] };
  if (body.length > 5000) return { ok: false, errors: [userError('TEXT_TOO_LONG', 'body', { max: 5000 })] };
  if (!internal) await limiter.consume('MESSAGES_PER_ACCOUNT', String(viewer.userId));

  await db
    .insertInto('eoi_message')
    .values({ eoi_id: eoi.dbId, author_id: viewer.userId, body, language: input.language, internal, created_at: NOW })
    .execute();
  await db
    .updateTable('expression_of_interest')
    .set((eb) => ({
      last_activity_at: NOW,
      updated_at: NOW,
      first_response_at: side === 'OFFICE' && !internal ? firstResponseNow(eb) : eb.ref('first_response_at'),
    }))
    .where('id', '=', eoi.dbId)
    .execute();
  await notifyEoiEvent(db, eoiEvent(eoi, 'MESSAGE', internal));
  if (internal) return { ok: true, eoiId: eoi.dbId };

  const about = await names(db, eoi.dbId);
  const authors = await db.selectFrom('app_user').select('name').where('id', '=', viewer.userId).execute();
  const excerpt = body.length > 300 ? `${body.slice(0, 297)}…` : body;
  const mailDue = (to: string) => limiter.tryConsume('MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD', `eoi:${eoi.dbId}:${to}`);
  if (side === 'OFFICE') {
    if (!(await mailDue(about.submitter_email))) return { ok: true, eoiId: eoi.dbId };
    await enqueueMail(db, {
      to: about.submitter_email,
      language: about.submitter_language,
      template: 'eoi-reply',
      data: {
        name: about.submitter_name,
        fromName: authors[0]!.name,
        assetTitle: titleShownIn(about.submitter_language, { en: about.asset_title, it: about.asset_title_it }),
        excerpt,
        eoiUrl: mailLink(publicUrl, about.submitter_language, companyEoiPath(eoi.id)),
      },
    });
  } else {
    // The company's reply goes to the assignee, or else the asset's contact officer.
    const officers = await db
      .selectFrom('app_user as u')
      .select(['u.email', 'u.name', 'u.language'])
      .where((eb) =>
        eb(
          'u.id',
          '=',
          eb.fn.coalesce(
            eb.val(eoi.assigneeId),
            eb.selectFrom('asset').select('asset.contact_officer_id').where('asset.id', '=', eoi.assetId),
          ),
        ),
      )
      .execute();
    if (officers[0] && (await mailDue(officers[0].email))) {
      await enqueueMail(db, {
        to: officers[0].email,
        language: officers[0].language,
        template: 'eoi-reply',
        data: {
          name: officers[0].name,
          fromName: `${authors[0]!.name} (${about.company_name})`,
          assetTitle: titleShownIn(officers[0].language, { en: about.asset_title, it: about.asset_title_it }),
          excerpt,
          eoiUrl: mailLink(publicUrl, officers[0].language, officeEoiPath(eoi.id)),
        },
      });
    }
  }
  return { ok: true, eoiId: eoi.dbId };
}

/** The office assigns an EoI to one of the institute's officers (or to nobody). */
export async function assignEoi(
  db: Db,
  viewer: Viewer,
  input: { id: string; assigneeId?: string | null },
  publicUrl: string,
): Promise<Outcome> {
  const { eoi, side } = await requireEoi(db, viewer, input.id, { forUpdate: true });
  if (side !== 'OFFICE') throw forbidden('EOI_ASSIGN_OFFICE_ONLY');
  let assigneeId: number | null = null;
  if (input.assigneeId) {
    const parsed = parseGlobalId(input.assigneeId);
    const rows =
      parsed?.type === 'User'
        ? await db
            .selectFrom('app_user')
            .select(['id', 'email', 'name', 'language'])
            .where('id', '=', parsed.id)
            .where('role', '=', sql.lit(UserRole.TT_OFFICER))
            .where('institution_id', '=', eoi.institutionId)
            .where('disabled_at', 'is', null)
            .execute()
        : [];
    if (!rows[0]) {
      return {
        ok: false,
        errors: [userError('EOI_ASSIGNEE_INVALID', 'assigneeId')],
      };
    }
    assigneeId = rows[0].id;
    if (assigneeId !== eoi.assigneeId) {
      const about = await names(db, eoi.dbId);
      await enqueueMail(db, {
        to: rows[0].email,
        language: rows[0].language,
        template: 'eoi-assigned',
        data: {
          name: rows[0].name,
          companyName: about.company_name,
          assetTitle: titleShownIn(rows[0].language, { en: about.asset_title, it: about.asset_title_it }),
          eoiUrl: mailLink(publicUrl, rows[0].language, officeEoiPath(eoi.id)),
        },
      });
    }
  }
  await db
    .updateTable('expression_of_interest')
    .set({ assignee_id: assigneeId, updated_at: NOW })
    .where('id', '=', eoi.dbId)
    .execute();
  await notifyEoiEvent(db, eoiEvent(eoi, 'UPDATED', false));
  return { ok: true, eoiId: eoi.dbId };
}

export async function setEoiPriority(
  db: Db,
  viewer: Viewer,
  input: { id: string; priority: EoiPriority },
): Promise<Outcome> {
  const { eoi, side } = await requireEoi(db, viewer, input.id, { forUpdate: true });
  if (side !== 'OFFICE') throw forbidden('EOI_PRIORITY_OFFICE_ONLY');
  if (!Object.values(EoiPriority).includes(input.priority)) {
    return { ok: false, errors: [userError('PRIORITY_INVALID', 'priority')] };
  }
  await db
    .updateTable('expression_of_interest')
    .set({ priority: input.priority, updated_at: NOW })
    .where('id', '=', eoi.dbId)
    .execute();
  // The priority is the office's business: the company side is not told.
  await notifyEoiEvent(db, eoiEvent(eoi, 'UPDATED', true));
  return { ok: true, eoiId: eoi.dbId };
}

/** Records that the viewer has read the thread up to now (for unread counts). */
export async function markEoiRead(db: Db, viewer: Viewer, id: string): Promise<Outcome> {
  const { eoi } = await requireEoi(db, viewer, id);
  await db
    .insertInto('eoi_read_marker')
    .values({ eoi_id: eoi.dbId, user_id: viewer.userId, read_at: NOW })
    .onConflict((conflict) =>
      conflict.columns(['eoi_id', 'user_id']).doUpdateSet((eb) => ({ read_at: eb.ref('excluded.read_at') })),
    )
    .execute();
  return { ok: true, eoiId: eoi.dbId };
}

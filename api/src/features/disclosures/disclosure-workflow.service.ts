import type { Db } from '@tt/db/database';
import {
  canTransitionDisclosure,
  DISCLOSURE_LIMITS,
  type DisclosureRecommendation,
  DisclosureStatus,
  disclosureTransitionNeedsReason,
  formatDisclosureReference,
  isDisclosureSubmission,
  type MarketPotential,
  type Patentability,
  validateForSubmit,
} from '@tt/shared/disclosure-transitions';
import { officeDisclosurePath, researcherDisclosurePath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { fieldError, userError } from '../../errors/user-error.js';
import { findActiveOfficer } from '../accounts/user-records.js';
import { requireDisclosure, requireDisclosureAs } from './disclosure.service.js';
import { mailPeople, officeOf, researchersOf } from './disclosure-mail.js';
import { type DisclosureOutcome, now, refused } from './disclosure-records.js';

// The workflow: the researchers submit, the office reviews, asks, assesses, assigns and decides; every
// change of status is recorded, and the other side is told by e-mail.

export interface TransitionDisclosureFields {
  id: string;
  to: DisclosureStatus;
  reason?: string | null;
}

export interface AssessDisclosureFields {
  id: string;
  patentability?: Patentability | null;
  marketPotential?: MarketPotential | null;
  recommendation?: DisclosureRecommendation | null;
  notes?: string | null;
}

export interface AssignDisclosureFields {
  id: string;
  assigneeId?: string | null;
}

/** The next reference number of the institute for this year: locked, so gap-free under concurrency. */
async function allocateReference(db: Db, institutionId: number): Promise<string> {
  const { year } = await db
    .selectNoFrom(sql<number>`extract(year from now())::int`.as('year'))
    .executeTakeFirstOrThrow();
  await db
    .insertInto('disclosure_reference_counter')
    .values({ institution_id: institutionId, year, last_number: 0 })
    .onConflict((oc) => oc.columns(['institution_id', 'year']).doNothing())
    .execute();
  const counter = await db
    .updateTable('disclosure_reference_counter as c')
    .from('institution as i')
    .set('last_number', (eb) => eb('c.last_number', '+', eb.lit(1)))
    .whereRef('i.id', '=', 'c.institution_id')
    .where('c.institution_id', '=', institutionId)
    .where('c.year', '=', year)
    .returning(['c.last_number', 'i.short_name'])
    .executeTakeFirstOrThrow();
  return formatDisclosureReference(counter.short_name, year, counter.last_number);
}

/**
 * Moves a disclosure along the workflow of shared/disclosure-transitions.ts. A (re)submission by
 * the researchers needs a complete form; the first one allocates the reference number. Every
 * change is recorded, and the other side is told by e-mail.
 */
export async function transitionDisclosure(
  db: Db,
  viewer: Viewer,
  input: TransitionDisclosureFields,
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.id);
  const from = disclosure.status;
  if (!canTransitionDisclosure(side, from, input.to)) {
    return refused(disclosure.dbId, userError('DISCLOSURE_TRANSITION_NOT_ALLOWED', 'to', { from, to: input.to }));
  }
  const reason = input.reason?.trim() || null;
  if (disclosureTransitionNeedsReason(input.to) && !reason) {
    return refused(disclosure.dbId, userError('REASON_REQUIRED', 'reason'));
  }
  if ((reason ?? '').length > 5000) {
    return refused(disclosure.dbId, userError('TEXT_TOO_LONG', 'reason', { max: 5000 }));
  }
  const submission = isDisclosureSubmission(from, input.to);
  if (submission) {
    const problems = validateForSubmit(disclosure);
    if (problems.length) {
      return {
        ok: false,
        disclosureId: disclosure.dbId,
        errors: problems.map((problem) => fieldError(problem)),
      };
    }
  }
  const reference =
    submission && !disclosure.referenceNumber ? await allocateReference(db, disclosure.institutionId) : null;
  await db
    .updateTable('disclosure')
    .set({ status: input.to })
    .set('reference_number', (eb) => eb.fn.coalesce('reference_number', eb.val(reference)))
    .set('submitted_at', (eb) => (submission ? now : eb.ref('submitted_at')))
    .set({ updated_at: now })
    .where('id', '=', disclosure.dbId)
    .execute();
  await db
    .insertInto('disclosure_transition')
    .values({
      disclosure_id: disclosure.dbId,
      actor_id: viewer.userId,
      from_status: from,
      to_status: input.to,
      reason,
      at: now,
    })
    .execute();
  if (reason && input.to === DisclosureStatus.INFO_REQUESTED) {
    // The office's questions are part of the thread the researchers answer in.
    await db
      .insertInto('disclosure_message')
      .values({ disclosure_id: disclosure.dbId, author_id: viewer.userId, body: reason, created_at: now })
      .execute();
  }

  if (input.to === DisclosureStatus.SUBMITTED) {
    const office = await officeOf(db, disclosure, true);
    await mailPeople(db, office, disclosure, { event: 'SUBMITTED' }, publicUrl, officeDisclosurePath);
  } else if (submission) {
    const office = await officeOf(db, disclosure, false);
    await mailPeople(db, office, disclosure, { event: 'RESUBMITTED' }, publicUrl, officeDisclosurePath);
  } else if (
    input.to === DisclosureStatus.INFO_REQUESTED ||
    input.to === DisclosureStatus.ACCEPTED ||
    input.to === DisclosureStatus.DECLINED
  ) {
    const researchers = await researchersOf(db, disclosure.dbId);
    const what = { event: input.to, note: reason };
    await mailPeople(db, researchers, disclosure, what, publicUrl, researcherDisclosurePath);
  }
  return { ok: true, disclosureId: disclosure.dbId };
}

/** Submits a draft, or resubmits one returned with questions (back under review). */
export async function submitDisclosure(
  db: Db,
  viewer: Viewer,
  input: { id: string },
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const disclosure = await requireDisclosureAs(
    db,
    viewer,
    input.id,
    'RESEARCHER',
    'DISCLOSURE_SUBMIT_RESEARCHERS_ONLY',
  );
  const to =
    disclosure.status === DisclosureStatus.INFO_REQUESTED ? DisclosureStatus.UNDER_REVIEW : DisclosureStatus.SUBMITTED;
  return transitionDisclosure(db, viewer, { id: input.id, to }, publicUrl);
}

export async function assessDisclosure(
  db: Db,
  viewer: Viewer,
  input: AssessDisclosureFields,
): Promise<DisclosureOutcome> {
  const disclosure = await requireDisclosureAs(db, viewer, input.id, 'OFFICE', 'DISCLOSURE_ASSESS_OFFICE_ONLY');
  if (disclosure.status === DisclosureStatus.DRAFT) {
    return refused(disclosure.dbId, userError('DISCLOSURE_NOT_SUBMITTED', 'id'));
  }
  if ((input.notes ?? '').length > DISCLOSURE_LIMITS.textMax) {
    return refused(disclosure.dbId, userError('TEXT_TOO_LONG', 'notes', { max: DISCLOSURE_LIMITS.textMax }));
  }
  await db
    .updateTable('disclosure')
    .set({
      patentability: input.patentability ?? null,
      market_potential: input.marketPotential ?? null,
      recommendation: input.recommendation ?? null,
      assessment_notes: input.notes?.trim() || null,
      updated_at: now,
    })
    .where('id', '=', disclosure.dbId)
    .execute();
  return { ok: true, disclosureId: disclosure.dbId };
}

export async function assignDisclosure(
  db: Db,
  viewer: Viewer,
  input: AssignDisclosureFields,
): Promise<DisclosureOutcome> {
  const disclosure = await requireDisclosureAs(db, viewer, input.id, 'OFFICE', 'DISCLOSURE_ASSIGN_OFFICE_ONLY');
  let assigneeId: number | null = null;
  if (input.assigneeId) {
    const officerId = await findActiveOfficer(db, input.assigneeId, disclosure.institutionId);
    if (officerId === null) {
      return refused(disclosure.dbId, userError('DISCLOSURE_ASSIGNEE_INVALID', 'assigneeId'));
    }
    assigneeId = officerId;
  }
  await db
    .updateTable('disclosure')
    .set({ assignee_id: assigneeId, updated_at: now })
    .where('id', '=', disclosure.dbId)
    .execute();
  return { ok: true, disclosureId: disclosure.dbId };
}

import type { Db } from '@tt/db/database';
import type { InterestType } from '@tt/shared/eoi-transitions';
import { type FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import type { Language } from '@tt/shared/languages';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import { ProposalStatus } from '@tt/shared/technology-request-enums';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { recordListingFeedback } from '../feedback/listing-feedback-records.js';
import { submitExpressionOfInterest } from '../interest/eoi-submission.service.js';
import { type ProposalContext, readProposal } from './request-response-records.js';
import { isRequestingMember } from './technology-request-access.js';

type Outcome = { ok: true; proposalId: number } | { ok: false; errors: UserError[] };

/** The statement's time (the transaction's start), as PostgreSQL's `now()`. */
const NOW = sql<Date>`now()`;

/**
 * The proposal to decide on, locked (two clicks, two tabs or two colleagues decide one after the other), once
 * the viewer is known to be a member of the requesting company. Anyone else is refused alike, whether the
 * proposal exists or not.
 */
async function requireOwnProposal(db: Db, viewer: Viewer, globalId: string): Promise<ProposalContext> {
  const parsed = parseGlobalId(globalId);
  const found = parsed?.type === 'RequestProposal' ? await readProposal(db, parsed.id, { forUpdate: true }) : null;
  if (!found || !isRequestingMember(viewer, found.proposal.companyId)) throw forbidden('PROPOSAL_COMPANY_ONLY');
  return found;
}

async function decide(db: Db, proposalId: number, status: ProposalStatus): Promise<void> {
  await db
    .updateTable('request_response_listing')
    .set({ status, decided_at: NOW })
    .where('id', '=', proposalId)
    .execute();
}

/**
 * The company turns a proposed listing into an expression of interest in one step, through the usual
 * submission (its e-mails, its history, its one-open-per-listing rule). Idempotent: once the proposal is
 * INTEREST_EXPRESSED, asking again changes nothing; a company that already has an open expression of interest in
 * the listing is answered with that one, and the proposal counts as taken up.
 */
export async function expressInterestInProposal(
  db: Db,
  viewer: Viewer,
  input: { proposalId: string; interestType: InterestType; message: string; language: Language },
  publicUrl: string,
): Promise<Outcome> {
  const { proposal } = await requireOwnProposal(db, viewer, input.proposalId);
  if (proposal.status === ProposalStatus.INTEREST_EXPRESSED) return { ok: true, proposalId: proposal.dbId };
  if (proposal.status === ProposalStatus.DECLINED) {
    return { ok: false, errors: [userError('PROPOSAL_ALREADY_DECIDED', 'proposalId')] };
  }
  const submitted = await submitExpressionOfInterest(
    db,
    viewer,
    {
      assetId: toGlobalId('Asset', proposal.assetId),
      interestType: input.interestType,
      message: input.message,
      // One per proposal and member: a retry that reaches the submission finds the EoI it made.
      idempotencyKey: `request-proposal-${proposal.dbId}`,
      language: input.language,
    },
    publicUrl,
  );
  if (!submitted.ok) {
    const codes = submitted.errors.map((error) => error.code);
    if (codes.includes('LISTING_NOT_FOUND')) {
      return { ok: false, errors: [userError('PROPOSAL_LISTING_UNAVAILABLE', 'proposalId')] };
    }
    if (!codes.every((code) => code === 'OPEN_EOI_EXISTS')) return { ok: false, errors: submitted.errors };
  }
  await decide(db, proposal.dbId, ProposalStatus.INTEREST_EXPRESSED);
  return { ok: true, proposalId: proposal.dbId };
}

/**
 * The company declines a proposed listing, saying why (a FeedbackReason, and a comment if it likes): the
 * listing's office reads it with the listing's other feedback. Declining twice records nothing more.
 */
export async function declineProposal(
  db: Db,
  viewer: Viewer,
  input: { proposalId: string; reason: FeedbackReason; comment?: string | null; language: Language },
): Promise<Outcome> {
  const { proposal } = await requireOwnProposal(db, viewer, input.proposalId);
  if (proposal.status === ProposalStatus.DECLINED) return { ok: true, proposalId: proposal.dbId };
  if (proposal.status === ProposalStatus.INTEREST_EXPRESSED) {
    return { ok: false, errors: [userError('PROPOSAL_ALREADY_DECIDED', 'proposalId')] };
  }
  if ((input.comment?.trim().length ?? 0) > FEEDBACK_COMMENT_MAX_LENGTH) {
    return { ok: false, errors: [userError('TEXT_TOO_LONG', 'comment', { max: FEEDBACK_COMMENT_MAX_LENGTH })] };
  }
  await recordListingFeedback(db, {
    assetId: proposal.assetId,
    companyId: proposal.companyId,
    authorId: viewer.userId,
    source: FeedbackSource.PROPOSAL_DECLINED,
    reason: input.reason,
    comment: input.comment,
    language: input.language,
  });
  await decide(db, proposal.dbId, ProposalStatus.DECLINED);
  return { ok: true, proposalId: proposal.dbId };
}

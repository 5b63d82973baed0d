import type { Db } from '@tt/db/database';
import {
  ACCESS_REVIEW_STEPS,
  type AccessMaterial,
  type AccessPathState,
  type AccessReviewOutcome,
  AccessReviewStep,
  accessAgreementProblem,
  accessAgreementTitle,
  accessDecisionProblem,
  accessPathEnded,
  accessPathFor,
  accessStatementEditable,
  accessStatementProblems,
  currentAccessStep,
} from '@tt/shared/access-review-rules';
import { AgreementType } from '@tt/shared/agreement-rules';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import { sql } from 'kysely';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { createAgreement } from '../agreements/agreement.service.js';
import { eoiSide } from '../interest/eoi-access.js';
import type { EoiRecord } from '../interest/eoi-records.js';
import { platformKindOfAsset, requireServiceRequest, type ServiceRequestScope } from './delivery-scope.js';

// The biobank and data access path of a service request (shared/access-review-rules.ts): the company states its
// request, the office records each review's outcome in order, then drafts the MTA (or data transfer agreement)
// through the agreements service. Both sides read the steps, outcomes, dates and notes (the note is the reason the
// applicant is given); who decided is the office's to know.

const NOW = sql<Date>`now()`;

export interface AccessStepRecord {
  step: AccessReviewStep;
  outcome: AccessReviewOutcome;
  decidedAt: Date | null;
  note: string;
  /** The office's only. */
  decidedByName: string | null;
}

export interface AccessStatementRecord {
  material: AccessMaterial;
  projectTitle: string;
  projectSummary: string;
  statedAt: Date;
}

export interface AccessPathRecord {
  steps: AccessStepRecord[];
  statement: AccessStatementRecord | null;
  currentStep: AccessReviewStep | null;
  ended: boolean;
  usualDurationMinWeeks: number;
  usualDurationMaxWeeks: number;
  viewerCanState: boolean;
  viewerCanDecide: boolean;
  viewerCanStartAgreement: boolean;
}

export type AccessReviewOutcomeResult = { ok: true; eoiId: number } | { ok: false; errors: UserError[] };

async function stepRows(db: Db, eoiId: number) {
  return db
    .selectFrom('access_review_step as s')
    .leftJoin('app_user as u', 'u.id', 's.decided_by_id')
    .select(['s.step', 's.outcome', 's.decided_at', 's.note', 'u.name as decided_by_name'])
    .where('s.eoi_id', '=', eoiId)
    .execute();
}

async function statementOf(db: Db, eoiId: number): Promise<AccessStatementRecord | null> {
  const row = await db
    .selectFrom('access_request')
    .select(['material', 'project_title', 'project_summary', 'stated_at'])
    .where('eoi_id', '=', eoiId)
    .executeTakeFirst();
  return row
    ? {
        material: row.material,
        projectTitle: row.project_title,
        projectSummary: row.project_summary,
        statedAt: toDate(row.stated_at),
      }
    : null;
}

function stateOf(rows: { step: AccessReviewStep; outcome: AccessReviewOutcome }[]): AccessPathState {
  return Object.fromEntries(rows.map((row) => [row.step, row.outcome]));
}

/** Whether an EoI follows the access path: a service request on a biobank's listing. */
function followsAccessPath(eoi: Pick<EoiRecord, 'interestType'>, platformKind: string | null): boolean {
  return eoi.interestType === 'SERVICE_REQUEST' && accessPathFor(platformKind) !== null;
}

/** The access path of an EoI as the viewer sees it; null when it follows none or the viewer is on no side of it. */
export async function readAccessPath(db: Db, viewer: Viewer | null, eoi: EoiRecord): Promise<AccessPathRecord | null> {
  const side: EoiActor | null = eoiSide(viewer, eoi);
  if (!side || eoi.interestType !== 'SERVICE_REQUEST') return null;
  const path = accessPathFor(await platformKindOfAsset(db, eoi.assetId));
  if (!path) return null;
  const [rows, statement] = await Promise.all([stepRows(db, eoi.dbId), statementOf(db, eoi.dbId)]);
  const state = stateOf(rows);
  const office = side === 'OFFICE';
  return {
    steps: ACCESS_REVIEW_STEPS.map((step) => {
      const row = rows.find((candidate) => candidate.step === step);
      return {
        step,
        outcome: row?.outcome ?? 'PENDING',
        decidedAt: row ? toDate(row.decided_at) : null,
        note: row?.note ?? '',
        decidedByName: office ? (row?.decided_by_name ?? null) : null,
      };
    }),
    statement,
    currentStep: currentAccessStep(state),
    ended: accessPathEnded(state),
    usualDurationMinWeeks: path.usualDuration.minWeeks,
    usualDurationMaxWeeks: path.usualDuration.maxWeeks,
    viewerCanState: side === 'COMPANY' && accessStatementEditable(state),
    viewerCanDecide:
      office && statement !== null && currentAccessStep(state) !== null && currentAccessStep(state) !== 'AGREEMENT',
    viewerCanStartAgreement: office && statement !== null && accessAgreementProblem(state) === null,
  };
}

async function requireAccessPath(db: Db, viewer: Viewer, eoiId: string, side: EoiActor): Promise<ServiceRequestScope> {
  const scope = await requireServiceRequest(db, viewer, eoiId, side);
  if (!followsAccessPath(scope.eoi, scope.platformKind)) throw forbidden('ACCESS_PATH_NOT_APPLICABLE');
  return scope;
}

/** The company states (or revises, until the scientific approval) what its biobank request is for. */
export async function stateAccessRequest(
  db: Db,
  viewer: Viewer,
  input: { eoiId: string; material: AccessMaterial; projectTitle: string; projectSummary: string },
): Promise<AccessReviewOutcomeResult> {
  const { eoi } = await requireAccessPath(db, viewer, input.eoiId, 'COMPANY');
  if (!accessStatementEditable(stateOf(await stepRows(db, eoi.dbId))))
    return { ok: false, errors: [userError('ACCESS_STATEMENT_LOCKED')] };
  const statement = {
    material: input.material,
    projectTitle: input.projectTitle.trim(),
    projectSummary: input.projectSummary.trim(),
  };
  const problems = accessStatementProblems(statement);
  if (problems.length) return { ok: false, errors: problems.map((p) => userError(p.code, p.field)) };
  const values = {
    material: statement.material,
    project_title: statement.projectTitle,
    project_summary: statement.projectSummary,
    stated_by_id: viewer.userId,
    stated_at: NOW,
  };
  await db
    .insertInto('access_request')
    .values({ eoi_id: eoi.dbId, ...values })
    .onConflict((oc) => oc.column('eoi_id').doUpdateSet(values))
    .execute();
  return { ok: true, eoiId: eoi.dbId };
}

/** The office records a review step's outcome, in the path's order (a step asked for changes is decided again). */
export async function decideAccessReviewStep(
  db: Db,
  viewer: Viewer,
  input: { eoiId: string; step: AccessReviewStep; outcome: AccessReviewOutcome; note?: string | null },
): Promise<AccessReviewOutcomeResult> {
  const { eoi } = await requireAccessPath(db, viewer, input.eoiId, 'OFFICE');
  if (!(await statementOf(db, eoi.dbId))) return { ok: false, errors: [userError('ACCESS_STATEMENT_REQUIRED')] };
  const problem = accessDecisionProblem(stateOf(await stepRows(db, eoi.dbId)), input.step, input.outcome);
  if (problem) return { ok: false, errors: [userError(problem, 'step')] };
  const values = {
    outcome: input.outcome,
    decided_at: NOW,
    decided_by_id: viewer.userId,
    note: input.note?.trim() ?? '',
  };
  await db
    .insertInto('access_review_step')
    .values({ eoi_id: eoi.dbId, step: input.step, ...values })
    .onConflict((oc) => oc.columns(['eoi_id', 'step']).doUpdateSet(values))
    .execute();
  return { ok: true, eoiId: eoi.dbId };
}

/**
 * Once both reviews approved: the office drafts the transfer agreement, an agreement of the EoI in DRAFTING made by
 * the agreements service (an MTA; for data, an MTA titled a data transfer agreement), and the path's last step is
 * approved with it.
 */
export async function startAccessAgreement(
  db: Db,
  viewer: Viewer,
  input: { eoiId: string },
  language: Language,
): Promise<AccessReviewOutcomeResult & { agreementId?: number }> {
  const { eoi } = await requireAccessPath(db, viewer, input.eoiId, 'OFFICE');
  // Agreements are the technology-transfer office's: a platform manager records the reviews, not the MTA.
  if (!isOfficeOf(viewer, eoi.institutionId)) throw forbidden('AGREEMENTS_OFFICE_ONLY');
  const problem = accessAgreementProblem(stateOf(await stepRows(db, eoi.dbId)));
  if (problem) return { ok: false, errors: [userError(problem)] };
  const statement = await statementOf(db, eoi.dbId);
  if (!statement) return { ok: false, errors: [userError('ACCESS_STATEMENT_REQUIRED')] };
  const created = await createAgreement(
    db,
    viewer,
    {
      fromEoiId: eoi.id,
      type: AgreementType.MTA,
      title: accessAgreementTitle(statement.material, statement.projectTitle, language),
    },
    language,
  );
  if (!created.ok) return { ok: false, errors: created.errors };
  await db
    .insertInto('access_review_step')
    .values({
      eoi_id: eoi.dbId,
      step: AccessReviewStep.AGREEMENT,
      outcome: 'APPROVED',
      decided_at: NOW,
      decided_by_id: viewer.userId,
      note: '',
    })
    .execute();
  return { ok: true, eoiId: eoi.dbId, agreementId: created.agreementId };
}

// The biobank and data access path (issue #17, point 3), decided once: which requests follow it, its steps in
// their fixed order, which outcome may be recorded when, and what the request must state. The API enforces it;
// the web offers only what it allows. Modelled on BBMRI-ERIC's access principles: the path and its usual duration
// are explained on the listing before anyone asks.
import type { ErrorCode } from './error-messages.js';
import { CONTROL_CHARACTER } from './text-rules.js';

export const AccessReviewStep = {
  /** The institute's scientific committee: is the project sound, does it fit the collection. */
  SCIENTIFIC_REVIEW: 'SCIENTIFIC_REVIEW',
  /** The ethics review of the project and of its ethics approval. */
  ETHICS_REVIEW: 'ETHICS_REVIEW',
  /** The material or data transfer agreement, drafted once both reviews approved. */
  AGREEMENT: 'AGREEMENT',
} as const;
export type AccessReviewStep = (typeof AccessReviewStep)[keyof typeof AccessReviewStep];

/** The steps, in the only order they may be taken. */
export const ACCESS_REVIEW_STEPS: readonly AccessReviewStep[] = [
  AccessReviewStep.SCIENTIFIC_REVIEW,
  AccessReviewStep.ETHICS_REVIEW,
  AccessReviewStep.AGREEMENT,
];

/**
 * A step's outcome. PENDING: nothing decided (no row). CHANGES_REQUESTED: the applicant is asked to revise; the
 * step may be decided again. APPROVED and REJECTED are final; a rejection ends the whole path (the office then
 * declines the EoI as usual). The AGREEMENT step is APPROVED when the office drafts the agreement.
 */
export const AccessReviewOutcome = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
} as const;
export type AccessReviewOutcome = (typeof AccessReviewOutcome)[keyof typeof AccessReviewOutcome];

/** What a biobank request asks for: material (an MTA follows) or data (a data transfer agreement follows). */
export const AccessMaterial = {
  SAMPLES: 'SAMPLES',
  DATA: 'DATA',
} as const;
export type AccessMaterial = (typeof AccessMaterial)[keyof typeof AccessMaterial];

/** The usual duration of a path, in weeks, from the request to the agreement being drafted. */
export interface AccessDuration {
  minWeeks: number;
  maxWeeks: number;
}

export interface AccessPath {
  steps: readonly AccessReviewStep[];
  /**
   * A documented default per platform kind: platforms are not edited in the app yet, so the duration is not
   * stored per listing. BBMRI-ERIC's access procedures usually take six to ten weeks to the agreement.
   */
  usualDuration: AccessDuration;
}

const BIOBANK_PATH: AccessPath = { steps: ACCESS_REVIEW_STEPS, usualDuration: { minWeeks: 6, maxWeeks: 10 } };

/** The access path a service request on a listing of this platform kind follows: biobanks only; null for others. */
export function accessPathFor(platformKind: string | null | undefined): AccessPath | null {
  return platformKind === 'BIOBANK' ? BIOBANK_PATH : null;
}

export const ACCESS_REQUEST_LIMITS = {
  projectTitleMin: 3,
  projectTitleMax: 200,
  projectSummaryMin: 20,
  projectSummaryMax: 4000,
  noteMax: 1000,
} as const;

/** Where the path stands: each step's outcome (PENDING when nothing is recorded). */
export type AccessPathState = Partial<Record<AccessReviewStep, AccessReviewOutcome>>;

const outcomeOf = (state: AccessPathState, step: AccessReviewStep) => state[step] ?? AccessReviewOutcome.PENDING;

/** A rejection at any step ends the path: nothing more is recorded. */
export function accessPathEnded(state: AccessPathState): boolean {
  return ACCESS_REVIEW_STEPS.some((step) => outcomeOf(state, step) === AccessReviewOutcome.REJECTED);
}

/** The step the office acts on now (the first one not approved), or null when the path ended or is complete. */
export function currentAccessStep(state: AccessPathState): AccessReviewStep | null {
  if (accessPathEnded(state)) return null;
  return ACCESS_REVIEW_STEPS.find((step) => outcomeOf(state, step) !== AccessReviewOutcome.APPROVED) ?? null;
}

/**
 * Why the office may not record `outcome` for a review step now; null when it may. The AGREEMENT step is never
 * decided this way: drafting the agreement approves it (accessAgreementProblem).
 */
export function accessDecisionProblem(
  state: AccessPathState,
  step: AccessReviewStep,
  outcome: AccessReviewOutcome,
): ErrorCode | null {
  if (step === AccessReviewStep.AGREEMENT || outcome === AccessReviewOutcome.PENDING) return 'ACCESS_OUTCOME_INVALID';
  if (accessPathEnded(state)) return 'ACCESS_PATH_ENDED';
  const current = currentAccessStep(state);
  if (current !== step) {
    return ACCESS_REVIEW_STEPS.indexOf(step) < ACCESS_REVIEW_STEPS.indexOf(current ?? AccessReviewStep.AGREEMENT)
      ? 'ACCESS_STEP_ALREADY_DECIDED'
      : 'ACCESS_STEP_OUT_OF_ORDER';
  }
  return null;
}

/** Why the office may not draft the MTA / data transfer agreement now (both reviews approved first); null if it may. */
export function accessAgreementProblem(state: AccessPathState): ErrorCode | null {
  if (accessPathEnded(state)) return 'ACCESS_PATH_ENDED';
  if (outcomeOf(state, AccessReviewStep.AGREEMENT) === AccessReviewOutcome.APPROVED)
    return 'ACCESS_AGREEMENT_ALREADY_STARTED';
  if (currentAccessStep(state) !== AccessReviewStep.AGREEMENT) return 'ACCESS_AGREEMENT_BEFORE_ETHICS';
  return null;
}

/** The company states (or revises) its request until the scientific committee has approved it. */
export function accessStatementEditable(state: AccessPathState): boolean {
  return (
    !accessPathEnded(state) && outcomeOf(state, AccessReviewStep.SCIENTIFIC_REVIEW) !== AccessReviewOutcome.APPROVED
  );
}

export interface AccessStatement {
  material: AccessMaterial;
  projectTitle: string;
  projectSummary: string;
}

/** What is wrong with a request's statement (codes naming the field); empty when fine. */
export function accessStatementProblems(statement: AccessStatement): { field: string; code: ErrorCode }[] {
  const problems: { field: string; code: ErrorCode }[] = [];
  const title = statement.projectTitle.trim();
  const summary = statement.projectSummary.trim();
  if (!Object.values(AccessMaterial).includes(statement.material))
    problems.push({ field: 'material', code: 'ACCESS_MATERIAL_INVALID' });
  if (title.length < ACCESS_REQUEST_LIMITS.projectTitleMin || CONTROL_CHARACTER.test(title))
    problems.push({ field: 'projectTitle', code: 'ACCESS_PROJECT_TITLE_INVALID' });
  if (summary.length < ACCESS_REQUEST_LIMITS.projectSummaryMin)
    problems.push({ field: 'projectSummary', code: 'ACCESS_PROJECT_SUMMARY_TOO_SHORT' });
  return problems;
}

/** The agreement a path ends with: an MTA for samples; for data, an MTA too (titled a data transfer agreement). */
export function accessAgreementTitle(material: AccessMaterial, projectTitle: string, language: 'en' | 'it'): string {
  const kind =
    material === AccessMaterial.DATA
      ? language === 'it'
        ? 'Accordo di trasferimento dati'
        : 'Data transfer agreement'
      : language === 'it'
        ? 'Accordo di trasferimento materiali'
        : 'Material transfer agreement';
  return `${kind} — ${projectTitle}`.slice(0, 200);
}

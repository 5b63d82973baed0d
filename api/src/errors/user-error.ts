import { type ErrorCode, type ErrorParams, englishErrorMessage, type FieldProblem } from '@tt/shared/error-messages';

/** An expected failure the user can correct, returned (not thrown) in a mutation's payload. */
export interface UserError {
  /** The input field it concerns, if any. */
  field: string | null;
  /** Stable code (shared/error-messages.ts), e.g. INVALID_CREDENTIALS, EMAIL_TAKEN, TEXT_TOO_LONG. */
  code: ErrorCode;
  /** The values its sentence names, e.g. { max: 200 }. */
  params: ErrorParams;
  /** The English sentence, for API consumers; clients word the code in their reader's language. */
  message: string;
}

export function userError(code: ErrorCode, field: string | null = null, params: ErrorParams = {}): UserError {
  return { field, code, params, message: englishErrorMessage(code, params) };
}

/** A shared validation rule's problem (listing, disclosure) as a user error. */
export function fieldError(problem: FieldProblem): UserError {
  return userError(problem.code, problem.field, problem.params);
}

/** An expected failure the user can correct, returned (not thrown) in a mutation's payload. */
export interface UserError {
  /** The input field it concerns, if any. */
  field: string | null;
  /** Stable code, e.g. INVALID_CREDENTIALS, EMAIL_TAKEN, TOO_MANY_ATTEMPTS. */
  code: string;
  message: string;
}

export function userError(code: string, message: string, field: string | null = null): UserError {
  return { field, code, message };
}

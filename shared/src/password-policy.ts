import { COMMON_PASSWORDS } from './common-passwords.js';
import type { CodedError } from './error-messages.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'CONTAINS_EMAIL';

/** Checked as the user types and again by the API; null when the password is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || /^(?:0123456789|1234567890)+$/.test(password)) {
    return 'TOO_COMMON';
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'CONTAINS_EMAIL';
  return null;
}

/** Each problem as the error the API reports (error-messages.ts words it). */
export const PASSWORD_PROBLEM_ERRORS: Record<PasswordProblem, CodedError> = {
  TOO_SHORT: { code: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } },
  TOO_LONG: { code: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } },
  TOO_COMMON: { code: 'PASSWORD_TOO_COMMON' },
  CONTAINS_EMAIL: { code: 'PASSWORD_CONTAINS_EMAIL' },
};

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
  return email.length <= 200 && EMAIL.test(email);
}

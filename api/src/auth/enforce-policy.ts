import type { ErrorCode } from '@tt/shared/error-messages';
import { forbidden, unauthenticated } from '../errors/domain-error.js';
import { type UserError, userError } from '../errors/user-error.js';
import type { Actor, Decision } from './policies.js';

/**
 * Applies a policy decision: throws UNAUTHENTICATED or FORBIDDEN, returns a UserError for a target
 * the user can correct (a missing institute, their own role…), or null when allowed.
 */
export function enforce(decision: Decision): UserError | null {
  if (decision.allowed) return null;
  if (decision.kind === 'UNAUTHENTICATED') throw unauthenticated(decision.code);
  if (decision.kind === 'FORBIDDEN') throw forbidden(decision.code);
  return userError(decision.code, decision.field);
}

/** For yes/no rules: throws UNAUTHENTICATED when anonymous, FORBIDDEN when not allowed. */
export function ensureAllowed(viewer: Actor | null, allowed: boolean, refusal?: ErrorCode): void {
  if (!viewer) throw unauthenticated();
  if (!allowed) throw forbidden(refusal);
}

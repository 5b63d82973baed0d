import { type ErrorCode, type ErrorParams, englishErrorMessage } from '@tt/shared/error-messages';

/**
 * The failures a service reports by throwing: a category a client branches on (sign in, give up, correct the
 * input, wait), a stable code naming the failure (shared/error-messages.ts, where its English sentence is), the
 * parameters that sentence names (e.g. `max`, `retryAfter`) and the argument it concerns. The message is the
 * English sentence, for logs and API consumers; clients word the code in their reader's language. Services know
 * nothing of GraphQL; the GraphQL layer (`schema/graphql-errors.ts`) turns these into the errors a client reads.
 */
export type ErrorCategory = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS' | 'SERVICE_BUSY' | 'BAD_USER_INPUT';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly category: ErrorCategory,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** The argument (or argument path, `filter.query`) the error concerns, if any. */
    readonly argument: string | null = null,
  ) {
    const sentence = englishErrorMessage(code, params);
    super(argument ? `${argument}: ${sentence}` : sentence);
  }
}

export function unauthenticated(code: ErrorCode = 'UNAUTHENTICATED'): DomainError {
  return new DomainError('UNAUTHENTICATED', code);
}

export function forbidden(code: ErrorCode = 'FORBIDDEN'): DomainError {
  return new DomainError('FORBIDDEN', code);
}

/** An input the client can correct, naming the argument it concerns. */
export function badInput(code: ErrorCode, argument: string | null, params: ErrorParams = {}): DomainError {
  return new DomainError('BAD_USER_INPUT', code, params, argument);
}

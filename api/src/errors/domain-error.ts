/**
 * The failures a service reports by throwing: a stable code, a sentence for the person, and the parameters
 * a client may act on (e.g. `retryAfter`). Services know nothing of GraphQL; the GraphQL layer
 * (`schema/graphql-errors.ts`) turns these into the errors a client reads, with the code in `extensions`.
 */
export type DomainErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS' | 'SERVICE_BUSY' | 'BAD_USER_INPUT';

export type DomainErrorParams = Readonly<Record<string, string | number>>;

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly params: DomainErrorParams = {},
  ) {
    super(message);
  }
}

export function unauthenticated(message = 'You need to sign in to do this.'): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}

export function forbidden(message = 'You are not allowed to do this.'): DomainError {
  return new DomainError('FORBIDDEN', message);
}

/** An input the client can correct, naming the argument it concerns. */
export function badInput(message: string, argument?: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, argument ? { argument } : {});
}

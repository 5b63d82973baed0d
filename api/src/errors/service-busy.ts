import { DomainError } from './domain-error.js';

// The catalogue sheds load instead of queueing behind it: a search refused for want of a slot, or a statement
// PostgreSQL cancelled at the catalogue's statement timeout. Neither is the client's fault nor a bug: the answer
// says so (category SERVICE_BUSY), with the seconds to wait (HTTP 503 and Retry-After when nothing else was
// answered).

export const SERVICE_BUSY = 'SERVICE_BUSY' as const;

export type BusyReason = 'SATURATED' | 'TIMEOUT';

export function serviceBusy(reason: BusyReason, retryAfterSeconds: number): DomainError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  const code = reason === 'SATURATED' ? 'CATALOGUE_BUSY' : 'SEARCH_TIMED_OUT';
  return new DomainError(SERVICE_BUSY, code, { reason, retryAfter });
}

/** PostgreSQL's query_canceled (57014), as raised when statement_timeout ends a statement. */
export function isStatementTimeout(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === '57014' &&
    /statement timeout/.test(String((error as { message?: unknown }).message))
  );
}

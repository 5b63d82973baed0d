import os from 'node:os';

/**
 * How much of the machine the catalogue's reads may take, so that a burst of expensive searches is refused
 * fast instead of queueing the whole server behind it (createServer takes other values, for tests).
 */
export interface CatalogueLimits {
  /** A catalogue statement running longer is cancelled by PostgreSQL and answered SERVICE_BUSY. */
  statementTimeoutMs: number;
  /** Expensive searches (a query term, or facets) computed at once: about one per core. */
  searchSlots: number;
  /** How long an expensive search waits for a slot before it is refused. */
  queueWaitMs: number;
  /** Expensive searches allowed to wait for a slot; one more is refused at once, without waiting. */
  queueLength: number;
  /**
   * While at most this many expensive searches run (the new one included), a search with facets runs its page
   * and its facets as two statements at once (on two cores: sooner); beyond, as one statement that reads the
   * matches once (less CPU, when the cores are busy anyway).
   */
  splitSearchesUpTo: number;
  /** What a refusal tells the client to wait before trying again (Retry-After, extensions.retryAfter). */
  retryAfterSeconds: number;
}

export const CATALOGUE_LIMITS: CatalogueLimits = {
  statementTimeoutMs: 2500,
  searchSlots: os.availableParallelism(),
  queueWaitMs: 300,
  // Enough waiting to carry a few busy users through a short search each; a burst beyond that would only be
  // refused after the wait anyway.
  queueLength: 4 * os.availableParallelism(),
  retryAfterSeconds: 2,
  splitSearchesUpTo: 1,
};

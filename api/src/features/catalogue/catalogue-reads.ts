import type { Database, Db } from '@tt/db/database';
import { boundedPreparedStatementClient } from '@tt/db/prepared-statement-client';
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';
import type { Response } from 'express';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { serviceBusy } from '../../errors/service-busy.js';
import type { CatalogueCriteria } from './catalogue-criteria.js';
import type { CatalogueLimits } from './catalogue-limits.js';

/**
 * Settings of the catalogue's connections, given when each connects (no statement spent on them). Sequential
 * scans off: a common term's estimated matches (a fifth of the catalogue) would make the planner scan, and
 * de-TOAST, every listing's text vector instead of using the GIN indexes (CatalogueSearch writes the match into
 * its statements on these connections, see inlineMatch). Prepared statements planned at every call, for their
 * values: the searches' (below) are prepared to be parsed once, never to be planned once for any term.
 */
export const CATALOGUE_SESSION_OPTIONS = '-c work_mem=16MB -c enable_seqscan=off -c plan_cache_mode=force_custom_plan';

/**
 * The search statements each catalogue connection keeps prepared (CatalogueSearch's, the most recently used):
 * PostgreSQL holds 0.2–0.4 MB for each, so at most about 5 MB a connection.
 */
const PREPARED_PER_CONNECTION = 16;

/**
 * Where the catalogue's searches run: connections of their own, each with the catalogue's statement timeout
 * (set once per connection, so a read costs no extra statement), and a bound on the expensive searches
 * computed at once. async-mutex's semaphore with a timeout gives the wait-then-refuse; a refused search has
 * used nothing. One per server; `close()` ends its connections.
 */
export class CatalogueReads {
  readonly db: Db;
  private readonly slots: SemaphoreInterface;
  /** Expensive searches waiting for a slot now. */
  private waiting = 0;

  constructor(
    connectionString: string,
    readonly limits: CatalogueLimits,
  ) {
    const pool = new pg.Pool({
      connectionString,
      // An admitted search runs its page and its facets at once; cheap reads (browsing, counts) share the rest.
      max: Math.max(8, limits.searchSlots * 2 + 4),
      statement_timeout: limits.statementTimeoutMs,
      // asset_search_match's result (a few MB for a common term) stays in memory instead of spilling to disk.
      options: CATALOGUE_SESSION_OPTIONS,
      application_name: 'tt-catalogue',
      Client: boundedPreparedStatementClient(PREPARED_PER_CONNECTION),
    });
    this.db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    this.slots = withTimeout(new Semaphore(limits.searchSlots), limits.queueWaitMs, E_TIMEOUT);
  }

  /** Whether every search slot is taken now (a search would wait, or be refused). */
  searchSlotsTaken(): boolean {
    return this.slots.isLocked();
  }

  /**
   * A slot for an expensive search, once one frees within the queue wait; refused with SERVICE_BUSY otherwise,
   * at once when the queue is full.
   * The returned release may be called more than once.
   */
  async admitExpensiveSearch(): Promise<() => void> {
    // Every slot taken and the queue full: refused now, not after a wait that could not end in a slot sooner.
    if (this.slots.isLocked() && this.waiting >= this.limits.queueLength) {
      throw serviceBusy('SATURATED', this.limits.retryAfterSeconds);
    }
    let release: () => void;
    this.waiting += 1;
    try {
      [, release] = await this.slots.acquire();
    } catch (error) {
      if (error === E_TIMEOUT) throw serviceBusy('SATURATED', this.limits.retryAfterSeconds);
      throw error;
    } finally {
      this.waiting -= 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  /**
   * Whether a search (admitted already) should compute its page and facets in one statement: more expensive
   * searches run or wait now than `splitSearchesUpTo`.
   */
  searchesInOnePass(): boolean {
    const running = this.limits.searchSlots - this.slots.getValue();
    return running + this.waiting > this.limits.splitSearchesUpTo;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

/** Whether any filter narrows the catalogue (without one, the facet counts are kept, not counted). */
function isFiltered(criteria: CatalogueCriteria): boolean {
  const { kinds, sectors, trlMin, trlMax, ipStatuses, institutions, partneringModels, availabilities, capacities } =
    criteria;
  return (
    kinds.length +
      sectors.length +
      ipStatuses.length +
      institutions.length +
      partneringModels.length +
      availabilities.length +
      capacities.length >
      0 ||
    trlMin !== null ||
    trlMax !== null
  );
}

/**
 * Before an expensive search (a query term, or facets asked for) is computed: a slot, held until the answer is
 * sent (or the client goes away), or SERVICE_BUSY. Browsing a page without facets, or the whole catalogue with
 * its facets (the landing page: counts kept by triggers), is cheap and never waits. `selected`: the fields the
 * request selects on the connection (the resolver reads them from the operation).
 */
export async function admitCatalogueSearch(
  ctx: { catalogue: CatalogueReads; res?: Response | null },
  criteria: CatalogueCriteria,
  selected: ReadonlySet<string>,
): Promise<void> {
  if (criteria.query === null && (!selected.has('facets') || !isFiltered(criteria))) return;
  // One slot per response, however many searches its operation holds (aliases): a second slot taken while the
  // first is held until the answer is sent would wait for itself, and be refused, once searches ≥ slots.
  const res = ctx.res;
  if (res) {
    let admitted = admittedResponses.get(res);
    if (!admitted) {
      admitted = ctx.catalogue.admitExpensiveSearch().then((release) => {
        res.once('close', release);
      });
      admittedResponses.set(res, admitted);
    }
    return admitted;
  }
  const release = await ctx.catalogue.admitExpensiveSearch();
  release();
}

/** The responses holding a search slot (or waiting for one), until they are sent. */
const admittedResponses = new WeakMap<Response, Promise<void>>();

import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors/domain-error.js';
import { RATE_LIMITS, type RateLimitName, type RateLimitRule } from './rate-limits.js';

const TABLE = 'rate_limit'; // created by a migration (rate_limits), never by the library
// Its own few connections: a limit is checked while the request holds one of the ORM's connections in its
// transaction, so sharing the ORM's pool could leave every request waiting for a second one.
const POOL_MAX = 4;
const PRUNE_EVERY_MS = 5 * 60_000;

/** The error of a spent limit: what was refused, and the seconds to wait. */
export function tooManyRequests(rule: RateLimitRule, retryAfterSeconds: number): DomainError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new DomainError('TOO_MANY_REQUESTS', rule.refusal, { retryAfter });
}

/** Long keys (e-mail addresses may be) are stored as their hash, within the column's 255 characters. */
function storedKey(key: string): string {
  return key.length <= 100 ? key : createHash('sha256').update(key).digest('hex');
}

/**
 * The API's rate limits (rules in rate-limits.ts) on rate-limiter-flexible's PostgreSQL store, so that every
 * API process counts in the same rows. One per server; `close()` ends its connections.
 */
export class RateLimiter {
  private readonly limiters = new Map<RateLimitName, RateLimiterPostgres>();
  private readonly pruning: NodeJS.Timeout;

  private constructor(private readonly pool: pg.Pool) {
    // Windows that ended over an hour ago are of no use (the library's own timer is per limiter; one is enough).
    this.pruning = setInterval(() => {
      this.pool.query(`delete from ${TABLE} where expire < $1`, [Date.now() - 3_600_000]).catch(() => {});
    }, PRUNE_EVERY_MS);
    this.pruning.unref();
  }

  static open(databaseUrl: string, onError: (error: Error) => void = () => {}): RateLimiter {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_MAX, idleTimeoutMillis: 30_000 });
    // An idle connection dropped by the server: the pool replaces it; a query in flight rejects on its own.
    pool.on('error', onError);
    return new RateLimiter(pool);
  }

  private limiter(name: RateLimitName): RateLimiterPostgres {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const rule = RATE_LIMITS[name];
      limiter = new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: name.toLowerCase(),
        points: rule.points,
        duration: rule.seconds,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Uses one point of the limit for this key; throws TOO_MANY_REQUESTS (with `retryAfter`) once it is spent. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    const wait = await this.use(name, key);
    if (wait > 0) throw tooManyRequests(RATE_LIMITS[name], wait / 1000);
  }

  /** Uses one point; false once the limit is spent (for quiet limits, which skip something rather than refuse). */
  async tryConsume(name: RateLimitName, key: string): Promise<boolean> {
    return (await this.use(name, key)) === 0;
  }

  /** Milliseconds until the limit has room again for this key, 0 when it has; uses nothing. */
  async waitMs(name: RateLimitName, key: string): Promise<number> {
    const res = await this.limiter(name).get(storedKey(key));
    return res && res.consumedPoints >= RATE_LIMITS[name].points ? Math.max(1, res.msBeforeNext) : 0;
  }

  /** Counts one event that is not refused here (a failed log-in); returns how many the window holds now. */
  async count(name: RateLimitName, key: string): Promise<number> {
    return (await this.limiter(name).penalty(storedKey(key), 1)).consumedPoints;
  }

  /** Spends the limit for this key for the given seconds. */
  async block(name: RateLimitName, key: string, seconds: number): Promise<void> {
    await this.limiter(name).block(storedKey(key), seconds);
  }

  /** Forgets the key's uses (a successful log-in clears its failures). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name).delete(storedKey(key));
  }

  async close(): Promise<void> {
    clearInterval(this.pruning);
    await this.pool.end();
  }

  /** Milliseconds to wait when the point just used was over the limit, else 0. */
  private async use(name: RateLimitName, key: string): Promise<number> {
    try {
      await this.limiter(name).consume(storedKey(key));
      return 0;
    } catch (refusal) {
      // The library rejects with its result when the limit is spent, with an Error when the database fails.
      if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext);
      throw refusal;
    }
  }
}

import pg from 'pg';

// A statement whose SQL begins with this comment is sent as a named (prepared) statement: PostgreSQL parses it
// once per connection and, after a few calls, reuses its plan, instead of parsing and planning it on every
// call. For the few statements every request of a kind runs (the session lookup, an EoI submission's read and
// write), planning cost more than executing: about 1 ms of the database's CPU per submission. Only for
// statements whose text never varies: the name stands for the text, and pg refuses a name reused for another
// text on the same connection ("Prepared statements must be unique"), so a mistake fails at once.
const MARKER = /^\s*\/\* prepared: ([a-z0-9-]+) \*\//;

/** The statement's name when its SQL is marked `/* prepared: <name> *\/`, else null. */
export function preparedStatementName(text: string): string | null {
  return MARKER.exec(text)?.[1] ?? null;
}

/**
 * pg's client, sending marked statements as named ones (pg's own prepared statements); the pool builds its
 * connections with it (`driverOptions.Client` in the ORM's config). Everything else passes through unchanged.
 */
export class PreparedStatementClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of pg's query unchanged
  override query(config: any, values?: any, callback?: any): any {
    const query = super.query as (...args: unknown[]) => unknown;
    const name = typeof config === 'string' ? preparedStatementName(config) : null;
    return query.call(this, name ? { name, text: config } : config, values, callback);
  }
}

/** pg's record of the statements its connection has prepared (name → text), which pg does not let go of itself. */
interface ParsedStatements {
  connection: { parsedStatements: Record<string, string> };
}

/**
 * A client that keeps at most `max` marked statements prepared on its connection, the least recently used
 * deallocated first, for statements of many shapes (the catalogue's searches: one text per combination of filters,
 * order and fields read), each of which PostgreSQL would keep (parsed: 0.2–0.4 MB for a search) until the
 * connection closes. Its connections should plan every call for its values (`plan_cache_mode=force_custom_plan`):
 * a plan made once for any search term would serve a common one badly. What is saved is parsing and analysing.
 */
export function boundedPreparedStatementClient(max: number): typeof pg.Client {
  return class BoundedPreparedStatementClient extends pg.Client {
    /** The names prepared, least recently used first (a Map keeps insertion order). */
    private readonly recent = new Map<string, true>();

    // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of pg's query unchanged
    override query(config: any, values?: any, callback?: any): any {
      const query = super.query as (...args: unknown[]) => unknown;
      const name = typeof config === 'string' ? preparedStatementName(config) : null;
      if (!name) return query.call(this, config, values, callback);
      if (!this.recent.delete(name) && this.recent.size >= max) {
        const [oldest] = this.recent.keys() as MapIterator<string>;
        this.recent.delete(oldest!);
        const parsed = (this as unknown as ParsedStatements).connection.parsedStatements;
        if (parsed[oldest!] !== undefined) {
          // Forgotten by pg first, so the name is parsed again if it comes back; the DEALLOCATE runs before any later
          // statement (pg sends a connection's queries in order). A failure would leave a statement prepared: no harm.
          delete parsed[oldest!];
          (query.call(this, `deallocate "${oldest}"`) as Promise<unknown>).catch(() => {});
        }
      }
      this.recent.set(name, true);
      return query.call(this, { name, text: config }, values, callback);
    }
  };
}

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

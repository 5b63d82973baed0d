import type { Db } from '@tt/db/database';
import type { Compilable, CompiledQuery } from 'kysely';

/** The comment that marks a statement's SQL as the named prepared statement `name` ([a-z0-9-], at most 63). */
export function preparedStatementMarker(name: string): string {
  return `/* prepared: ${name} */`;
}

/**
 * Runs a built query as a named prepared statement: its SQL is sent marked `/* prepared: <name> *\/`, which
 * the pool's client (db/src/prepared-statement-client.ts) sends as a named statement, parsed and planned once
 * per connection. Only for queries whose text never varies with their input.
 */
export async function executePrepared<Row>(
  db: Db,
  name: string,
  query: Compilable<Row> | CompiledQuery<Row>,
): Promise<Row[]> {
  const compiled = 'compile' in query ? query.compile() : query;
  const { rows } = await db.executeQuery<Row>({ ...compiled, sql: `${preparedStatementMarker(name)} ${compiled.sql}` });
  return rows;
}

import pg from 'pg';

// Counts the statements that reach PostgreSQL from this process, whatever issued them.
let count = 0;
let installed = false;

export function installSqlCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: wraps every overload of pg's query
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    count += 1;
    // biome-ignore lint/suspicious/noExplicitAny: forwards the caller's arguments unchanged
    return (original as any).apply(this, args);
  } as typeof original;
}

export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const before = count;
  await work();
  return count - before;
}

import pg from 'pg';

// Counts the statements that reach PostgreSQL from this process, whatever issued them, and keeps the recent
// ones with the name they were sent under (a prepared statement's) or null.
let count = 0;
let installed = false;
const recent: SentStatement[] = [];

export interface SentStatement {
  text: string;
  /** The prepared statement's name, null for a statement parsed and planned on every call. */
  name: string | null;
}

export function installSqlCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: wraps every overload of pg's query
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    count += 1;
    const [config] = args;
    if (typeof config === 'string') recent.push({ text: config, name: null });
    else if (typeof config?.text === 'string') recent.push({ text: config.text, name: config.name ?? null });
    if (recent.length > 100) recent.splice(0, recent.length - 100);
    // biome-ignore lint/suspicious/noExplicitAny: forwards the caller's arguments unchanged
    return (original as any).apply(this, args);
  } as typeof original;
}

export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const before = count;
  await work();
  return count - before;
}

/** The statements `work` sent, in order (at most the last 100). */
export async function recordStatements(work: () => Promise<unknown>): Promise<SentStatement[]> {
  const before = count;
  await work();
  return recent.slice(Math.max(0, recent.length - (count - before)));
}

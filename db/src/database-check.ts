import pg from 'pg';

/** Why the configured PostgreSQL cannot be used, in one line that names where and what to check. */
export class DatabaseConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseConnectionError';
  }
}

/** Host, port, database and user of a URL, never its password. */
export function describeTarget(url: string): {
  host: string;
  port: string;
  database: string;
  user: string;
  where: string;
} {
  const parsed = new URL(url);
  const host = parsed.hostname || 'localhost';
  const port = parsed.port || '5432';
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username);
  const user = decodeURIComponent(parsed.username) || 'postgres';
  return { host, port, database, user, where: `${host}:${port}` };
}

/** One line for a connection error of `pg`; the password never appears in it. */
export function explainDatabaseError(error: unknown, url: string): string {
  const { host, port, database, user, where } = describeTarget(url);
  const who = `(database "${database}", user "${user}")`;
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where} ${who}: the connection was refused. Is the server running and listening on that host and port? Check DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${where} ${who}: the host name "${host}" is not known. Check DATABASE_URL's host.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `Cannot reach PostgreSQL at ${where} ${who}: no answer (${code}). Check the host, the port and any firewall in between.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused user "${user}" for database "${database}": wrong password, or its pg_hba.conf does not admit this user from this address. Check DATABASE_URL's user and password.`;
    case '3D000':
      return `The database "${database}" does not exist on PostgreSQL at ${where}. Create it first (e.g. createdb -h ${host} -p ${port} -U ${user} ${database}); the tables are created at start.`;
    case '42501':
      return `PostgreSQL at ${where} ${who}: permission denied (${message ?? 'no detail'}). The user needs to own the database, or be allowed to create tables in it.`;
    default: {
      const timedOut = /timeout|timed out/i.test(message ?? '');
      if (timedOut)
        return `Cannot reach PostgreSQL at ${where} ${who}: no answer within 10 s. Check the host, the port and any firewall in between.`;
      // Driver messages can quote the connection string: keep the password out.
      const password = decodeURIComponent(new URL(url).password);
      const detail = (message ?? String(error)).split(password || '\u0000').join('***');
      return `PostgreSQL at ${where} ${who} cannot be used: ${detail}`;
    }
  }
}

/** Connects once to the configured database and fails with one clear line when it cannot be used. */
export async function checkDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseConnectionError(explainDatabaseError(error, url));
  } finally {
    await client.end().catch(() => {});
  }
}

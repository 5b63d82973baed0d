import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseConnectionError } from './database-check.js';
import { resolveDatabase } from './database-url.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';
import { unusedPort } from './port-check.js';

// Issue #18, point 4: an unreachable server, a wrong password or a missing database gave raw stack traces.
// Each is one line naming host, port, database and user (never the password), and what to check.

let dir: string;
let server: EmbeddedDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tt-db-check-'));
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await unusedPort(), persistent: false });
});
afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function failure(databaseUrl: string): Promise<string> {
  const attempt = resolveDatabase({ databaseUrl, dataDir: dir });
  await expect(attempt).rejects.toBeInstanceOf(DatabaseConnectionError);
  const message = await attempt.then(
    () => '',
    (error: Error) => error.message,
  );
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

describe('an external database that cannot be used', () => {
  it('unreachable: names host and port and says the connection was refused', async () => {
    const port = await unusedPort();
    const message = await failure(`postgres://tt:s3cret-pw@127.0.0.1:${port}/tt_marketplace`);
    expect(message).toMatch(
      new RegExp(`^Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port} \\(database "tt_marketplace", user "tt"\\)`),
    );
    expect(message).toContain('refused');
    expect(message).not.toContain('s3cret-pw');
  });

  it('wrong password: names the user and database, never the password', async () => {
    const message = await failure(`postgres://postgres:not-the-password@127.0.0.1:${server.port}/postgres`);
    expect(message).toMatch(/refused user "postgres" for database "postgres": wrong password/);
    expect(message).toContain(`127.0.0.1:${server.port}`);
    expect(message).not.toContain('not-the-password');
  });

  it('missing database: says it must be created first, and how', async () => {
    const message = await failure(server.urlFor('no_such_db'));
    expect(message).toMatch(
      /^The database "no_such_db" does not exist on PostgreSQL at 127\.0\.0\.1:\d+\. Create it first/,
    );
    expect(message).toContain(`createdb -h 127.0.0.1 -p ${server.port} -U postgres no_such_db`);
  });

  it('a database that exists is used as it is', async () => {
    const url = await server.ensureDatabase('exists_db');
    await expect(resolveDatabase({ databaseUrl: url, dataDir: dir })).resolves.toMatchObject({ url, embedded: false });
  });
});

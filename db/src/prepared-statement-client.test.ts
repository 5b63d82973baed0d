import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';
import { unusedPort } from './port-check.js';
import { PreparedStatementClient, preparedStatementName } from './prepared-statement-client.js';

let dir: string;
let server: EmbeddedDatabase;
let client: PreparedStatementClient;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tt-prepared-'));
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await unusedPort(), persistent: false });
  client = new PreparedStatementClient({ connectionString: server.adminUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The statements this connection has prepared, by name. */
async function prepared(): Promise<string[]> {
  const { rows } = await client.query('select name from pg_prepared_statements order by name');
  return (rows as { name: string }[]).map((row) => row.name);
}

describe('PreparedStatementClient', () => {
  it('reads the name from the marker comment only at the start of the statement', () => {
    expect(preparedStatementName('/* prepared: session-viewer */\n select 1')).toBe('session-viewer');
    expect(preparedStatementName('\n    /* prepared: eoi-submission-read */ select 1')).toBe('eoi-submission-read');
    expect(preparedStatementName('select 1 /* prepared: late */')).toBeNull();
    expect(preparedStatementName('/* prepared by hand */ select 1')).toBeNull();
  });

  it('sends a marked statement as a named one, prepared once for the connection, with its parameters', async () => {
    const text = '/* prepared: doubled */ select $1::int * 2 as n';
    expect((await client.query(text, [21])).rows).toEqual([{ n: 42 }]);
    expect((await client.query(text, [5])).rows).toEqual([{ n: 10 }]);
    expect(await prepared()).toEqual(['doubled']);
  });

  it('leaves unmarked statements unnamed', async () => {
    await client.query('select $1::int as n', [1]);
    expect(await prepared()).toEqual(['doubled']);
  });

  it('refuses a name reused for another text instead of running the wrong statement', async () => {
    await expect(client.query('/* prepared: doubled */ select $1::int * 3 as n', [1])).rejects.toThrow(
      /Prepared statements must be unique/,
    );
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';
import { unusedPort } from './port-check.js';
import {
  boundedPreparedStatementClient,
  PreparedStatementClient,
  preparedStatementName,
} from './prepared-statement-client.js';

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

describe('boundedPreparedStatementClient', () => {
  it('keeps at most its bound of statements prepared, the least recently used deallocated first', async () => {
    const Bounded = boundedPreparedStatementClient(2);
    const bounded = new Bounded({ connectionString: server.adminUrl });
    await bounded.connect();
    try {
      const names = async () =>
        ((await bounded.query('select name from pg_prepared_statements order by name')).rows as { name: string }[]).map(
          (row) => row.name,
        );
      const times = (name: string, factor: number) => `/* prepared: ${name} */ select $1::int * ${factor} as n`;
      expect((await bounded.query(times('two', 2), [1])).rows).toEqual([{ n: 2 }]);
      expect((await bounded.query(times('three', 3), [1])).rows).toEqual([{ n: 3 }]);
      // "two" used again: "three" is now the least recently used, and goes when "four" comes.
      expect((await bounded.query(times('two', 2), [2])).rows).toEqual([{ n: 4 }]);
      expect((await bounded.query(times('four', 4), [1])).rows).toEqual([{ n: 4 }]);
      expect(await names()).toEqual(['four', 'two']);
      // A deallocated statement comes back: prepared again (pg parses it anew), another one deallocated.
      expect((await bounded.query(times('three', 3), [2])).rows).toEqual([{ n: 6 }]);
      expect(await names()).toEqual(['four', 'three']);
      expect((await bounded.query(times('two', 2), [3])).rows).toEqual([{ n: 6 }]);
      expect(await names()).toEqual(['three', 'two']);
      // Unmarked statements are not counted.
      expect((await bounded.query('select $1::int as n', [7])).rows).toEqual([{ n: 7 }]);
      expect(await names()).toEqual(['three', 'two']);
    } finally {
      await bounded.end();
    }
  });
});

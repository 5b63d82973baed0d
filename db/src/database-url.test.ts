import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDatabase } from './database-url.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createOrmConfig } from './orm-config.js';
import { unusedPort } from './port-check.js';
import { prepareDatabase } from './prepare-database.js';

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tt-db-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('choosing the database', () => {
  it('without DATABASE_URL: an embedded server whose data is kept between runs', async () => {
    const dataDir = await tempDir();
    const port = await unusedPort();
    const first = await resolveDatabase({ dataDir, embeddedPort: port });
    expect(first.embedded).toBe(true);
    let orm = await MikroORM.init(createOrmConfig(first.url));
    const prepared = await prepareDatabase(orm, { loadDemoData: true });
    expect(prepared.migrations.length).toBeGreaterThan(0);
    expect(prepared.demoDataLoaded).toBe(true);
    await orm.close();
    await first.stop();
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const second = await resolveDatabase({ dataDir, embeddedPort: port });
    orm = await MikroORM.init(createOrmConfig(second.url));
    const again = await prepareDatabase(orm, { loadDemoData: true });
    // Demo data is loaded on the first start only; nothing is migrated twice.
    expect(again).toEqual({ migrations: [], demoDataLoaded: false });
    const [row] = await orm.em.fork().execute<{ count: string }[]>('select count(*) as count from asset');
    expect(Number(row?.count)).toBeGreaterThanOrEqual(60);
    await orm.close();
    await second.stop();
  });

  it('with DATABASE_URL: that server is used, and no embedded one is started', async () => {
    const dir = await tempDir();
    const other = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'other'),
      port: await unusedPort(),
      persistent: false,
    });
    try {
      const url = await other.ensureDatabase('external_db');
      const dataDir = await tempDir();
      const handle = await resolveDatabase({ databaseUrl: url, dataDir });
      expect(handle).toMatchObject({ url, embedded: false });
      expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
      const orm = await MikroORM.init(createOrmConfig(handle.url));
      await prepareDatabase(orm, { loadDemoData: true });
      const [row] = await orm.em.fork().execute<{ db: string }[]>('select current_database() as db');
      expect(row?.db).toBe('external_db');
      await orm.close();
      await handle.stop();
    } finally {
      await other.stop();
    }
  });

  it('a data directory left by a killed server (stale pid file) still starts', async () => {
    const dataDir = await tempDir();
    const port = await unusedPort();
    const first = await resolveDatabase({ dataDir, embeddedPort: port });
    await first.stop();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dataDir, 'postgres', 'postmaster.pid'), '999999\n');
    const second = await resolveDatabase({ dataDir, embeddedPort: port });
    expect(second.embedded).toBe(true);
    await second.stop();
  });
});

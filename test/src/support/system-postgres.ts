// A PostgreSQL server from the operating system's packages (Debian's `postgresql`), standing for an institute's
// own server in process-level tests: its pg_dump and pg_restore are the ones docs/deploying.md tells IT to use,
// and they must be at least as new as the server they dump (so not the embedded PostgreSQL 18's: it ships none).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PACKAGES = '/usr/lib/postgresql';
const PROGRAMS = ['initdb', 'pg_ctl', 'postgres', 'psql', 'pg_dump', 'pg_restore'];
const ADMIN_PASSWORD = 'postgres';

/** The newest `/usr/lib/postgresql/<major>/bin` holding the server and its dump tools. */
export function systemPostgresBinDir(): string {
  const majors = existsSync(PACKAGES)
    ? readdirSync(PACKAGES)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const major of majors) {
    const bin = path.join(PACKAGES, major, 'bin');
    if (PROGRAMS.every((program) => existsSync(path.join(bin, program)))) return bin;
  }
  throw new Error(
    `This test needs PostgreSQL's server and its dump tools from the operating system (${PROGRAMS.join(', ')} in ${PACKAGES}/<version>/bin): apt-get install postgresql (.ci/run installs it when missing).`,
  );
}

export interface SystemPostgres {
  /** e.g. "15.18 (Debian 15.18-0+deb12u1)". */
  version: string;
  binDir: string;
  /** URL of a database on this server as `user` (the superuser `postgres` by default). */
  urlFor(database: string, user?: { name: string; password: string }): string;
  /** Runs SQL with psql (as the superuser in the `postgres` database unless `url` says otherwise); its output, unaligned. */
  psql(sql: string, url?: string): Promise<string>;
  /** Runs one of the server's client programs (pg_dump, pg_restore…) as this process's user. */
  client(program: 'pg_dump' | 'pg_restore' | 'psql', args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** As root, the server runs as the `postgres` user (PostgreSQL refuses root), which owns its directory. */
function asPostgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Initialises a throwaway cluster in a temporary directory and starts it on `port` (127.0.0.1 only). */
export async function startSystemPostgres(port: number): Promise<SystemPostgres> {
  const binDir = systemPostgresBinDir();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tt-system-pg-'));
  const owner = asPostgresUser();
  const dataDir = path.join(dir, 'data');
  const passwordFile = path.join(dir, 'password');
  await writeFile(passwordFile, ADMIN_PASSWORD);
  if ('uid' in owner) {
    await chown(dir, owner.uid, owner.gid);
    await chown(passwordFile, owner.uid, owner.gid);
  }
  const server = (program: string, args: string[]) =>
    run(path.join(binDir, program), args, { ...owner, cwd: dir, env: { ...process.env, LC_MESSAGES: 'C' } });
  await server('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    `--pwfile=${passwordFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  // No Unix socket (its default directory may not be ours to write); fsync off: a test's data is thrown away.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off`;
  await server('pg_ctl', [
    'start',
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'postgres.log'),
    '-w',
    '-t',
    '60',
    '-o',
    options,
  ]);

  const urlFor: SystemPostgres['urlFor'] = (database, user = { name: 'postgres', password: ADMIN_PASSWORD }) =>
    `postgres://${encodeURIComponent(user.name)}:${encodeURIComponent(user.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const client: SystemPostgres['client'] = async (program, args) =>
    (await run(path.join(binDir, program), args, { env: { ...process.env, LC_MESSAGES: 'C' } })).stdout;
  const psql: SystemPostgres['psql'] = (sql, url = urlFor('postgres')) =>
    client('psql', [
      '--no-psqlrc',
      '--tuples-only',
      '--no-align',
      '-v',
      'ON_ERROR_STOP=1',
      `--dbname=${url}`,
      '-c',
      sql,
    ]);

  let stopped = false;
  return {
    version: (await psql('show server_version')).trim(),
    binDir,
    urlFor,
    psql,
    client,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

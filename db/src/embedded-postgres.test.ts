import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from './embedded-postgres.js';

// Issue #18, points 3 and 5: a taken port printed only `triggerUncaughtException ^ undefined`, and the
// postmaster shared the terminal's process group, so Ctrl-C stopped the database before the server drained.

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tt-embedded-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A port held by another program for the test's duration. */
async function heldPort(): Promise<{ port: number; release(): Promise<void> }> {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const { port } = holder.address() as net.AddressInfo;
  return { port, release: () => new Promise((resolve) => holder.close(() => resolve())) };
}

const processGroup = (pid: number) =>
  Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }));

describe('the embedded PostgreSQL', () => {
  it('names the port, the cause and the way out when the port is taken', async () => {
    const dir = await tempDir();
    const held = await heldPort();
    try {
      const started = startEmbeddedPostgres({
        dataDir: path.join(dir, 'postgres'),
        port: held.port,
        persistent: false,
      });
      await expect(started).rejects.toBeInstanceOf(EmbeddedDatabaseError);
      await expect(started).rejects.toThrow(
        new RegExp(`^Port ${held.port} is in use: another PostgreSQL or another program .*EMBEDDED_PG_PORT=`),
      );
    } finally {
      await held.release();
    }
  });

  it('runs in a process group of its own, logs to a file beside its data, and stops when asked', async () => {
    const dir = await tempDir();
    const holder = await heldPort();
    await holder.release();
    const dataDir = path.join(dir, 'postgres');
    const database = await startEmbeddedPostgres({ dataDir, port: holder.port });
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    try {
      expect(processGroup(pid)).not.toBe(processGroup(process.pid));
      expect(database.logFile).toBe(path.join(dir, 'postgres.log'));
      expect(readFileSync(database.logFile, 'utf8')).toContain('database system is ready to accept connections');
    } finally {
      await database.stop();
    }
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(readFileSync(database.logFile, 'utf8')).toContain('database system is shut down');
  });
});

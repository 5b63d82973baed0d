import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@tt/db/embedded-postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startServerProcess } from './support/server-process.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Sends a request's headers and half its body; the rest is sent by `finish`. */
function halfSentRequest(url: string, body: string) {
  const { hostname, port, host } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let response = '';
  socket.on('data', (chunk) => {
    response += chunk;
  });
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(response)));
  const opened = new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  // The server answers "100 Continue" once it has parsed the headers: from then on the request is in
  // flight for it (before, a busy server could see an idle connection and close it on shutdown).
  const headersRead = new Promise<void>((resolve) =>
    socket.on('data', () => {
      if (response.startsWith('HTTP/1.1 100')) resolve();
    }),
  );
  const half = Math.floor(body.length / 2);
  return {
    async start() {
      await opened;
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\nExpect: 100-continue\r\n\r\n${body.slice(0, half)}`,
      );
      await headersRead;
    },
    async finish() {
      socket.write(body.slice(half));
      return (await closed).replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '');
    },
  };
}

describe('configuration and shutdown of the real process', () => {
  it('refuses bad configuration with a readable message', async () => {
    await expect(
      startServerProcess({
        script: 'main',
        env: { PORT: '4000', DATABASE_URL: 'mysql://nope', NODE_ENV: 'production' },
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(/DATABASE_URL must be a postgres/);
  });

  it('SIGTERM lets an in-flight request finish, then stops the embedded database', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tt-shutdown-'));
    dirs.push(dataDir);
    const server = await startServerProcess({
      script: 'main',
      env: {
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(freePort()),
        NODE_ENV: 'production',
        DEMO_DATA: 'false',
        MAIL_TRANSPORT: 'none',
      },
    });
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    const request = halfSentRequest(server.url, JSON.stringify({ query: '{ institutions { slug } }' }));
    await request.start();
    const exited = server.stop();
    // The server has begun shutting down while our request is still arriving.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await request.finish();
    expect(response).toMatch(/^HTTP\/1.1 200/);
    expect(response).toContain('"institutions"');
    expect(await exited).toBe(0);
    expect(server.output()).toMatch(/stopped/);
    // The embedded PostgreSQL shut down cleanly: no pid file left behind.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});

/** Resolves once nothing answers at the URL any more. */
async function gone(url: string): Promise<boolean> {
  const answer = await fetch(`${url}/readyz`).catch(() => null);
  return answer === null;
}

async function dataDirectory(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tt-stop-'));
  dirs.push(dir);
  return dir;
}

// Issue #18, points 2 and 5: a taken port hung for ever; Ctrl-C stopped the database before the server had
// drained; SIGTERM to npm alone left the server running; with an external database "stopped" never came.
describe('starting and stopping as a person or a process manager does', () => {
  it('exits at once, non-zero, when the port is taken', async () => {
    // Holds the port and hangs up on whoever calls (the readiness poll included).
    const holder = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const started = Date.now();
      await expect(
        startServerProcess({
          script: 'main',
          env: { PORT: String(port), DATA_DIR: await dataDirectory(), EMBEDDED_PG_PORT: String(freePort()) },
          timeoutMs: 20_000,
        }),
      ).rejects.toThrow(new RegExp(`exited early \\(1\\):\\s*Port ${port} is in use: .*set PORT`));
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('Ctrl-C in the terminal (SIGINT to the whole process group of npm start) drains, then stops the database', async () => {
    const dataDir = await dataDirectory();
    const server = await startServerProcess({
      script: 'npm',
      env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(freePort()), DEMO_DATA: 'false' },
    });
    const pid = server.process.pid!;
    const request = halfSentRequest(server.url, JSON.stringify({ query: '{ institutions { slug } }' }));
    await request.start();
    process.kill(-pid, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await request.finish();
    expect(response).toMatch(/^HTTP\/1.1 200/);
    await server.exited;
    await expect.poll(() => gone(server.url), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => server.output(), { timeout: 20_000 }).toMatch(/\bstopped\b/);
    const postgresLog = readFileSync(path.join(dataDir, 'postgres.log'), 'utf8');
    // The database saw the application leave first: no connection was cut by its own shutdown.
    expect(postgresLog).not.toContain('terminating connection due to administrator command');
    expect(postgresLog).toContain('database system is shut down');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('SIGTERM to the npm process alone (a process manager) stops the server and the database', async () => {
    const dataDir = await dataDirectory();
    const server = await startServerProcess({
      script: 'npm',
      env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(freePort()), DEMO_DATA: 'false' },
    });
    process.kill(server.process.pid!, 'SIGTERM');
    await server.exited;
    await expect.poll(() => gone(server.url), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => server.output(), { timeout: 20_000 }).toMatch(/\bstopped\b/);
    await expect
      .poll(() => existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), { timeout: 20_000 })
      .toBe(false);
  });

  it('with an external database, logs "stopped" and exits 0', async () => {
    const dir = await dataDirectory();
    const external = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'external'),
      port: freePort(),
      persistent: false,
    });
    try {
      const server = await startServerProcess({
        script: 'main',
        env: { DATABASE_URL: await external.ensureDatabase('tt_external'), DATA_DIR: dir, DEMO_DATA: 'false' },
      });
      expect(await server.stop()).toBe(0);
      expect(server.output()).toMatch(/\bstopped\b/);
    } finally {
      await external.stop();
    }
  });
});

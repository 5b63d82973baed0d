import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
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

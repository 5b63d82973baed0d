// The built server as docs/deploying.md starts it (NODE_ENV=production, the V8 flags, an external PostgreSQL that
// the embedded launcher stands for, a database that exists and is empty): it serves, refuses what only a demo
// has, answers only for its own address, and stops cleanly. Issue #18, point 8.

import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@tt/db/embedded-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../scripts/server-node-flags.mjs';
import { gql, logIn } from './support/graphql-client.js';
import { freePort, type ServerProcess, startServerProcess } from './support/server-process.js';

let dir: string;
let external: EmbeddedDatabase;
let server: ServerProcess;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tt-production-'));
  external = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: freePort(), persistent: false });
  server = await startServerProcess({
    script: 'main',
    nodeArgs: SERVER_NODE_FLAGS,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: await external.ensureDatabase('tt_production'),
      DATA_DIR: path.join(dir, 'data'),
      MAIL_TRANSPORT: 'none',
      // Asked for, and still never loaded in production.
      DEMO_DATA: 'true',
    },
  });
});
afterAll(async () => {
  await server?.stop();
  await external?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A GET naming `host` in its Host header (fetch sets its own). */
function getWithHost(url: string, pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(pathname, url), { headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

describe('the production server on an external PostgreSQL', () => {
  it('is ready and serves the catalogue', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const catalogue = await gql<{ assets: { totalCount: number }; institutions: unknown[] }>(
      server.url,
      '{ assets(first: 5) { totalCount edges { node { slug } } } institutions { slug } }',
    );
    expect(catalogue.status).toBe(200);
    expect(catalogue.errors).toBeUndefined();
    // An installation starts empty: its institutes and listings are its own.
    expect(catalogue.data).toEqual({ assets: { totalCount: 0, edges: [] }, institutions: [] });
    expect(server.output()).toMatch(/TT Marketplace listening on http:\/\/127\.0\.0\.1:\d+/);
  });

  it("sends the web app's scripts compressed as the build wrote them (Brotli, gzip)", async () => {
    const page = await (await fetch(`${server.url}/partners`)).text();
    const script = /<script\b[^>]*\bsrc="(\/_app\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    for (const encoding of ['br', 'gzip']) {
      const raw = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http
          .get(new URL(script!, server.url), { headers: { 'accept-encoding': encoding } }, resolve)
          .on('error', reject);
      });
      raw.resume();
      expect(raw.statusCode).toBe(200);
      expect(raw.headers['content-encoding']).toBe(encoding);
    }
  });

  it('has no demo: no /dev/mail (a 404, not the web app), no demo accounts, introspection off', async () => {
    for (const pathname of ['/dev/mail', '/dev/mail.json', '/dev/mail/1']) {
      const response = await fetch(`${server.url}${pathname}`);
      expect(response.status, pathname).toBe(404);
      expect(await response.text(), pathname).not.toContain('<div id="root"');
    }
    // The web app itself is served.
    const page = await fetch(`${server.url}/partners`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    expect(await logIn(server.url, 'admin@tt.demo', 'tt-demo-2026')).toBeNull();
    expect(await logIn(server.url, 'buyer@oncopharm.demo', 'tt-demo-2026')).toBeNull();
    const introspection = await gql(server.url, '{ __schema { queryType { name } } }');
    expect(introspection.data).toBeUndefined();
    expect(server.output()).not.toMatch(/DEMO MODE|demo data loaded/);
  });

  it('answers only for PUBLIC_URL: another Host gets 421, health checks answer whatever the Host', async () => {
    const own = new URL(server.url).host;
    expect((await getWithHost(server.url, '/partners', own)).status).toBe(200);
    const misdirected = await getWithHost(server.url, '/partners', 'tt.attacker.example');
    expect(misdirected.status).toBe(421);
    expect(misdirected.body).toContain(`answers for ${own} only`);
    expect((await getWithHost(server.url, '/graphql?query=%7B__typename%7D', '10.0.0.7:4000')).status).toBe(421);
    expect((await getWithHost(server.url, '/healthz', '10.0.0.7:4000')).status).toBe(200);
    expect((await getWithHost(server.url, '/readyz', '10.0.0.7:4000')).status).toBe(200);
  });

  it('logs JSON lines, and stops on SIGTERM with exit code 0 and "stopped"', async () => {
    expect(await server.stop()).toBe(0);
    const lines = server.output().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    const last = JSON.parse(lines.at(-1)!) as { msg: string; level: number };
    expect(last.msg).toBe('stopped');
    expect(lines.some((line) => (JSON.parse(line) as { msg: string }).msg.startsWith('shutting down'))).toBe(true);
  });
});

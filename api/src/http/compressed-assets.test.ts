import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedAssets } from './compressed-assets.js';

const script = `export const catalogue = ${JSON.stringify('x'.repeat(2000))};\n`;
let dir: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tt-assets-'));
  // As the build writes them (web/vite.config.ts): the file, and its two compressed forms beside it.
  writeFileSync(path.join(dir, 'index-abc123.js'), script);
  writeFileSync(path.join(dir, 'index-abc123.js.br'), zlib.brotliCompressSync(script));
  writeFileSync(path.join(dir, 'index-abc123.js.gz'), zlib.gzipSync(script));
  // Built without them: sent as it is.
  writeFileSync(path.join(dir, 'plain-abc123.css'), 'body { color: black; }');
  writeFileSync(path.join(dir, 'photo-abc123.png'), 'not really a png');
  const app = express();
  app.use('/_app', compressedAssets(dir, 'public, max-age=31536000, immutable'), express.static(dir));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress the body itself). */
function get(
  url: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('compressed web app files', () => {
  it('sends Brotli when the browser accepts it, gzip when it accepts only that', async () => {
    const br = await get(`${base}/_app/index-abc123.js`, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(script.length / 5);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get(`${base}/_app/index-abc123.js`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script);
  });

  it('sends the file as it is to a client that accepts no encoding, or refuses Brotli', async () => {
    const plain = await get(`${base}/_app/index-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const noBrotli = await get(`${base}/_app/index-abc123.js`, 'br;q=0, gzip');
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
  });

  it('leaves other files and unknown paths to the next handler', async () => {
    const image = await get(`${base}/_app/photo-abc123.png`, 'br');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.toString()).toBe('not really a png');
    expect((await get(`${base}/_app/../compressed-assets.test.ts`, 'br')).status).toBe(404);
    expect((await get(`${base}/_app/missing.js`, 'br')).status).toBe(404);
    const uncompressed = await get(`${base}/_app/plain-abc123.css`, 'br');
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect(uncompressed.body.toString()).toBe('body { color: black; }');
  });
});

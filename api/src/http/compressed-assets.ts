import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { RequestHandler } from 'express';

// The web app's hashed scripts and styles, Brotli- and gzip-compressed once when the server starts (in the
// background, one file after the other on libuv's thread pool: about half a second of one core for the whole
// app) and kept in memory: they never change while the server runs, and sent uncompressed they were most of
// the catalogue's load time on a phone.

const COMPRESSIBLE = /\.(?:js|css|svg|json)$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};
const MAX_FILE_BYTES = 4 * 1024 * 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

interface Compressed {
  br: Buffer;
  gzip: Buffer;
}

function preferredEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null;
  const accepted = header.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { name, q: q ? Number(q.slice(2)) : 1 };
  });
  const allows = (name: string) => accepted.some((entry) => entry.name === name && entry.q > 0);
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return null;
}

async function compress(file: string): Promise<Compressed> {
  const content = readFileSync(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        // Quality 10: within 2 % of the maximum's size, in less than half its time.
        [zlib.constants.BROTLI_PARAM_QUALITY]: 10,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gzip: gz };
}

/**
 * Answers requests for the compressible files of `dir` with their compressed form when the client accepts
 * one; anything else (other files, no accepted encoding, a file added later) falls through to the next
 * handler.
 */
export function compressedAssets(dir: string, cacheControl: string): RequestHandler {
  const files = new Map<string, Promise<Compressed | null>>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.test(name) || statSync(file).size > MAX_FILE_BYTES) continue;
    const compressed = previous.then(() => compress(file)).catch(() => null);
    previous = compressed;
    files.set(`/${name}`, compressed);
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const pending = files.get(req.path);
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    if (!pending || !encoding) return next();
    pending.then((compressed) => {
      if (!compressed) return next();
      const body = compressed[encoding];
      res.setHeader('Content-Type', TYPES[path.extname(req.path)] ?? 'application/octet-stream');
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControl);
      res.end(req.method === 'HEAD' ? undefined : body);
    }, next);
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPRESSED_WEB_FILES } from '@tt/shared/compressed-web-files';
import type { RequestHandler } from 'express';

// The web app's hashed scripts and styles, sent Brotli- or gzip-compressed: sent as they are, they were most of the
// catalogue's load time on a phone. The build writes both forms beside each file (web/vite.config.ts, Brotli at its
// best); the server reads them when it starts and keeps them in memory (about a megabyte): they never change while
// it runs. Compressing them here instead cost a second and a half of CPU at each start, and some 40 MB of memory
// that the thread pool's allocator kept afterwards.

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

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

/** A file's compressed forms as the build wrote them, or null when it wrote none (a file served as it is). */
function compressedForms(file: string): Compressed | null {
  if (!existsSync(`${file}.br`) || !existsSync(`${file}.gz`)) return null;
  return { br: readFileSync(`${file}.br`), gzip: readFileSync(`${file}.gz`) };
}

/**
 * Answers requests for the compressible files of `dir` with their compressed form when the client accepts
 * one; anything else (other files, a file built without its compressed forms, no accepted encoding, a file added
 * later) falls through to the next handler.
 */
export function compressedAssets(dir: string, cacheControl: string): RequestHandler {
  const files = new Map<string, Compressed>();
  for (const name of readdirSync(dir)) {
    if (!COMPRESSED_WEB_FILES.test(name)) continue;
    const compressed = compressedForms(path.join(dir, name));
    if (compressed) files.set(`/${name}`, compressed);
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const compressed = files.get(req.path);
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    if (!compressed || !encoding) return next();
    const body = compressed[encoding];
    res.setHeader('Content-Type', TYPES[path.extname(req.path)] ?? 'application/octet-stream');
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

import { createHash } from 'node:crypto';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@tt/shared/languages';
import type { Request, Response } from 'express';
import { RenderBusy } from '../rendering/rendered-file-store.js';

// What a listing's files rendered on the server (preview image, PDF, QR code) answer alike: their language from the
// path's prefix, their slug's shape, and for the rendered ones an hour's caching revalidated by an ETag of the
// listing's version, or 503 with Retry-After when too many renders run (as the catalogue sheds load).

const PREFIXED = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_AGE_SECONDS = 3600;

/** The file's language: its path's prefix (`/it/…`), else `?lang=` (as the feeds take it), else English; null for an unknown prefix. */
export function listingFileLanguage(req: Request): Language | null {
  const prefix = req.params.language;
  if (prefix !== undefined) return PREFIXED.includes(prefix as Language) ? (prefix as Language) : null;
  return isLanguage(req.query.lang) ? req.query.lang : DEFAULT_LANGUAGE;
}

/** Whether `slug` may be a listing's (anything else is a 404 without a statement). */
export function isListingSlug(slug: string): boolean {
  return SLUG.test(slug);
}

export function sendNotFound(res: Response): void {
  res.status(404).type('text/plain').send('Not found');
}

export interface RenderedFile {
  /** The cache key of the file: its ETag is derived from it. */
  key: string;
  lastModified: Date;
  contentType: string;
  /** A download under this name (Content-Disposition: attachment), else shown inline. */
  downloadAs?: string;
  /** Shown by other sites (chat clients, social networks), not only by our own pages. */
  crossOrigin?: boolean;
  /** For the log line when a render is shed. */
  what: string;
  render: () => Promise<Buffer>;
}

export async function sendRenderedFile(req: Request, res: Response, file: RenderedFile): Promise<void> {
  const etag = `"${createHash('sha256').update(file.key).digest('base64url').slice(0, 27)}"`;
  res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
  if (file.crossOrigin) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', file.lastModified.toUTCString());
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  try {
    const body = await file.render();
    if (file.downloadAs) res.setHeader('Content-Disposition', `attachment; filename="${file.downloadAs}"`);
    res.type(file.contentType).send(body);
  } catch (error) {
    if (!(error instanceof RenderBusy)) throw error;
    req.log?.warn({ key: file.key }, `${file.what} shed`);
    res.removeHeader('ETag');
    res.removeHeader('Last-Modified');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Retry-After', String(error.retryAfterSeconds));
    res.status(503).type('text/plain').send('Busy: please try again shortly');
  }
}

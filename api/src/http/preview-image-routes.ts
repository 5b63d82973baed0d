import { createHash } from 'node:crypto';
import type { Db } from '@tt/db/database';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@tt/shared/languages';
import express, { type Request, type Router } from 'express';
import { findListingPreview } from '../features/preview-images/listing-preview.service.js';
import {
  PreviewImageBusy,
  PreviewImageStore,
  previewImageKey,
} from '../features/preview-images/preview-image-store.js';

// Listings' preview images, for link previews (og:image, twitter:image), over plain HTTP (no account, no cookie):
//   GET /og/listings/<slug>.png        English
//   GET /it/og/listings/<slug>.png     Italian (as the pages are; `?lang=it` too, as the feeds take it)
// 404 for a slug that is not a published listing's. Cached an hour, revalidated by an ETag of the listing's
// version; when too many renders run, 503 with Retry-After, as the catalogue sheds load.

const PREFIXED = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_AGE_SECONDS = 3600;

/** The image's language: its path's prefix, else `?lang=`, else English; null for an unknown prefix. */
function imageLanguage(req: Request): Language | null {
  const prefix = req.params.language;
  if (prefix !== undefined) return PREFIXED.includes(prefix as Language) ? (prefix as Language) : null;
  return isLanguage(req.query.lang) ? req.query.lang : DEFAULT_LANGUAGE;
}

export function previewImageRoutes(options: { db: Db; store?: PreviewImageStore }): Router {
  const router = express.Router();
  const { db } = options;
  const store = options.store ?? new PreviewImageStore();
  // listingPreviewImagePath (shared/web-routes.ts) builds these addresses.
  const path = '/og/listings/:slug.png';

  router.get([path, `/:language${path}`], async (req, res) => {
    const language = imageLanguage(req);
    const slug = String(req.params.slug);
    const listing = language && SLUG.test(slug) ? await findListingPreview(db, slug, language) : null;
    if (!language || !listing) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const key = previewImageKey(listing, language);
    const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
    res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
    // Shown by other sites (chat clients, social networks, institutes' pages): not only by our own pages.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', listing.updatedAt.toUTCString());
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    try {
      const png = await store.image(listing, language);
      res.type('image/png').send(png);
    } catch (error) {
      if (!(error instanceof PreviewImageBusy)) throw error;
      req.log?.warn({ slug }, 'preview image shed');
      res.removeHeader('ETag');
      res.removeHeader('Last-Modified');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.status(503).type('text/plain').send('Busy: please try again shortly');
    }
  });
  return router;
}

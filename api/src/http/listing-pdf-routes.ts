import { createHash } from 'node:crypto';
import type { Db } from '@tt/db/database';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@tt/shared/languages';
import { assetPath } from '@tt/shared/web-routes';
import express, { type Request, type Router } from 'express';
import QRCode from 'qrcode';
import { findListingPdfFacts } from '../features/listing-pdf/listing-pdf.service.js';
import { ListingPdfBusy, ListingPdfStore, listingPdfKey } from '../features/listing-pdf/listing-pdf-store.js';
import { findListingPreview } from '../features/preview-images/listing-preview.service.js';
import { pageUrl } from './page-heads.js';

// Listings' one-page PDFs ("Download PDF" on a listing), over plain HTTP (no account, no cookie):
//   GET /pdf/listings/<slug>.pdf        English
//   GET /it/pdf/listings/<slug>.pdf     Italian (as the pages are; `?lang=it` too)
//   GET /qr/listings/<slug>.svg         the QR code to the listing's page, for the page's print stylesheet
//   GET /it/qr/listings/<slug>.svg      the same to its Italian page
// 404 for a slug that is not a published listing's. A download (Content-Disposition: attachment), cached an hour
// and revalidated by an ETag of the listing's version; when too many renders run, 503 with Retry-After.

const PREFIXED = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_AGE_SECONDS = 3600;

/** The PDF's language: its path's prefix, else `?lang=`, else English; null for an unknown prefix. */
function pdfLanguage(req: Request): Language | null {
  const prefix = req.params.language;
  if (prefix !== undefined) return PREFIXED.includes(prefix as Language) ? (prefix as Language) : null;
  return isLanguage(req.query.lang) ? req.query.lang : DEFAULT_LANGUAGE;
}

export function listingPdfRoutes(options: { db: Db; publicUrl: string; store?: ListingPdfStore }): Router {
  const router = express.Router();
  const { db, publicUrl } = options;
  const store = options.store ?? new ListingPdfStore();
  // listingPdfPath (shared/web-routes.ts) builds these addresses.
  const path = '/pdf/listings/:slug.pdf';

  router.get([path, `/:language${path}`], async (req, res) => {
    const language = pdfLanguage(req);
    const slug = String(req.params.slug);
    const listing = language && SLUG.test(slug) ? await findListingPdfFacts(db, slug, language) : null;
    if (!language || !listing) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const key = listingPdfKey(listing, language);
    const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
    res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', listing.updatedAt.toUTCString());
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    try {
      const url = pageUrl({ publicUrl }, language, assetPath(listing.slug));
      const pdf = await store.pdf(listing, language, { url });
      res.setHeader('Content-Disposition', `attachment; filename="${listing.slug}.pdf"`);
      res.type('application/pdf').send(pdf);
    } catch (error) {
      if (!(error instanceof ListingPdfBusy)) throw error;
      req.log?.warn({ slug }, 'listing PDF shed');
      res.removeHeader('ETag');
      res.removeHeader('Last-Modified');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.status(503).type('text/plain').send('Busy: please try again shortly');
    }
  });

  // Drawn by the browser from the server's public address (the page knows only its own origin): a few hundred
  // squares of SVG, cheap enough to draw on each request and cached a day.
  const qrPath = '/qr/listings/:slug.svg';
  router.get([qrPath, `/:language${qrPath}`], async (req, res) => {
    const language = pdfLanguage(req);
    const slug = String(req.params.slug);
    const listing = language && SLUG.test(slug) ? await findListingPreview(db, slug, language) : null;
    if (!language || !listing) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const url = pageUrl({ publicUrl }, language, assetPath(listing.slug));
    const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(svg);
  });
  return router;
}

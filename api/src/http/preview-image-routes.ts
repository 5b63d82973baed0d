import type { Db } from '@tt/db/database';
import { languagePath, listingPreviewImagePath } from '@tt/shared/web-routes';
import express, { type Router } from 'express';
import { findListingPreview } from '../features/preview-images/listing-preview.service.js';
import { PreviewImageStore, previewImageKey } from '../features/preview-images/preview-image-store.js';
import { isListingSlug, listingFileLanguage, sendNotFound, sendRenderedFile } from './rendered-file-response.js';

// Listings' preview images, for link previews (og:image, twitter:image), over plain HTTP (no account, no cookie):
//   GET /og/listings/<slug>.png        English
//   GET /it/og/listings/<slug>.png     Italian (as the pages are; `?lang=it` too, as the feeds take it)
// 404 for a slug that is not a published listing's; a former slug is redirected (301) to the current address, as
// the listing's page is, so a preview shared before a rename keeps its image. Cached and shed as
// rendered-file-response.ts says.

export function previewImageRoutes(options: { db: Db; store?: PreviewImageStore }): Router {
  const router = express.Router();
  const { db } = options;
  const store = options.store ?? new PreviewImageStore();
  // listingPreviewImagePath (shared/web-routes.ts) builds these addresses.
  const path = '/og/listings/:slug.png';

  router.get([path, `/:language${path}`], async (req, res) => {
    const language = listingFileLanguage(req);
    const slug = String(req.params.slug);
    const listing = language && isListingSlug(slug) ? await findListingPreview(db, slug, language) : null;
    if (!language || !listing) return sendNotFound(res);
    if (listing.slug !== slug) return res.redirect(301, languagePath(language, listingPreviewImagePath(listing.slug)));
    await sendRenderedFile(req, res, {
      key: previewImageKey(listing, language),
      lastModified: listing.updatedAt,
      contentType: 'image/png',
      crossOrigin: true,
      what: 'preview image',
      render: () => store.file(listing, language),
    });
  });
  return router;
}

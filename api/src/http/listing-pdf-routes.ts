import type { Db } from '@tt/db/database';
import { assetPath, languagePath, listingPdfPath } from '@tt/shared/web-routes';
import express, { type Router } from 'express';
import { findListingPdfFacts } from '../features/listing-pdf/listing-pdf.service.js';
import { ListingPdfStore, listingPdfKey } from '../features/listing-pdf/listing-pdf-store.js';
import { findListingPreview } from '../features/preview-images/listing-preview.service.js';
import { pageUrl } from './page-heads.js';
import { isListingSlug, listingFileLanguage, sendNotFound, sendRenderedFile } from './rendered-file-response.js';

// Listings' one-page PDFs ("Download PDF" on a listing), over plain HTTP (no account, no cookie):
//   GET /pdf/listings/<slug>.pdf        English
//   GET /it/pdf/listings/<slug>.pdf     Italian (as the pages are; `?lang=it` too)
//   GET /qr/listings/<slug>.svg         the QR code to the listing's page, for the page's print stylesheet
//   GET /it/qr/listings/<slug>.svg      the same to its Italian page
// 404 for a slug that is not a published listing's; a former slug's PDF is redirected (301) to the current address,
// as the listing's page is. The PDF is a download (Content-Disposition: attachment),
// cached and shed as rendered-file-response.ts says.

export function listingPdfRoutes(options: { db: Db; publicUrl: string; store?: ListingPdfStore }): Router {
  const router = express.Router();
  const { db, publicUrl } = options;
  const store = options.store ?? new ListingPdfStore();
  // listingPdfPath (shared/web-routes.ts) builds these addresses.
  const path = '/pdf/listings/:slug.pdf';

  router.get([path, `/:language${path}`], async (req, res) => {
    const language = listingFileLanguage(req);
    const slug = String(req.params.slug);
    const listing = language && isListingSlug(slug) ? await findListingPdfFacts(db, slug, language) : null;
    if (!language || !listing) return sendNotFound(res);
    if (listing.slug !== slug) return res.redirect(301, languagePath(language, listingPdfPath(listing.slug)));
    const url = pageUrl({ publicUrl }, language, assetPath(listing.slug));
    await sendRenderedFile(req, res, {
      key: listingPdfKey(listing, language),
      lastModified: listing.updatedAt,
      contentType: 'application/pdf',
      downloadAs: `${listing.slug}.pdf`,
      what: 'listing PDF',
      render: () => store.file(listing, language, { url }),
    });
  });

  // Drawn by the browser from the server's public address (the page knows only its own origin): a few hundred
  // squares of SVG, cheap enough to draw on each request and cached a day.
  const qrPath = '/qr/listings/:slug.svg';
  router.get([qrPath, `/:language${qrPath}`], async (req, res) => {
    const language = listingFileLanguage(req);
    const slug = String(req.params.slug);
    const listing = language && isListingSlug(slug) ? await findListingPreview(db, slug, language) : null;
    if (!language || !listing) return sendNotFound(res);
    const url = pageUrl({ publicUrl }, language, assetPath(listing.slug));
    // qrcode is loaded on the first code drawn, like the PDF's renderer (listing-pdf-store.ts).
    const { default: QRCode } = await import('qrcode');
    const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(svg);
  });
  return router;
}

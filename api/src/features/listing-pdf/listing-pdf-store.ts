import { createHash } from 'node:crypto';
import type { Language } from '@tt/shared/languages';
import { RenderedFileStore, type RenderLimits } from '../../rendering/rendered-file-store.js';
import type { ListingPdfFacts } from './listing-pdf.service.js';
import type { ListingPdfOptions } from './listing-pdf-document.js';

// The listings' PDFs as served (rendering/rendered-file-store.ts): one per version of a listing and language
// (keyed by slug, language and the facts it shows, so an edit makes a new one). The options (the page's address)
// follow from the slug and language, so they are not part of the key.

export const LISTING_PDF_LIMITS: RenderLimits = {
  renderSlots: 2,
  queueLength: 8,
  queueWaitMs: 2000,
  retryAfterSeconds: 5,
  // A PDF is some 40–60 KB, the fonts' subsets included.
  cacheBytes: 32 * 1024 * 1024,
};

/**
 * The cache key, also the PDF's ETag: one per language and content. The facts are hashed whole, not only the
 * listing's updated_at: the contact officer's name, title and the institute's e-mail change without the listing.
 */
export function listingPdfKey(listing: ListingPdfFacts, language: Language): string {
  const content = createHash('sha256').update(JSON.stringify(listing)).digest('base64url');
  return `${listing.slug}:${language}:${content}`;
}

/** The renderer, loaded on the first PDF asked for: pdfkit, its fonts and the QR code hold some 15 MB of memory. */
async function renderOnDemand(
  listing: ListingPdfFacts,
  language: Language,
  options: ListingPdfOptions,
): Promise<Buffer> {
  const { renderListingPdf } = await import('./listing-pdf-document.js');
  return renderListingPdf(listing, language, options);
}

export class ListingPdfStore extends RenderedFileStore<[ListingPdfFacts, Language, ListingPdfOptions]> {
  constructor(limits: RenderLimits = LISTING_PDF_LIMITS, render = renderOnDemand) {
    super(limits, render, listingPdfKey);
  }
}

import type { Language } from '@tt/shared/languages';
import { RenderedFileStore, type RenderLimits } from '../../rendering/rendered-file-store.js';
import type { ListingPdfFacts } from './listing-pdf.service.js';
import { type ListingPdfOptions, renderListingPdf } from './listing-pdf-document.js';

// The listings' PDFs as served (rendering/rendered-file-store.ts): one per version of a listing and language
// (keyed by slug, language and updated_at, so an edit makes a new one). The options (the page's address) follow
// from the slug and language, so they are not part of the key.

export const LISTING_PDF_LIMITS: RenderLimits = {
  renderSlots: 2,
  queueLength: 8,
  queueWaitMs: 2000,
  retryAfterSeconds: 5,
  // A PDF is some 40–60 KB, the fonts' subsets included.
  cacheBytes: 32 * 1024 * 1024,
};

/** The cache key, also the PDF's ETag: one per listing version and language. */
export function listingPdfKey(listing: ListingPdfFacts, language: Language): string {
  return `${listing.slug}:${language}:${listing.updatedAt.getTime()}`;
}

export class ListingPdfStore extends RenderedFileStore<[ListingPdfFacts, Language, ListingPdfOptions]> {
  constructor(limits: RenderLimits = LISTING_PDF_LIMITS, render = renderListingPdf) {
    super(limits, render, listingPdfKey);
  }
}

import type { Language } from '@tt/shared/languages';
import { RenderedFileStore, type RenderLimits } from '../../rendering/rendered-file-store.js';
import type { ListingPreview } from './listing-preview.service.js';

// The listings' preview images as served (rendering/rendered-file-store.ts): one per version of a listing and
// language (keyed by slug, language and updated_at, so an edit makes a new one).

export const PREVIEW_IMAGE_LIMITS: RenderLimits = {
  renderSlots: 2,
  queueLength: 8,
  queueWaitMs: 2000,
  retryAfterSeconds: 5,
  // An image is some 30–80 KB of PNG.
  cacheBytes: 32 * 1024 * 1024,
};

/** The cache key, also the image's ETag: one per listing version and language. */
export function previewImageKey(listing: ListingPreview, language: Language): string {
  return `${listing.slug}:${language}:${listing.updatedAt.getTime()}`;
}

/**
 * The renderer, loaded on the first image asked for: satori, its layout engine and resvg hold some 35 MB of the
 * server's memory, for the few requests link previews make.
 */
async function renderOnDemand(listing: ListingPreview, language: Language): Promise<Buffer> {
  const { renderListingPreview } = await import('./listing-preview-image.js');
  return renderListingPreview(listing, language);
}

export class PreviewImageStore extends RenderedFileStore<[ListingPreview, Language]> {
  constructor(limits: RenderLimits = PREVIEW_IMAGE_LIMITS, render = renderOnDemand) {
    super(limits, render, previewImageKey);
  }
}

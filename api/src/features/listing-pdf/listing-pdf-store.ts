import type { Language } from '@tt/shared/languages';
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';
import type { ListingPdfFacts } from './listing-pdf.service.js';
import { type ListingPdfOptions, renderListingPdf } from './listing-pdf-document.js';

// The listings' PDFs as served, as the preview images are (preview-images/preview-image-store.ts): each rendered
// once per version of its listing and language (keyed by slug, language and updated_at, so an edit makes a new
// one), kept in memory within a bound of bytes (least recently used out first), and rendered a few at a time
// (rendering is CPU work). The same PDF asked for while it is being rendered waits for that render.

export interface ListingPdfLimits {
  /** Renders at once. */
  renderSlots: number;
  /** Renders waiting for a slot at most; more are refused at once. */
  queueLength: number;
  /** How long a render waits for a slot before it is refused. */
  queueWaitMs: number;
  /** What a refusal tells the client to wait (Retry-After). */
  retryAfterSeconds: number;
  /** The cache's bound, in bytes of PDF (one is some 40–60 KB, the fonts' subsets included). */
  cacheBytes: number;
}

export const LISTING_PDF_LIMITS: ListingPdfLimits = {
  renderSlots: 2,
  queueLength: 8,
  queueWaitMs: 2000,
  retryAfterSeconds: 5,
  cacheBytes: 32 * 1024 * 1024,
};

/** Too many renders at once: answer 503 with Retry-After. */
export class ListingPdfBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Listing PDFs are busy');
  }
}

/** The cache key, also the PDF's ETag: one per listing version and language. */
export function listingPdfKey(listing: ListingPdfFacts, language: Language): string {
  return `${listing.slug}:${language}:${listing.updatedAt.getTime()}`;
}

export class ListingPdfStore {
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;
  private readonly rendering = new Map<string, Promise<Buffer>>();
  private readonly slots: SemaphoreInterface;
  private waiting = 0;
  /** Renders done (not served from the cache): tests read it. */
  renders = 0;

  constructor(
    readonly limits: ListingPdfLimits = LISTING_PDF_LIMITS,
    private readonly render = renderListingPdf,
  ) {
    this.slots = withTimeout(new Semaphore(limits.renderSlots), limits.queueWaitMs, E_TIMEOUT);
  }

  /** The PDF, from the cache or rendered now; ListingPdfBusy when every slot and the queue are taken. */
  async pdf(listing: ListingPdfFacts, language: Language, options: ListingPdfOptions): Promise<Buffer> {
    const key = listingPdfKey(listing, language);
    const cached = this.cache.get(key);
    if (cached) {
      // Most recently used: to the end of the map's order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const running = this.rendering.get(key);
    if (running) return running;
    const rendered = this.renderInSlot(listing, language, options).finally(() => this.rendering.delete(key));
    this.rendering.set(key, rendered);
    const pdf = await rendered;
    this.keep(key, pdf);
    return pdf;
  }

  private async renderInSlot(listing: ListingPdfFacts, language: Language, options: ListingPdfOptions) {
    if (this.slots.isLocked() && this.waiting >= this.limits.queueLength) {
      throw new ListingPdfBusy(this.limits.retryAfterSeconds);
    }
    let release: () => void;
    this.waiting += 1;
    try {
      [, release] = await this.slots.acquire();
    } catch (error) {
      if (error === E_TIMEOUT) throw new ListingPdfBusy(this.limits.retryAfterSeconds);
      throw error;
    } finally {
      this.waiting -= 1;
    }
    try {
      this.renders += 1;
      return await this.render(listing, language, options);
    } finally {
      release();
    }
  }

  private keep(key: string, pdf: Buffer): void {
    if (pdf.length > this.limits.cacheBytes || this.cache.has(key)) return;
    this.cache.set(key, pdf);
    this.cachedBytes += pdf.length;
    for (const [oldKey, old] of this.cache) {
      if (this.cachedBytes <= this.limits.cacheBytes) break;
      this.cache.delete(oldKey);
      this.cachedBytes -= old.length;
    }
  }
}

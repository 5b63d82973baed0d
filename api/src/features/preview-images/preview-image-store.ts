import type { Language } from '@tt/shared/languages';
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';
import type { ListingPreview } from './listing-preview.service.js';
import { renderListingPreview } from './listing-preview-image.js';

// The listings' preview images as served: each rendered once per version of its listing and language (keyed by
// slug, language and updated_at, so an edit makes a new one), kept in memory within a bound of bytes (least
// recently used out first), and rendered a few at a time: rendering is CPU work, and a burst of link previews
// (a listing shared in a busy chat) must not take the server's cores from everyone else. The same image asked
// for while it is being rendered waits for that render.

export interface PreviewImageLimits {
  /** Renders at once. */
  renderSlots: number;
  /** Renders waiting for a slot at most; more are refused at once. */
  queueLength: number;
  /** How long a render waits for a slot before it is refused. */
  queueWaitMs: number;
  /** What a refusal tells the client to wait (Retry-After). */
  retryAfterSeconds: number;
  /** The cache's bound, in bytes of PNG (an image is some 30–80 KB). */
  cacheBytes: number;
}

export const PREVIEW_IMAGE_LIMITS: PreviewImageLimits = {
  renderSlots: 2,
  queueLength: 8,
  queueWaitMs: 2000,
  retryAfterSeconds: 5,
  cacheBytes: 32 * 1024 * 1024,
};

/** Too many renders at once: answer 503 with Retry-After. */
export class PreviewImageBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Preview images are busy');
  }
}

/** The cache key, also the image's ETag: one per listing version and language. */
export function previewImageKey(listing: ListingPreview, language: Language): string {
  return `${listing.slug}:${language}:${listing.updatedAt.getTime()}`;
}

export class PreviewImageStore {
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;
  private readonly rendering = new Map<string, Promise<Buffer>>();
  private readonly slots: SemaphoreInterface;
  private waiting = 0;
  /** Renders done (not served from the cache): tests read it. */
  renders = 0;

  constructor(
    readonly limits: PreviewImageLimits = PREVIEW_IMAGE_LIMITS,
    private readonly render = renderListingPreview,
  ) {
    this.slots = withTimeout(new Semaphore(limits.renderSlots), limits.queueWaitMs, E_TIMEOUT);
  }

  /** The image, from the cache or rendered now; PreviewImageBusy when every slot and the queue are taken. */
  async image(listing: ListingPreview, language: Language): Promise<Buffer> {
    const key = previewImageKey(listing, language);
    const cached = this.cache.get(key);
    if (cached) {
      // Most recently used: to the end of the map's order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const running = this.rendering.get(key);
    if (running) return running;
    const rendered = this.renderInSlot(listing, language).finally(() => this.rendering.delete(key));
    this.rendering.set(key, rendered);
    const png = await rendered;
    this.keep(key, png);
    return png;
  }

  private async renderInSlot(listing: ListingPreview, language: Language): Promise<Buffer> {
    if (this.slots.isLocked() && this.waiting >= this.limits.queueLength) {
      throw new PreviewImageBusy(this.limits.retryAfterSeconds);
    }
    let release: () => void;
    this.waiting += 1;
    try {
      [, release] = await this.slots.acquire();
    } catch (error) {
      if (error === E_TIMEOUT) throw new PreviewImageBusy(this.limits.retryAfterSeconds);
      throw error;
    } finally {
      this.waiting -= 1;
    }
    try {
      this.renders += 1;
      return await this.render(listing, language);
    } finally {
      release();
    }
  }

  private keep(key: string, png: Buffer): void {
    if (png.length > this.limits.cacheBytes || this.cache.has(key)) return;
    this.cache.set(key, png);
    this.cachedBytes += png.length;
    for (const [oldKey, old] of this.cache) {
      if (this.cachedBytes <= this.limits.cacheBytes) break;
      this.cache.delete(oldKey);
      this.cachedBytes -= old.length;
    }
  }
}

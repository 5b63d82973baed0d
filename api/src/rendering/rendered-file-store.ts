import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';

// Files rendered on the server for anyone (listings' preview images, their PDFs): each rendered once per key (a
// listing's version and language), kept in memory within a bound of bytes (least recently used out first), and
// rendered a few at a time: rendering is CPU work, and a burst (a listing shared in a busy chat) must not take the
// server's cores from everyone else. The same file asked for while it is being rendered waits for that render.

export interface RenderLimits {
  /** Renders at once. */
  renderSlots: number;
  /** Renders waiting for a slot at most; more are refused at once. */
  queueLength: number;
  /** How long a render waits for a slot before it is refused. */
  queueWaitMs: number;
  /** What a refusal tells the client to wait (Retry-After). */
  retryAfterSeconds: number;
  /** The cache's bound, in bytes of rendered files. */
  cacheBytes: number;
}

/** Too many renders at once: answer 503 with Retry-After. */
export class RenderBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Rendering is busy');
  }
}

export class RenderedFileStore<Args extends unknown[]> {
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;
  private readonly rendering = new Map<string, Promise<Buffer>>();
  private readonly slots: SemaphoreInterface;
  private waiting = 0;
  /** Renders done (not served from the cache): tests read it. */
  renders = 0;

  constructor(
    readonly limits: RenderLimits,
    private readonly render: (...args: Args) => Promise<Buffer>,
    /** The cache key of what `render` would make of these arguments. */
    readonly keyOf: (...args: Args) => string,
  ) {
    this.slots = withTimeout(new Semaphore(limits.renderSlots), limits.queueWaitMs, E_TIMEOUT);
  }

  /** The file, from the cache or rendered now; RenderBusy when every slot and the queue are taken. */
  async file(...args: Args): Promise<Buffer> {
    const key = this.keyOf(...args);
    const cached = this.cache.get(key);
    if (cached) {
      // Most recently used: to the end of the map's order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const running = this.rendering.get(key);
    if (running) return running;
    const rendered = this.renderInSlot(args).finally(() => this.rendering.delete(key));
    this.rendering.set(key, rendered);
    const file = await rendered;
    this.keep(key, file);
    return file;
  }

  private async renderInSlot(args: Args): Promise<Buffer> {
    if (this.slots.isLocked() && this.waiting >= this.limits.queueLength) {
      throw new RenderBusy(this.limits.retryAfterSeconds);
    }
    let release: () => void;
    this.waiting += 1;
    try {
      [, release] = await this.slots.acquire();
    } catch (error) {
      if (error === E_TIMEOUT) throw new RenderBusy(this.limits.retryAfterSeconds);
      throw error;
    } finally {
      this.waiting -= 1;
    }
    try {
      this.renders += 1;
      return await this.render(...args);
    } finally {
      release();
    }
  }

  private keep(key: string, file: Buffer): void {
    if (file.length > this.limits.cacheBytes || this.cache.has(key)) return;
    this.cache.set(key, file);
    this.cachedBytes += file.length;
    for (const [oldKey, old] of this.cache) {
      if (this.cachedBytes <= this.limits.cacheBytes) break;
      this.cache.delete(oldKey);
      this.cachedBytes -= old.length;
    }
  }
}

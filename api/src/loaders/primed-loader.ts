import DataLoader from 'dataloader';

/**
 * A DataLoader whose primed values can also be had at once. A page's statement primes the relations of its
 * listings (asset-relations.ts); a field resolved from them then returns a value rather than a promise, which
 * GraphQL completes on the spot instead of through a promise and a microtask per field and per object.
 * Keys are their own cache keys (no cacheKeyFn).
 */
export class PrimedLoader<K, V> extends DataLoader<K, V> {
  private readonly primed = new Map<K, V>();
  /** Keys asked for before any value was primed: DataLoader keeps what it loads for them, so must this. */
  private readonly loaded = new Set<K>();

  override load(key: K): Promise<V> {
    if (!this.primed.has(key)) this.loaded.add(key);
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    // DataLoader keeps the first value a key gets; so does this.
    if (!this.loaded.has(key) && !this.primed.has(key) && !(value instanceof Error) && !isPromiseLike(value)) {
      this.primed.set(key, value);
    }
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primed.delete(key);
    this.loaded.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    this.loaded.clear();
    return super.clearAll();
  }

  /** The value primed for `key` if there is one, else `load(key)`. */
  loadPrimed(key: K): V | Promise<V> {
    return this.primed.has(key) ? (this.primed.get(key) as V) : this.load(key);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

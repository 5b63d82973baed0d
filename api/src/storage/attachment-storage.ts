import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where the bytes of disclosure attachments live, by an opaque key (the database row holds the key,
 * the name and the type). Local disk by default; anything with these three operations will do.
 */
export interface AttachmentStorage {
  /**
   * Stores everything `source` yields under `key`. The key shows the bytes only once they are all
   * written; when the source or the write fails (a size or type check destroying the source, a full
   * disk) nothing is left behind and the promise rejects with that error.
   */
  put(key: string, source: Readable): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  getStream(key: string): Promise<Readable | null>;
  /** Removes the bytes; nothing happens when they are already gone. */
  delete(key: string): Promise<void>;
}

/** A fresh key: random, so keys reveal nothing and never collide with another upload's. */
export function newAttachmentKey(): string {
  return randomUUID();
}

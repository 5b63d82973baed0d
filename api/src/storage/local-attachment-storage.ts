import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AttachmentStorage } from './attachment-storage.js';

const KEY = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;
const INCOMING = '.incoming';
/** Half-written files older than this are from a crashed process (no upload takes an hour). */
const STALE_INCOMING_MS = 60 * 60 * 1000;

/**
 * Attachments as files in one directory (`<dataDir>/attachments` by default), named by their key.
 * A file is written under `.incoming/` first and renamed into place when complete, so a key never
 * shows a partial file, and a failed write leaves nothing behind.
 */
export class LocalAttachmentStorage implements AttachmentStorage {
  private constructor(readonly directory: string) {}

  /** Creates the directory if needed and clears what crashed uploads left half-written. */
  static async open(directory: string): Promise<LocalAttachmentStorage> {
    const incoming = path.join(directory, INCOMING);
    await mkdir(incoming, { recursive: true, mode: 0o700 });
    const now = Date.now();
    for (const name of await readdir(incoming)) {
      const file = path.join(incoming, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > STALE_INCOMING_MS) await rm(file, { force: true });
    }
    return new LocalAttachmentStorage(directory);
  }

  private pathOf(key: string): string {
    // Keys are ours (UUIDs), but a path is built from them: refuse anything that could leave the directory.
    if (!KEY.test(key)) throw new Error(`Invalid attachment key "${key.slice(0, 40)}"`);
    return path.join(this.directory, key);
  }

  async put(key: string, source: Readable): Promise<void> {
    const target = this.pathOf(key);
    const temporary = path.join(this.directory, INCOMING, `${key}-${process.pid}-${Date.now()}`);
    try {
      // flush: the bytes are on disk before the rename makes them visible.
      await pipeline(source, createWriteStream(temporary, { flags: 'wx', mode: 0o600, flush: true }));
      await rename(temporary, target);
    } catch (error) {
      source.destroy();
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async getStream(key: string): Promise<Readable | null> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

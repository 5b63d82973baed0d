import type { EntityManager } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import type { Response } from 'express';
import type { RateLimiter } from './auth/rate-limiter.js';
import type { Viewer } from './auth/viewer.js';
import type { CatalogueReads } from './features/catalogue/catalogue-reads.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { Logger } from './logger.js';
import type { AttachmentStorage } from './storage/attachment-storage.js';

export interface RequestContext {
  requestId: string;
  logger: Logger;
  em: EntityManager;
  db: Db;
  loaders: Loaders;
  /** The catalogue's searches: their own connections with a statement timeout, and a bound on expensive ones. */
  catalogue: CatalogueReads;
  /** null when anonymous */
  viewer: Viewer | null;
  ip: string;
  /** The rate limits of actions that e-mail people or guess passwords (auth/rate-limits.ts). */
  rateLimiter: RateLimiter;
  userAgent: string | null;
  /** For the session cookie (absent on WebSocket subscriptions, which never set cookies). */
  res: Response;
  production: boolean;
  /** Base URL for links in e-mails, e.g. http://localhost:4000 */
  publicUrl: string;
  /** Where disclosure attachments' bytes live (absent on WebSocket subscriptions, which never change them). */
  attachments: AttachmentStorage;
  /** Subscriptions only: before each delivered event, start with empty caches (the socket re-checks the session). */
  refresh?: () => Promise<void>;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import type { Response } from 'express';
import type { RateLimiter } from './auth/rate-limiter.js';
import type { Viewer } from './auth/viewer.js';
import type { CatalogueReads } from './features/catalogue/catalogue-reads.js';
import type { JobQueue } from './jobs/job-runner.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { Logger } from './logger.js';
import type { AttachmentStorage } from './storage/attachment-storage.js';

/** What every request's context shares, over HTTP and WebSocket alike: built once per server. */
export interface ContextServices {
  /** The catalogue's searches: their own connections with a statement timeout, and a bound on expensive ones. */
  catalogue: CatalogueReads;
  /** The rate limits of actions that e-mail people or guess passwords (auth/rate-limits.ts). */
  rateLimiter: RateLimiter;
  /** Where disclosure attachments' bytes live. */
  attachments: AttachmentStorage;
  /** The job queue, for one-off background work (`jobs.send`, in the request's transaction when it makes a change). */
  jobs: JobQueue;
  production: boolean;
  /** Base URL for links in e-mails, e.g. http://localhost:4000 */
  publicUrl: string;
  /** Signs and checks the links followed without signing in (auth/signed-links.ts). */
  signingSecret: string;
}

export interface RequestContext extends ContextServices {
  requestId: string;
  logger: Logger;
  em: EntityManager;
  db: Db;
  loaders: Loaders;
  /** null when anonymous */
  viewer: Viewer | null;
  ip: string;
  userAgent: string | null;
  /**
   * The language the request is made in (http/request-language.ts): the content it reads comes in it (listings,
   * institutes, platforms and companies when they have their text in it, sector labels), e-mails sent on its behalf
   * to someone without an account are written in it, and a new account starts with it.
   */
  language: Language;
  /** For the session cookie; null on WebSocket subscriptions, which never set cookies. */
  res: Response | null;
  /** Subscriptions only: before each delivered event, start with empty caches (the socket re-checks the session). */
  refresh?: () => Promise<void>;
}

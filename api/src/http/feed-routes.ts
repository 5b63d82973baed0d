import { createHash } from 'node:crypto';
import type { Db } from '@tt/db/database';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@tt/shared/languages';
import express, { type Request, type Response, type Router } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { isStatementTimeout, SERVICE_BUSY, serviceBusy } from '../errors/service-busy.js';
import type { CatalogueReads } from '../features/catalogue/catalogue-reads.js';
import {
  type BuiltFeed,
  catalogueFeed,
  type FeedRequest,
  instituteFeed,
  savedSearchFeed,
} from '../features/feeds/listing-feeds.service.js';
import { mailMessages } from '../mail/mail-messages.js';

// The Atom feeds, over plain HTTP for feed readers and other sites (no account, no cookie read):
//   GET /feeds/catalogue.atom                 the newest listings of the whole catalogue
//   GET /feeds/institutes/<slug>.atom         an institute's
//   GET /feeds/searches/<token>.atom          a saved search's, by the signed token its owner shares
// In Italian under /it/ (as the pages are), or with ?lang=it. Cached for five minutes, with an ETag.
// A saved search's feed runs its search (a term, filters) afresh on every request: it is admitted as the
// catalogue's expensive searches are, on the catalogue's connections and within their statement timeout, and
// refused with 503 and Retry-After when they are saturated — a shared feed address must not bypass the bound.

const PREFIXED = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_AGE_SECONDS = 300;

/** The feed's language: its path's prefix, else `?lang=`, else English. */
function feedLanguage(req: Request): Language | null {
  const prefix = req.params.language;
  if (prefix !== undefined) return PREFIXED.includes(prefix as Language) ? (prefix as Language) : null;
  const asked = req.query.lang;
  return isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
}

function send(req: Request, res: Response, feed: BuiltFeed | null, cache: 'public' | 'private'): void {
  if (!feed) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  const etag = `"${createHash('sha256').update(feed.xml).digest('base64url').slice(0, 27)}"`;
  res.setHeader('Cache-Control', `${cache}, max-age=${MAX_AGE_SECONDS}`);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', feed.updated.toUTCString());
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  res.type('application/atom+xml; charset=utf-8').send(feed.xml);
}

/** The catalogue's refusal as HTTP: 503 with the seconds to wait (a refused search, or one that timed out). */
function sendBusy(res: Response, refusal: DomainError, language: Language): void {
  res.setHeader('Retry-After', String(refusal.params.retryAfter));
  res.status(503).type('text/plain; charset=utf-8').send(mailMessages(language)('feed.busy'));
}

export function feedRoutes(options: {
  db: Db;
  catalogue: CatalogueReads;
  publicUrl: string;
  signingSecret: string;
}): Router {
  const router = express.Router();
  const { db, catalogue, publicUrl, signingSecret } = options;
  const paths = (path: string) => [`/feeds${path}`, `/:language/feeds${path}`];
  const request = (language: Language): FeedRequest => ({ publicUrl, language });

  router.get(paths('/catalogue.atom'), async (req, res) => {
    const language = feedLanguage(req);
    send(req, res, language ? await catalogueFeed(db, request(language)) : null, 'public');
  });
  router.get(paths('/institutes/:slug.atom'), async (req, res) => {
    const language = feedLanguage(req);
    const slug = String(req.params.slug);
    const feed = language && SLUG.test(slug) ? await instituteFeed(db, slug, request(language)) : null;
    send(req, res, feed, 'public');
  });
  router.get(paths('/searches/:token.atom'), async (req, res) => {
    const language = feedLanguage(req);
    const token = String(req.params.token);
    if (!language) {
      send(req, res, null, 'private');
      return;
    }
    let release: (() => void) | undefined;
    try {
      release = await catalogue.admitExpensiveSearch();
      const feed = await savedSearchFeed(catalogue.db, signingSecret, token, request(language));
      // The address is what gives access: caches along the way keep it to themselves.
      send(req, res, feed, 'private');
    } catch (error) {
      const refusal = isStatementTimeout(error) ? serviceBusy('TIMEOUT', catalogue.limits.retryAfterSeconds) : error;
      if (!(refusal instanceof DomainError && refusal.category === SERVICE_BUSY)) throw error;
      sendBusy(res, refusal, language);
    } finally {
      release?.();
    }
  });
  return router;
}

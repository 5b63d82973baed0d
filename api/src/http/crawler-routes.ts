import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Db } from '@tt/db/database';
import express, { type Request, type Response, type Router } from 'express';
import { robotsTxt } from '../features/sitemaps/robots-txt.js';
import {
  SITEMAP_URL_LIMIT,
  type SitemapDocument,
  sitemapFileDocument,
  sitemapIndexDocument,
  sitemapPlan,
} from '../features/sitemaps/sitemap-documents.js';
import { readSitemapFileName, SITEMAP_INDEX_PATH, SITEMAP_SECTIONS } from '../features/sitemaps/sitemap-paths.js';
import {
  type SitemapFingerprint,
  sitemapFileLastmods,
  sitemapFingerprint,
} from '../features/sitemaps/sitemap-sources.service.js';

// What crawlers read first, over plain HTTP (no account, no cookie read):
//   GET /robots.txt                     what they may crawl, and the sitemap index's absolute address
//   GET /sitemap.xml                    the sitemap index
//   GET /sitemaps/<section>-<n>.xml     a section's n-th file (pages, listings, partners, institutes)
// Sitemaps are streamed from the database as the response drains, cached for an hour, with an ETag made from the
// catalogue's revision (and the partner directory's fingerprint, which that revision does not cover).

const SITEMAP_MAX_AGE_SECONDS = 3600;
const ROBOTS_MAX_AGE_SECONDS = 86_400;

export interface CrawlerRoutesOptions {
  db: Db;
  /** The configured public URL (config.ts): every address in robots.txt and the sitemaps starts with it. */
  publicUrl: string;
  /** Addresses per sitemap file (the protocol's 50 000; tests lower it to see the split). */
  sitemapUrlLimit?: number;
}

function fingerprintTag(fingerprint: SitemapFingerprint, limit: number, path: string): string {
  const basis = JSON.stringify([
    fingerprint.revision,
    fingerprint.partners,
    fingerprint.requests,
    fingerprint.counts,
    limit,
    path,
  ]);
  return `"${createHash('sha256').update(basis).digest('base64url').slice(0, 27)}"`;
}

/** Sends the document with its validators, or 304 when the client's copy is this one. */
async function sendXml(
  req: Request,
  res: Response,
  etag: string,
  lastModified: Date | null,
  document: () => SitemapDocument | null,
): Promise<void> {
  res.setHeader('Cache-Control', `public, max-age=${SITEMAP_MAX_AGE_SECONDS}`);
  res.setHeader('ETag', etag);
  if (lastModified) res.setHeader('Last-Modified', lastModified.toUTCString());
  // Only the ETag decides: a listing unpublished changes no date, so If-Modified-Since would keep a stale copy.
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  const streams = document();
  if (!streams) {
    res.removeHeader('ETag');
    res.removeHeader('Last-Modified');
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  res.type('application/xml; charset=utf-8');
  try {
    await pipeline(...streams, res);
  } catch (error) {
    // Headers are gone by then: the client sees a cut response (and a crawler retries). A client that went away
    // is not an error of ours.
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_STREAM_PREMATURE_CLOSE') req.log.error({ err: error }, 'sitemap not written');
  }
}

export function crawlerRoutes(options: CrawlerRoutesOptions): Router {
  const router = express.Router();
  const { db, publicUrl } = options;
  const limit = options.sitemapUrlLimit ?? SITEMAP_URL_LIMIT;
  const robots = robotsTxt(publicUrl);

  router.get('/robots.txt', (_req, res) => {
    res.setHeader('Cache-Control', `public, max-age=${ROBOTS_MAX_AGE_SECONDS}`);
    res.type('text/plain; charset=utf-8').send(robots);
  });

  router.get(SITEMAP_INDEX_PATH, async (req, res) => {
    const fingerprint = await sitemapFingerprint(db);
    const plan = sitemapPlan(fingerprint, limit);
    const etag = fingerprintTag(fingerprint, limit, req.path);
    // Each file's own date is read only for a client without this index's copy.
    const fileLastmods =
      req.headers['if-none-match'] === etag
        ? {}
        : Object.fromEntries(
            await Promise.all(
              SITEMAP_SECTIONS.map(
                async (section) => [section, await sitemapFileLastmods(db, section, plan.rowsPerFile)] as const,
              ),
            ),
          );
    await sendXml(req, res, etag, fingerprint.lastmods.pages, () =>
      sitemapIndexDocument(publicUrl, plan, fingerprint, fileLastmods),
    );
  });

  router.get('/sitemaps/:name.xml', async (req, res) => {
    const file = readSitemapFileName(String(req.params.name));
    if (!file) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const fingerprint = await sitemapFingerprint(db);
    const plan = sitemapPlan(fingerprint, limit);
    await sendXml(req, res, fingerprintTag(fingerprint, limit, req.path), fingerprint.lastmods[file.section], () =>
      sitemapFileDocument(db, publicUrl, file.section, file.page, plan, fingerprint),
    );
  });

  return router;
}

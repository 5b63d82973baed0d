import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { compressedAssets } from './compressed-assets.js';

/** The shape of every slug a listing has had (slugify's output, within the column's 120 characters). */
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export interface WebAppOptions {
  /** Where a former slug of a published listing points now (null: not a redirect). */
  assetSlugRedirect?: (slug: string) => Promise<string | null>;
}

/**
 * Serves the built web app: hashed files cached for good, every other path gets index.html. A listing's
 * former address answers 301 to its current one (published listings only: drafts never redirect).
 */
export function webAppRouter(distDir: string, options: WebAppOptions = {}): Router {
  const router = express.Router();
  const { assetSlugRedirect } = options;
  if (assetSlugRedirect) {
    router.get('/assets/:slug', async (req, res, next) => {
      const slug = String(req.params.slug);
      // Only what could be a slug is looked up (a NUL byte, say, is not one and PostgreSQL refuses it).
      const target = SLUG.test(slug) ? await assetSlugRedirect(slug) : null;
      if (!target) return next();
      const query = req.originalUrl.indexOf('?');
      res.redirect(301, `/assets/${encodeURIComponent(target)}${query >= 0 ? req.originalUrl.slice(query) : ''}`);
    });
  }
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    router.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `pnpm build` (or `pnpm start`, which builds it).');
    });
    return router;
  }
  // Vite's hashed files live under /_app (not /assets, which is where listings are); compressed when accepted.
  const appDir = path.join(distDir, '_app');
  router.use(
    '/_app',
    compressedAssets(appDir, 'public, max-age=31536000, immutable'),
    express.static(appDir, { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith('/graphql')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}

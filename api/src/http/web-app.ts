import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@tt/shared/languages';
import { catalogueFeedPath, languagePath } from '@tt/shared/web-routes';
import express, { type Router } from 'express';
import { mailMessages } from '../mail/mail-messages.js';
import { compressedAssets } from './compressed-assets.js';

/** The shape of every slug a listing has had (slugify's output, within the column's 120 characters). */
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** The languages with their own URLs (`/it/…`); English pages are unprefixed. */
const PREFIXED_LANGUAGES = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
/** `/it/assets/x` → "it": the language of a path, by its prefix only (never by a request header). */
const PREFIX = new RegExp(`^/(${PREFIXED_LANGUAGES.join('|')})(?=/|$)`);

/** The catalogue's Atom feed in a language, as index.html's `<link rel="alternate">` names it. */
function catalogueFeedLink(language: Language): string {
  const title = mailMessages(language)('feed.catalogue.title').replace(/[&"<>]/g, '');
  return `<link rel="alternate" type="application/atom+xml" title="${title}" href="${languagePath(language, catalogueFeedPath())}" />`;
}

const FEED_LINK = /<link rel="alternate" type="application\/atom\+xml"[^>]*>/;

/**
 * index.html for the pages of each language: `<html lang>` set, the catalogue's feed in it, and for a language whose messages the
 * app fetches before it renders (all but English, see web/src/i18n/i18n.ts), their chunk preloaded with
 * the app's, from Vite's manifest when the build wrote one.
 */
function indexPages(distDir: string, indexFile: string): Map<Language, string> {
  const html = readFileSync(indexFile, 'utf8');
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  const manifest: Record<string, { file?: string }> = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
    : {};
  const pages = new Map<Language, string>([
    [DEFAULT_LANGUAGE, html.replace(FEED_LINK, catalogueFeedLink(DEFAULT_LANGUAGE))],
  ]);
  for (const language of PREFIXED_LANGUAGES) {
    const messages = manifest[`src/i18n/locales/${language}.po`]?.file;
    const preload = messages ? `<link rel="modulepreload" crossorigin href="/${messages}">\n  </head>` : '</head>';
    pages.set(
      language,
      html
        .replace(/<html lang="[^"]*"/, `<html lang="${language}"`)
        .replace(FEED_LINK, catalogueFeedLink(language))
        .replace('</head>', preload),
    );
  }
  return pages;
}

export interface WebAppOptions {
  /** Where a former slug of a published listing points now (null: not a redirect). */
  assetSlugRedirect?: (slug: string) => Promise<string | null>;
}

/**
 * Serves the built web app: hashed files cached for good, every other path gets index.html, in the
 * language of the path (`/it/…` is Italian). A listing's former address answers 301 to its current
 * one, in the same language (published listings only: drafts never redirect).
 */
export function webAppRouter(distDir: string, options: WebAppOptions = {}): Router {
  const router = express.Router();
  const { assetSlugRedirect } = options;
  if (assetSlugRedirect) {
    router.get(['/assets/:slug', '/:language/assets/:slug'], async (req, res, next) => {
      const slug = String(req.params.slug);
      const language = req.params.language;
      if (language !== undefined && !PREFIXED_LANGUAGES.includes(language as Language)) return next();
      // Only what could be a slug is looked up (a NUL byte, say, is not one and PostgreSQL refuses it).
      const target = SLUG.test(slug) ? await assetSlugRedirect(slug) : null;
      if (!target) return next();
      const query = req.originalUrl.indexOf('?');
      const prefix = language === undefined ? '' : `/${language}`;
      res.redirect(
        301,
        `${prefix}/assets/${encodeURIComponent(target)}${query >= 0 ? req.originalUrl.slice(query) : ''}`,
      );
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
  const pages = indexPages(distDir, indexFile);
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith('/graphql')) return next();
    const language = (PREFIX.exec(req.path)?.[1] as Language | undefined) ?? DEFAULT_LANGUAGE;
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(pages.get(language));
  });
  return router;
}

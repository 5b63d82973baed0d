import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@tt/shared/languages';
import { catalogueFeedPath, languagePath } from '@tt/shared/web-routes';
import express, { type Router } from 'express';
import { mailMessages } from '../mail/mail-messages.js';
import { compressedAssets } from './compressed-assets.js';
import type { PageRequest } from './page-head.service.js';
import { type PageHead, renderPage } from './page-heads.js';

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
  /**
   * Each page's own head and status (page-head.service.ts), its URLs from the configured public URL; a listing's
   * former slug is a 301 from the same read. Absent: every path gets index.html as built, with 200.
   */
  pageHeads?: {
    publicUrl: string;
    headOf: (request: PageRequest, language: Language) => Promise<PageHead>;
  };
}

/** A weak validator of a page as sent, so that a browser's revalidation (no-cache) is a 304 when nothing changed. */
function pageTag(html: string): string {
  return `W/"${createHash('sha1').update(html).digest('base64url')}"`;
}

/**
 * Serves the built web app: hashed files cached for good, every other path gets index.html, in the
 * language of the path (`/it/…` is Italian), with the page's own head and status from `pageHeads`: a listing's
 * former address answers 301 to its current one, in the same language (published listings only: drafts never
 * redirect), an unknown record or path 404, a withdrawn listing 410.
 */
export function webAppRouter(distDir: string, options: WebAppOptions = {}): Router {
  const router = express.Router();
  const { pageHeads } = options;
  // A path that is not percent-encoded UTF-8 is the client's mistake (400), as Express says of its routes' parameters.
  router.use((req, _res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      return next(Object.assign(new Error('The path is not percent-encoded UTF-8'), { status: 400 }));
    }
    next();
  });
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
  router.get(/.*/, async (req, res, next) => {
    if (req.path.startsWith('/graphql')) return next();
    const prefix = PREFIX.exec(req.path);
    const language = (prefix?.[1] as Language | undefined) ?? DEFAULT_LANGUAGE;
    res.setHeader('Cache-Control', 'no-cache');
    const template = pages.get(language) ?? '';
    if (!pageHeads) return void res.type('html').send(template);
    const query = req.originalUrl.indexOf('?');
    const head = await pageHeads.headOf(
      {
        path: prefix ? req.path.slice(prefix[0].length) || '/' : req.path,
        query: new URLSearchParams(query >= 0 ? req.originalUrl.slice(query + 1) : ''),
      },
      language,
    );
    if (head.movedTo) {
      const target = `${prefix ? prefix[0] : ''}${head.movedTo}${query >= 0 ? req.originalUrl.slice(query) : ''}`;
      return void res.redirect(301, target);
    }
    const html = renderPage(template, head, {
      language,
      publicUrl: pageHeads.publicUrl,
      siteName: mailMessages(language)('head.siteName'),
    });
    const tag = pageTag(html);
    res.setHeader('ETag', tag);
    if (head.status === 200 && req.headers['if-none-match'] === tag) return void res.status(304).end();
    res.status(head.status).type('html').send(html);
  });
  return router;
}

import type { Db } from '@tt/db/database';
import { isLanguage, Language } from '@tt/shared/languages';
import express, { type Router } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { embedQuestion, embedWidgetData } from '../features/embed/embed-widget.service.js';
import { EMBED_STYLE_SOURCE, renderEmbedWidget } from '../features/embed/embed-widget-page.js';

// The listings widget institutes frame in their own websites (issue #14):
//   GET /embed/institutes/<slug>?lang=it&q=…&kind=SERVICE&sector=<slug>&after=<cursor>
// Every other response of the app says `frame-ancestors 'none'` and `X-Frame-Options: DENY`
// (security-headers.ts); this one replaces both with the institute's own list of sites, so a browser refuses to
// show it inside any other site (`'none'` while the list is empty). No cookie is read and none is set: the frame
// shows what an anonymous visitor sees.

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_AGE_SECONDS = 120;

/** The widget page's policy: its own style sheet, its own form, framed by `origins` only. */
export function embedContentSecurityPolicy(origins: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${EMBED_STYLE_SOURCE}`,
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${origins.length ? origins.join(' ') : "'none'"}`,
  ].join('; ');
}

export function embedRoutes(options: { db: Db; publicUrl: string }): Router {
  const router = express.Router();
  router.get('/embed/institutes/:slug', async (req, res, next) => {
    const slug = String(req.params.slug);
    const language = isLanguage(req.query.lang) ? req.query.lang : Language.EN;
    try {
      const data = SLUG.test(slug) ? await embedWidgetData(options.db, slug, embedQuestion(req.query), language) : null;
      if (!data) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.removeHeader('X-Frame-Options');
      res.setHeader('Content-Security-Policy', embedContentSecurityPolicy(data.origins));
      res.setHeader('X-Robots-Tag', 'noindex');
      // Short: a site removed from the list stops framing it within minutes, caches included.
      res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
      res.type('text/html; charset=utf-8').send(renderEmbedWidget(data, language, options.publicUrl));
    } catch (error) {
      // A stale or altered paging cursor: the visitor's address, not our fault.
      if (error instanceof DomainError && error.category === 'BAD_USER_INPUT') {
        res.status(400).type('text/plain').send('Bad request');
        return;
      }
      next(error);
    }
  });
  return router;
}

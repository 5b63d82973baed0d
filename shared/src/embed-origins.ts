import type { ErrorCode } from './error-messages.js';
import { CONTROL_CHARACTER } from './text-rules.js';

// The websites an institute lets show its listings widget (issue #14): each is an origin, `https://host[:port]`,
// which the widget's page names in its Content-Security-Policy `frame-ancestors`. Only https: a page served over
// http could be altered on the way, and frame-ancestors takes origins, never paths.

/** How many sites one institute may list: a few websites (main site, foundation, a project's site), no more. */
export const EMBED_ORIGINS_MAX = 10;
/** A typed address longer than this is not a website's. */
export const EMBED_ORIGIN_INPUT_MAX = 300;

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$|^localhost$/;

export type EmbedOriginCheck = { ok: true; origin: string } | { ok: false; code: ErrorCode };

/**
 * A typed site address as an origin: `https://www.example.org/path` → `https://www.example.org`, the host in lower
 * case (punycode for international names), the default port dropped. A path, query or fragment is accepted and
 * dropped (people paste their home page); user names, http, IP addresses and wildcards are refused.
 * `allowHttpLocalhost` lets tests and development use `http://localhost:<port>`.
 */
export function normaliseEmbedOrigin(input: string, options: { allowHttpLocalhost?: boolean } = {}): EmbedOriginCheck {
  const typed = input.trim();
  if (typed.length === 0 || typed.length > EMBED_ORIGIN_INPUT_MAX || CONTROL_CHARACTER.test(typed)) {
    return { ok: false, code: 'EMBED_ORIGIN_INVALID' };
  }
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, code: 'EMBED_ORIGIN_INVALID' };
  }
  const localhost = url.hostname === 'localhost';
  const scheme = url.protocol === 'https:' || (url.protocol === 'http:' && localhost && options.allowHttpLocalhost);
  if (!scheme || url.username || url.password || !HOST.test(url.hostname)) {
    return { ok: false, code: 'EMBED_ORIGIN_INVALID' };
  }
  if (localhost && !options.allowHttpLocalhost) return { ok: false, code: 'EMBED_ORIGIN_INVALID' };
  return { ok: true, origin: url.origin };
}

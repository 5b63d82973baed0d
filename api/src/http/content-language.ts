import type { IncomingMessage } from 'node:http';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@tt/shared/languages';

// The language a request's content (listings, institutes, platforms, companies, sector labels) is read in. The
// web sends exactly its active locale (`Accept-Language: it`, and `language` in a WebSocket's connection
// parameters); any other client may send a browser's list (`it-IT,it;q=0.9,en;q=0.8`), read by preference.

/** The marketplace's language a client prefers most in an Accept-Language header; English when it names none. */
export function negotiateLanguage(header: string | readonly string[] | null | undefined): Language {
  const value = typeof header === 'string' ? header : header?.join(',');
  if (!value) return DEFAULT_LANGUAGE;
  let best: { language: Language; quality: number } | null = null;
  // Bounded: a header is a handful of entries; a longer one says nothing more.
  for (const entry of value.split(',', 20)) {
    const [range = '', ...parameters] = entry.split(';');
    const language = range.trim().toLowerCase().split('-')[0];
    if (!isLanguage(language)) continue;
    const q = parameters
      .map((parameter: string) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(parameter))
      .find(Boolean);
    const quality = q ? Number(q[1]) : 1;
    if (quality > 0 && (!best || quality > best.quality)) best = { language, quality };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

const negotiated = new WeakMap<IncomingMessage, Language>();

/** A request's language, negotiated once (the response cache keys on it, the GraphQL context carries it). */
export function requestLanguage(req: IncomingMessage): Language {
  let language = negotiated.get(req);
  if (!language) {
    language = negotiateLanguage(req.headers['accept-language']);
    negotiated.set(req, language);
  }
  return language;
}

/** A WebSocket's language: its connection parameters' `language`, else its upgrade request's header. */
export function socketLanguage(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  header: string | readonly string[] | undefined,
): Language {
  const given = connectionParams?.language;
  return isLanguage(given) ? given : negotiateLanguage(header);
}

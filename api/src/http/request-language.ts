import type { IncomingMessage } from 'node:http';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@tt/shared/languages';

// The language a request is made in: what the web says it shows (it sends exactly its active language, `en` or
// `it`, in Accept-Language, and `language` in a socket's connection parameters), else the best a browser's own
// Accept-Language offers, else English. E-mails sent on a request's behalf to someone without an account yet
// (a sign-up's confirmation, an invitation) are written in it; an account's own setting starts from it.

const MAX_HEADER_LENGTH = 500;

/** The first of our languages an Accept-Language header prefers (q-values honoured, regions ignored). */
export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranges = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...options] = part.trim().split(';');
      const q = options.map((option) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(option)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), order };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { base } of ranges) {
    if (isLanguage(base)) return base;
    if (base === '*') return DEFAULT_LANGUAGE;
  }
  return DEFAULT_LANGUAGE;
}

const negotiated = new WeakMap<IncomingMessage, Language>();

/**
 * A request's language, negotiated once: the catalogue response cache keys on it (texts and labels come in it),
 * the GraphQL context carries it.
 */
export function requestLanguage(req: IncomingMessage): Language {
  let language = negotiated.get(req);
  if (!language) {
    language = negotiateLanguage(req.headers['accept-language']);
    negotiated.set(req, language);
  }
  return language;
}

/** A socket's language: its connection parameters' `language`, else its upgrade request's Accept-Language. */
export function socketLanguage(
  params: Readonly<Record<string, unknown>> | undefined,
  header: string | undefined,
): Language {
  const given = params?.language;
  return isLanguage(given) ? given : negotiateLanguage(header);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

// Links anyone holding them may follow without signing in: an alert's "unsubscribe", a saved search's feed. Each is
// a short list of ids and an HMAC-SHA256 of them under the server's secret (signing-secret.ts) and the link's
// purpose, so that a link can be neither forged nor altered, nor used for another purpose than its own. Nothing is
// stored: a link stays valid as long as the secret and what it names do.

/** What a signed link is for: a link made for one purpose is refused for any other. */
export type LinkPurpose = 'unsubscribe-alerts' | 'saved-search-feed';

/** Ids a link may name: at most this many (an e-mail's searches and their owner). */
const MAX_IDS = 60;
const TOKEN = /^(\d{1,10}(?:-\d{1,10}){0,59})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, purpose: LinkPurpose, payload: string): Buffer {
  return createHmac('sha256', secret).update(`tt-link\0${purpose}\0${payload}`, 'utf8').digest();
}

/** A token naming `ids` (positive integers) for `purpose`: `12-5-7.<43 characters>`. */
export function signLink(secret: string, purpose: LinkPurpose, ids: readonly number[]): string {
  if (ids.length === 0 || ids.length > MAX_IDS || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    throw new Error(`A signed link names 1 to ${MAX_IDS} positive ids`);
  }
  const payload = ids.join('-');
  return `${payload}.${mac(secret, purpose, payload).toString('base64url')}`;
}

/** The ids a token names when it was signed with this secret for this purpose; null for anything else. */
export function verifyLink(secret: string, purpose: LinkPurpose, token: unknown): number[] | null {
  if (typeof token !== 'string' || token.length > 700) return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const payload = match[1]!;
  // Compared as text: base64url decoding ignores a last character's spare bits, the text does not.
  const given = Buffer.from(match[2]!, 'ascii');
  const expected = Buffer.from(mac(secret, purpose, payload).toString('base64url'), 'ascii');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const ids = payload.split('-').map(Number);
  return ids.every((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647) ? ids : null;
}

import { describe, expect, it } from 'vitest';
import { normaliseEmbedOrigin } from './embed-origins.js';

describe('normaliseEmbedOrigin', () => {
  it.each([
    ['https://www.irst.emr.it', 'https://www.irst.emr.it'],
    ['  https://WWW.Example.ORG/ricerca/tecnologie?x=1#top ', 'https://www.example.org'],
    ['https://example.org:443/', 'https://example.org'],
    ['https://example.org:8443', 'https://example.org:8443'],
    ['https://università.it', 'https://xn--universit-y1a.it'],
  ])('keeps the origin of %j', (typed, origin) => {
    expect(normaliseEmbedOrigin(typed)).toEqual({ ok: true, origin });
  });

  it.each([
    'http://example.org',
    'example.org',
    'https://*.example.org',
    'https://user:pw@example.org',
    'https://192.168.1.10',
    'https://[::1]',
    'https://localhost:3000',
    'ftp://example.org',
    "https://example.org'; script-src *",
    'https://exa mple.org',
    'https://example.org\u0007',
    `https://${'a'.repeat(300)}.org`,
    '',
  ])('refuses %j', (typed) => {
    expect(normaliseEmbedOrigin(typed)).toEqual({ ok: false, code: 'EMBED_ORIGIN_INVALID' });
  });

  it('takes http://localhost only when asked (tests, development)', () => {
    expect(normaliseEmbedOrigin('http://localhost:4173/page.html', { allowHttpLocalhost: true })).toEqual({
      ok: true,
      origin: 'http://localhost:4173',
    });
    expect(normaliseEmbedOrigin('http://localhost:4173')).toEqual({ ok: false, code: 'EMBED_ORIGIN_INVALID' });
  });
});

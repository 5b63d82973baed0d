import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { negotiateLanguage, requestLanguage, socketLanguage } from './request-language.js';

describe('the language of a request', () => {
  it('is what the web says it shows', () => {
    expect(negotiateLanguage('it')).toBe('it');
    expect(negotiateLanguage('en')).toBe('en');
  });

  it('is the best a browser offers, by q-value, regions aside', () => {
    expect(negotiateLanguage('it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('it');
    expect(negotiateLanguage('de-DE, en;q=0.5, it;q=0.8')).toBe('it');
    expect(negotiateLanguage('fr-CH, fr;q=0.9, *;q=0.5')).toBe('en');
    expect(negotiateLanguage('it;q=0, en')).toBe('en');
  });

  it('is English when nothing fits or nothing is said', () => {
    for (const header of [undefined, null, '', 'de', 'garbage;;;', 'x'.repeat(10_000)]) {
      expect(negotiateLanguage(header)).toBe('en');
    }
  });

  it('is negotiated once per request', () => {
    const req = { headers: { 'accept-language': 'it-IT,it;q=0.9' } } as unknown as IncomingMessage;
    expect(requestLanguage(req)).toBe('it');
    req.headers['accept-language'] = 'en';
    expect(requestLanguage(req)).toBe('it');
  });

  it('on a socket, its connection parameters first', () => {
    expect(socketLanguage({ language: 'it' }, 'en')).toBe('it');
    expect(socketLanguage({ language: 'xx' }, 'it-IT')).toBe('it');
    expect(socketLanguage(undefined, undefined)).toBe('en');
  });
});

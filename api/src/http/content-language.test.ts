import { describe, expect, it } from 'vitest';
import { negotiateLanguage, socketLanguage } from './content-language.js';

describe('the content language of a request', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['it', 'it'],
    ['en', 'en'],
    ['IT', 'it'],
    ['it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'it'],
    ['en-GB,en;q=0.9,it;q=0.8', 'en'],
    ['de-DE,de;q=0.9,it;q=0.5', 'it'],
    ['de-DE,fr;q=0.9', 'en'],
    ['en;q=0.3, it;q=0.6', 'it'],
    ['it;q=0, en;q=0.1', 'en'],
    ['*', 'en'],
    ['it;q=abc', 'it'],
  ])('%j is %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });

  it('reads a repeated header as one list', () => {
    expect(negotiateLanguage(['de', 'it;q=0.5'])).toBe('it');
  });

  it("a socket's own `language` parameter first, else its upgrade request's header", () => {
    expect(socketLanguage({ language: 'it' }, 'en')).toBe('it');
    expect(socketLanguage({ language: 'fr' }, 'it-IT')).toBe('it');
    expect(socketLanguage(undefined, undefined)).toBe('en');
  });
});

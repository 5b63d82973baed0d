import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLocale, negotiateLocale, onLocaleChosen, startingLocale, storedLocale } from './locale-choice';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

function browserLanguages(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

describe('the language of a page load', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('negotiates from the candidates the marketplace speaks, English by default', () => {
    expect(negotiateLocale(['de-DE', 'it-IT', 'en'])).toBe('it');
    expect(negotiateLocale(['xx-YY', 'en-GB'])).toBe('en');
    expect(negotiateLocale([null, undefined])).toBe('en');
  });

  it('is the one the URL names, whatever the browser or the stored choice', () => {
    browserLanguages('en-US');
    localStorage.setItem('tt-locale', 'en');
    expect(startingLocale(at('/it/assets/x'))).toEqual({ locale: 'it', redirect: null });
  });

  it('sends an Italian browser on an unprefixed URL to the Italian one, with no stored choice', () => {
    browserLanguages('it-IT', 'it', 'en');
    expect(startingLocale(at('/assets/x', '?from=mail', '#team'))).toEqual({
      locale: 'it',
      redirect: '/it/assets/x?from=mail#team',
    });
    expect(startingLocale(at('/'))).toEqual({ locale: 'it', redirect: '/it' });
  });

  it('keeps English for other browsers, and for whoever chose English', () => {
    browserLanguages('de-DE', 'fr');
    expect(startingLocale(at('/partners'))).toEqual({ locale: 'en', redirect: null });
    browserLanguages('it-IT');
    localStorage.setItem('tt-locale', 'en');
    expect(startingLocale(at('/partners'))).toEqual({ locale: 'en', redirect: null });
  });

  it('remembers a choice and tells the listeners before the page changes language', async () => {
    const told: string[] = [];
    const stop = onLocaleChosen(async (locale) => {
      told.push(locale);
    });
    onLocaleChosen(() => {
      throw new Error('a listener that fails does not stop the switch');
    });
    await chooseLocale('it');
    expect(storedLocale()).toBe('it');
    expect(told).toEqual(['it']);
    stop();
    await chooseLocale('en');
    expect(told).toEqual(['it']);
    browserLanguages('it-IT');
    expect(startingLocale(at('/'))).toEqual({ locale: 'en', redirect: null });
  });
});

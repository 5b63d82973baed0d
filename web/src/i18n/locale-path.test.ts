import { describe, expect, it } from 'vitest';
import { basenameOf, localeOfPath, pathInLocale } from './locale-path';

describe('one URL per language', () => {
  it('reads the language from the prefix of a path; unprefixed is English', () => {
    expect(localeOfPath('/it')).toBe('it');
    expect(localeOfPath('/it/')).toBe('it');
    expect(localeOfPath('/it/assets/car-t')).toBe('it');
    expect(localeOfPath('/')).toBeNull();
    expect(localeOfPath('/assets/it')).toBeNull();
    expect(localeOfPath('/items')).toBeNull();
    expect(localeOfPath('/en/assets/x')).toBeNull();
    expect(localeOfPath('/de/assets/x')).toBeNull();
  });

  it('writes a path of the app in each language', () => {
    expect(basenameOf('en')).toBe('');
    expect(basenameOf('it')).toBe('/it');
    expect(pathInLocale('it', '/')).toBe('/it');
    expect(pathInLocale('it', '/assets/car-t')).toBe('/it/assets/car-t');
    expect(pathInLocale('en', '/assets/car-t')).toBe('/assets/car-t');
  });
});

import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, englishErrorMessage, englishWait, isErrorCode, waitUnit } from './error-messages.js';

describe('error messages', () => {
  it('fills the parameters a sentence names, and leaves the others', () => {
    expect(englishErrorMessage('TEXT_TOO_LONG', { max: 200 })).toBe('Use at most 200 characters.');
    expect(englishErrorMessage('TEXT_TOO_LONG')).toBe('Use at most {max} characters.');
    expect(englishErrorMessage('UNAUTHENTICATED', { extra: 1 })).toBe('You need to sign in to do this.');
  });

  it('says a wait from its seconds', () => {
    expect(englishErrorMessage('TOO_MANY_SIGN_UPS', { retryAfter: 600 })).toBe(
      'Too many sign-ups from this address; try again in 10 minutes.',
    );
    expect(englishWait(1)).toBe('1 second');
    expect(englishWait(45.2)).toBe('46 seconds');
    expect(englishWait(7199)).toBe('120 minutes');
    expect(englishWait(3 * 3600)).toBe('3 hours');
    expect(waitUnit(0)).toEqual({ value: 1, unit: 'second' });
  });

  it('has stable codes in upper snake case, each with a sentence', () => {
    for (const [code, sentence] of Object.entries(ERROR_MESSAGES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(sentence.trim(), code).not.toBe('');
    }
    expect(isErrorCode('LISTING_NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });
});

import { formatter } from '@lingui/format-po';
import { ERROR_MESSAGES, type ErrorCode } from '@tt/shared/error-messages';
import { describe, expect, it } from 'vitest';
import { errorMessage, errorMessages, waitInWords } from './error-message';
import { t } from './i18n';
import enPo from './locales/errors/en.po?raw';
import itPo from './locales/errors/it.po?raw';

// The catalogues as translators edit them (not as compiled, where English fills the gaps).
const po = formatter({ explicitIdAsDefault: true });
const textsOf = (text: string, locale: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(po.parse(text, { locale, sourceLocale: 'en', filename: `${locale}.po` })).map(([id, message]) => [
      id,
      message.translation ?? '',
    ]),
  );
const en = textsOf(enPo, 'en');
const itErrors = textsOf(itPo, 'it');

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
// The error page's own messages (error.heading…) are not codes: codes are in capitals.
const errorKeys = (messages: object) => Object.keys(messages).filter((key) => /^error\.[A-Z]/.test(key));
const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];

describe('error messages', () => {
  it('words every code the API and the shared rules use, in English and in Italian', () => {
    const expected = codes.map((code) => `error.${code}`).sort();
    expect(errorKeys(en).sort()).toEqual(expected);
    expect(errorKeys(itErrors).sort()).toEqual(expected);
  });

  it('says the English the API says, and names the same values in Italian', () => {
    const english = en;
    const italian = itErrors;
    for (const code of codes) {
      expect(english[`error.${code}`], code).toBe(ERROR_MESSAGES[code]);
      expect(placeholders(italian[`error.${code}`] ?? ''), code).toEqual(placeholders(ERROR_MESSAGES[code]));
    }
  });

  it('fills the values, numbers for the locale, and the wait from its seconds', () => {
    expect(errorMessage({ code: 'TEXT_TOO_LONG', params: { max: 10000 } })).toBe('Use at most 10,000 characters.');
    expect(errorMessage({ code: 'TOO_MANY_ATTEMPTS', params: { retryAfter: 720 } })).toBe(
      'Too many attempts. Try again in 12 minutes.',
    );
    expect(errorMessages([{ code: 'TITLE_REQUIRED' }, { code: 'SECTORS_REQUIRED', params: null }])).toBe(
      'The title is required. Choose at least one sector or therapeutic area.',
    );
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(3 * 3600)).toBe('3 hours');
  });

  it('falls back to a generic sentence for a code it does not know', () => {
    expect(errorMessage({ code: 'SOMETHING_NEW' })).toBe(t('form.unexpected'));
  });
});

// Every message exists in every language of the marketplace, in the same part, with a text of its
// own (the build would silently show English for a missing one), and its translations use the same
// ICU arguments as English: a placeholder that a translation drops or renames would show nothing.
import { formatter } from '@lingui/format-po';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { LANGUAGES } from '@tt/shared/languages';
import { describe, expect, it } from 'vitest';

// The PO files as translators edit them (not as compiled, where English fills the gaps).
const po = formatter({ explicitIdAsDefault: true });
const files = import.meta.glob<string>(['./locales/*.po', './locales/members/*.po', './locales/errors/*.po'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const partOf = (file: string) => file.match(/\/locales\/(members|errors)\//)?.[1] ?? 'core';
const languageOf = (file: string) => file.replace(/^.*\/([^/]+)\.po$/, '$1');

/** part → language → id → text */
const catalogues = new Map<string, Map<string, Map<string, string>>>();
for (const [file, text] of Object.entries(files)) {
  const parsed = po.parse(text, { locale: undefined, sourceLocale: 'en', filename: file });
  const texts = new Map(Object.entries(parsed).map(([id, message]) => [id, message.translation ?? '']));
  const part = catalogues.get(partOf(file)) ?? new Map();
  part.set(languageOf(file), texts);
  catalogues.set(partOf(file), part);
}

/** "name" for a placeholder, "name:plural" for an argument ICU formats, nested ones included. */
function icuArguments(message: string): string[] {
  const found = new Set<string>();
  const visit = (tokens: unknown) => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (!Array.isArray(token)) continue;
      const [name, type, forms] = token as [unknown, unknown, unknown];
      if (typeof name === 'string') found.add(type ? `${name}:${String(type)}` : name);
      if (forms && typeof forms === 'object') for (const form of Object.values(forms)) visit(form);
    }
  };
  visit(compileMessage(message));
  return [...found].sort();
}

describe('the catalogues of every language', () => {
  it('has every part for every language', () => {
    expect([...catalogues.keys()].sort()).toEqual(['core', 'errors', 'members']);
    for (const part of catalogues.values()) expect([...part.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  for (const [part, languages] of catalogues) {
    const english = languages.get('en') ?? new Map<string, string>();

    it(`gives every message of the ${part} part a text in every language`, () => {
      expect(english.size).toBeGreaterThan(100);
      for (const language of LANGUAGES) {
        const texts = languages.get(language) ?? new Map<string, string>();
        const missing = [...english.keys()].filter((id) => !texts.get(id)?.trim());
        expect(missing, `${language} (${part}): messages without a text`).toEqual([]);
        const unknown = [...texts.keys()].filter((id) => !english.has(id));
        expect(unknown, `${language} (${part}): messages English does not have`).toEqual([]);
      }
    });

    it(`uses the same ICU arguments in every language (${part} part)`, () => {
      const differing: string[] = [];
      for (const [id, source] of english) {
        const expected = icuArguments(source);
        for (const language of LANGUAGES) {
          const text = languages.get(language)?.get(id);
          if (!text?.trim()) continue;
          const actual = icuArguments(text);
          if (actual.join() !== expected.join()) differing.push(`${language} ${id}: ${actual} instead of ${expected}`);
        }
      }
      expect(differing).toEqual([]);
    });
  }
});

// The two parts of each language's messages (see the top of i18n.ts): the signed-in pages' part must
// stay out of the first load, every key must live in exactly one part, and whatever the main bundle
// or a public page shows must be in the bundled part, or it would render as its raw key.
import { formatter } from '@lingui/format-po';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MessageKey, t } from './i18n';

// The PO files as text (as translators edit them, not as compiled, where English fills the gaps).
const po = formatter({ explicitIdAsDefault: true });
const read = (files: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(files).map(([file, text]) => [
      language(file),
      po.parse(text, { locale: undefined, sourceLocale: 'en', filename: file }),
    ]),
  );
const language = (file: string) => file.replace(/^.*\/([^/]+)\.po$/, '$1');
const coreParts = read(import.meta.glob<string>('./locales/*.po', { query: '?raw', import: 'default', eager: true }));
const memberParts = read(
  import.meta.glob<string>('./locales/members/*.po', { query: '?raw', import: 'default', eager: true }),
);
const errorParts = read(
  import.meta.glob<string>('./locales/errors/*.po', { query: '?raw', import: 'default', eager: true }),
);
const en = coreParts.en ?? {};
const enMembers = memberParts.en ?? {};
// The error codes' sentences: fetched right after the first render, a generic sentence until then
// (error-message.ts), so the first part need not hold them.
const enErrors = errorParts.en ?? {};
// The app's sources as text (not tests, not the generated operations and keys, not the catalogues).
const sources = import.meta.glob<string>(
  [
    '../**/*.{ts,tsx}',
    '!../**/*.test.{ts,tsx}',
    '!../**/test-*.{ts,tsx}',
    '!../generated/**',
    '!./locales/**',
    '!./message-keys.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

const sorted = (record: object) => Object.keys(record).sort();

/** `../x/y.tsx` for `./y` imported by `../x/z.tsx`; null for packages and unknown files. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  const base = parts.join('/');
  return [base, `${base}.ts`, `${base}.tsx`].find((file) => file in sources) ?? null;
}

const staticImports = (file: string) =>
  [...(sources[file] ?? '').matchAll(/^import\s+(?!type\s)[^'"]*?['"]([^'"]+)['"]/gms)].map((m) => m[1] ?? '');
const dynamicImports = (text: string) => [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '');
/** Chunks a page loads together with the signed-in pages' messages (`Promise.all([import(…), loadMemberMessages()])`). */
const memberChunks = (text: string) =>
  new Set(
    [...text.matchAll(/Promise\.all\(\[\s*import\(\s*['"]([^'"]+)['"]\s*\),\s*loadMemberMessages\(\)\s*\]\)/g)].map(
      (m) => m[1] ?? '',
    ),
  );

/** The modules the main bundle and the public pages run: from main.tsx, into every page not loaded by `memberPage`. */
function firstPartModules(): Set<string> {
  const routes = '../app-routes.tsx';
  const routeText = sources[routes] ?? '';
  const memberPages = new Set(
    [...routeText.matchAll(/memberPage\(\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]/g)].map((m) =>
      resolveImport(routes, m[1] ?? ''),
    ),
  );
  // A component of the main bundle's pages that loads with the signed-in pages' messages (a signed-in visitor's
  // dialog: `Promise.all([import(…), loadMemberMessages()])`) is theirs too.
  for (const [file, text] of Object.entries(sources)) {
    for (const [, specifier] of text.matchAll(
      /Promise\.all\(\[\s*import\(\s*['"]([^'"]+)['"]\s*\),\s*loadMemberMessages\(\)/g,
    )) {
      memberPages.add(resolveImport(file, specifier ?? ''));
    }
  }
  const seen = new Set<string>();
  const queue = ['../main.tsx'];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const withMemberMessages = memberChunks(sources[file] ?? '');
    const loaded = dynamicImports(sources[file] ?? '').filter((specifier) => !withMemberMessages.has(specifier));
    for (const specifier of [...staticImports(file), ...loaded]) {
      const target = resolveImport(file, specifier);
      if (target && !memberPages.has(target)) queue.push(target);
    }
  }
  expect(memberPages.size).toBeGreaterThan(10);
  return seen;
}

/** The message keys a source file uses: literal keys, `prefix.${…}` keys and the labels.ts functions it calls. */
function keysUsedBy(file: string, allKeys: string[]): string[] {
  const text = sources[file] ?? '';
  const labels = sources['./labels.ts'] ?? '';
  const prefixes = file === './labels.ts' ? [] : [...text.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((m) => m[1] ?? '');
  for (const [, name, prefix] of labels.matchAll(/export (?:const|function) (\w+)[^`]*?`([a-zA-Z.]+\.)\$\{/g)) {
    if (file !== './labels.ts' && new RegExp(`\\b${name}\\b`).test(text)) prefixes.push(prefix ?? '');
  }
  return allKeys.filter(
    (key) => text.includes(`'${key}'`) || text.includes(`"${key}"`) || prefixes.some((p) => key.startsWith(p)),
  );
}

describe('the parts of the message catalogue', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has every key in exactly one English part', () => {
    const inBoth = Object.keys(enMembers).filter((key) => key in en);
    expect(inBoth).toEqual([]);
    expect(Object.keys(enErrors).filter((key) => key in en || key in enMembers)).toEqual([]);
    expect(Object.keys(enErrors).every((key) => /^error\.[A-Z]/.test(key))).toBe(true);
    expect(Object.keys(en).length).toBeGreaterThan(100);
    expect(Object.keys(enMembers).length).toBeGreaterThan(100);
  });

  it('gives every language both parts, with the keys of the English ones', () => {
    const languages = Object.keys(coreParts).sort();
    expect(languages).toEqual(['en', 'it']);
    expect(Object.keys(memberParts).sort()).toEqual(languages);
    for (const [code, messages] of Object.entries(coreParts)) expect(sorted(messages), code).toEqual(sorted(en));
    for (const [code, messages] of Object.entries(memberParts))
      expect(sorted(messages), code).toEqual(sorted(enMembers));
  });

  it('leaves the signed-in pages’ part, and other languages’ first part, out of the first load', () => {
    // Only i18n.ts names the catalogues: English's first part imported, the rest in globs that are
    // not eager (fetched by activateLocale and loadMemberMessages).
    const importers = Object.entries(sources)
      .filter(([, text]) => /locales\//.test(text))
      .map(([file]) => file);
    expect(importers).toEqual(['./i18n.ts']);
    const i18n = sources['./i18n.ts'] ?? '';
    expect([...i18n.matchAll(/^import [^;]*'(\.\/locales\/[^']*)';$/gm)].map((m) => m[1])).toEqual(['./locales/en.po']);
    expect(i18n).toMatch(/import\.meta\.glob<Messages>\('\.\/locales\/members\/\*\.po', \{ import: 'messages' \}\)/);
    expect(i18n).toMatch(/import\.meta\.glob<Messages>\('\.\/locales\/errors\/\*\.po', \{ import: 'messages' \}\)/);
    expect(i18n).toMatch(/import\.meta\.glob<Messages>\(\['\.\/locales\/\*\.po', '!\.\/locales\/en\.po'\]/);
    expect(i18n).not.toMatch(/eager/);
  });

  it('bundles every message the main bundle and the public pages use', () => {
    const allKeys = [...Object.keys(en), ...Object.keys(enMembers)];
    const modules = firstPartModules();
    expect(modules).toContain('../layout/user-menu.tsx');
    expect(modules).toContain('../catalogue/asset-page.tsx');
    expect(modules).not.toContain('../disclosures/disclosure-wizard-page.tsx');
    expect(modules).toContain('../saved-searches/save-search-button.tsx');
    expect(modules).not.toContain('../saved-searches/save-search-dialog.tsx');
    const misplaced = [...modules].flatMap((file) =>
      keysUsedBy(file, allKeys)
        .filter((key) => !(key in en))
        .map((key) => `${file}: ${key}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('shows the key of a missing message, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('no.suchMessage' as MessageKey)).toBe('no.suchMessage');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no.suchMessage'));
  });
});

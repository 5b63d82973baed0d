// The two parts of each language's messages (see the top of i18n.ts): the signed-in pages' part must
// stay out of the first load, every key must live in exactly one part, and whatever the main bundle
// or a public page shows must be in the bundled part, or it would render as its raw key.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MessageKey, t } from './i18n';
import en from './locales/en';
import enMembers from './locales/members/en';

const coreParts = import.meta.glob<Record<string, unknown>>(['./locales/*.ts', '!./locales/*-*.ts'], {
  import: 'default',
  eager: true,
});
const memberParts = import.meta.glob<Record<string, unknown>>('./locales/members/*.ts', {
  import: 'default',
  eager: true,
});
// The app's sources as text (not tests, not the generated operations, not the catalogues themselves).
const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/test-*.{ts,tsx}', '!../generated/**', '!./locales/**'],
  { query: '?raw', import: 'default', eager: true },
);

const language = (file: string) => file.replace(/^.*\/([^/]+)\.ts$/, '$1');
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

/** The modules the main bundle and the public pages run: from main.tsx, into every page not loaded by `memberPage`. */
function firstPartModules(): Set<string> {
  const routes = '../app-routes.tsx';
  const routeText = sources[routes] ?? '';
  const memberPages = new Set(
    [...routeText.matchAll(/memberPage\(\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]/g)].map((m) =>
      resolveImport(routes, m[1] ?? ''),
    ),
  );
  const seen = new Set<string>();
  const queue = ['../main.tsx'];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of [...staticImports(file), ...dynamicImports(sources[file] ?? '')]) {
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

describe('the two parts of the message catalogue', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has every key in exactly one English part', () => {
    const inBoth = Object.keys(enMembers).filter((key) => key in en);
    expect(inBoth).toEqual([]);
    expect(Object.keys(en).length).toBeGreaterThan(100);
    expect(Object.keys(enMembers).length).toBeGreaterThan(100);
  });

  it('gives every language both parts, with the keys of the English ones', () => {
    const languages = Object.keys(coreParts).map(language).sort();
    expect(languages).toContain('en');
    expect(Object.keys(memberParts).map(language).sort()).toEqual(languages);
    for (const [file, messages] of Object.entries(coreParts)) expect(sorted(messages), file).toEqual(sorted(en));
    for (const [file, messages] of Object.entries(memberParts))
      expect(sorted(messages), file).toEqual(sorted(enMembers));
  });

  it('leaves the signed-in pages’ part out of the first load', () => {
    // Only i18n.ts names it: as a type, and in a glob that is not eager (fetched by loadMemberMessages).
    const importers = Object.entries(sources)
      .filter(([, text]) => /locales\/members/.test(text))
      .map(([file]) => file);
    expect(importers).toEqual(['./i18n.ts']);
    const i18n = sources['./i18n.ts'] ?? '';
    expect(i18n).toMatch(/^import type \w+ from '\.\/locales\/members\/en';$/m);
    expect(i18n).not.toMatch(/^import (?!type)[^;]*locales\/members/m);
    expect(i18n).toMatch(/import\.meta\.glob<[^>]+>\('\.\/locales\/members\/\*\.ts'\)/);
  });

  it('bundles every message the main bundle and the public pages use', () => {
    const allKeys = [...Object.keys(en), ...Object.keys(enMembers)];
    const modules = firstPartModules();
    expect(modules).toContain('../layout/user-menu.tsx');
    expect(modules).toContain('../catalogue/asset-page.tsx');
    expect(modules).not.toContain('../disclosures/disclosure-wizard-page.tsx');
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

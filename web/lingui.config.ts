// Where the interface's messages live, for the Vite plugin that compiles them into the bundles and
// for translators' tools: PO files, one per language and part (see src/i18n/i18n.ts for the parts).
// The messages have explicit keyed IDs (msgid = "catalogue.resultCount"); English is the reference
// and its PO files define the IDs (scripts/sync-catalogues.mjs), so nothing is extracted from source:
// `pnpm --filter @tt/web i18n:sync`, never `lingui extract` (it would mark every message obsolete).
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

// The languages of @tt/shared/languages (i18n.test.ts holds them equal; the config loads without the
// workspace's source conditions, so it names them itself).
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'it'],
  // A message not yet translated shows in English (compiled in, so the runtime needs no fallback).
  fallbackLocales: { default: 'en' },
  catalogs: [
    // Bundled with the app: what the main bundle and the public pages show.
    { path: '<rootDir>/src/i18n/locales/{locale}', include: [] },
    // Fetched with the signed-in pages.
    { path: '<rootDir>/src/i18n/locales/members/{locale}', include: [] },
    // The sentences of the API's and the shared rules' error codes (error.<CODE>): fetched right after
    // the first render, long before a form can fail, so they never weigh on the first load.
    { path: '<rootDir>/src/i18n/locales/errors/{locale}', include: [] },
  ],
  format: formatter({ origins: false, explicitIdAsDefault: true }),
});

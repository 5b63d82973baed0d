// The PO catalogues of lingui.config.ts, for the script that writes them (sync-catalogues.mjs):
// where each language's parts live, and reading and writing them
// with the config's own formatter, so the files are exactly what Lingui reads.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig } from '@lingui/conf';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const config = getConfig({ cwd: webDir, configPath: path.join(webDir, 'lingui.config.ts'), skipValidation: true });

export const sourceLocale = config.sourceLocale;
/** The source language first, then the others as the config lists them. */
export const locales = [sourceLocale, ...config.locales.filter((locale) => locale !== sourceLocale)];

/** The parts, in the order of the config: the bundled one ("core"), the signed-in pages' ("members"), the errors'. */
export const parts = config.catalogs.map((catalog) => ({
  name: catalog.path.match(/\/locales\/(members|errors)\//)?.[1] ?? 'core',
  /** The PO file of a language. */
  file: (locale) => `${catalog.path.replace('{locale}', locale)}${config.format.catalogExtension}`,
}));

/** id → { translation, comments, … } as Lingui's formatter reads a PO file; empty when the file is absent. */
export function readCatalogue(file) {
  if (!existsSync(file)) return {};
  return config.format.parse(readFileSync(file, 'utf8'), { locale: undefined, sourceLocale, filename: file });
}

/** The text of a PO file holding `catalogue` (an existing file keeps its headers). */
export function renderCatalogue(file, locale, catalogue) {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return config.format.serialize(catalogue, { locale, sourceLocale, existing, filename: file });
}

export const relative = (file) => path.relative(webDir, file);

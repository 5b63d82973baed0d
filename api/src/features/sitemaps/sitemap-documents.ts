import { Readable, type Transform } from 'node:stream';
import type { Db } from '@tt/db/database';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@tt/shared/languages';
import { languagePath } from '@tt/shared/web-routes';
import { ErrorLevel, type IndexItem, SitemapIndexStream, type SitemapItemLoose, SitemapStream } from 'sitemap';
import { SITEMAP_SECTIONS, type SitemapSectionName, sitemapFilePath } from './sitemap-paths.js';
import { type SitemapFingerprint, sitemapEntries } from './sitemap-sources.service.js';

// The sitemap index and its files, written by the `sitemap` library's streams (sitemaps.org 0.9, with
// xhtml:link alternates): each page is listed once per language, each time with every language's address and
// x-default (English), so a file's addresses are its pages times the languages, and that product is what the
// protocol's limit of 50 000 counts.

/** The sitemaps protocol's limit of addresses per file. */
export const SITEMAP_URL_LIMIT = 50_000;

/** How many files each section needs: its pages per file fill the limit with every language's address. */
export interface SitemapPlan {
  rowsPerFile: number;
  files: Record<SitemapSectionName, number>;
}

export function sitemapPlan(fingerprint: SitemapFingerprint, urlLimit = SITEMAP_URL_LIMIT): SitemapPlan {
  const rowsPerFile = Math.max(1, Math.floor(urlLimit / LANGUAGES.length));
  const files = Object.fromEntries(
    SITEMAP_SECTIONS.map((section) => [section, Math.ceil(fingerprint.counts[section] / rowsPerFile)]),
  ) as Record<SitemapSectionName, number>;
  return { rowsPerFile, files };
}

/** A document as the streams to pipe into a response, in order (`pipeline(...document, response)`). */
export type SitemapDocument = [Readable, Transform];

/**
 * The index: every section's files (none for an empty section), each with its own newest change where the section
 * has it per file (`fileLastmods`, sitemapFileLastmods), else its section's.
 */
export function sitemapIndexDocument(
  publicUrl: string,
  plan: SitemapPlan,
  fingerprint: SitemapFingerprint,
  fileLastmods: Partial<Record<SitemapSectionName, (Date | null)[] | null>> = {},
): SitemapDocument {
  const items: IndexItem[] = SITEMAP_SECTIONS.flatMap((section) =>
    Array.from({ length: plan.files[section] }, (_, index) => ({
      url: `${publicUrl}${sitemapFilePath(section, index + 1)}`,
      lastmod: (fileLastmods[section]?.[index] ?? fingerprint.lastmods[section])?.toISOString(),
    })),
  );
  return [Readable.from(items), new SitemapIndexStream({ level: ErrorLevel.SILENT })];
}

/** One page's entry in every language, each naming all of them. */
function* languageItems(publicUrl: string, path: string, lastmod: Date | null): Generator<SitemapItemLoose> {
  const url = (language: (typeof LANGUAGES)[number]) => `${publicUrl}${languagePath(language, path)}`;
  const links = [
    ...LANGUAGES.map((language) => ({ lang: language, url: url(language) })),
    { lang: 'x-default', url: url(DEFAULT_LANGUAGE) },
  ];
  for (const language of LANGUAGES) {
    yield { url: url(language), lastmod: lastmod?.toISOString(), links };
  }
}

/**
 * A section's `page`-th file (from 1), or null past its last. Rows are read as the response drains: `Readable.from`
 * pulls the next one only when the library's stream asks, and that stream only when the socket takes more.
 */
export function sitemapFileDocument(
  db: Db,
  publicUrl: string,
  section: SitemapSectionName,
  page: number,
  plan: SitemapPlan,
  fingerprint: SitemapFingerprint,
): SitemapDocument | null {
  if (page < 1 || page > plan.files[section]) return null;
  async function* items(): AsyncGenerator<SitemapItemLoose> {
    const entries = sitemapEntries(db, section, (page - 1) * plan.rowsPerFile, plan.rowsPerFile, fingerprint);
    for await (const entry of entries) yield* languageItems(publicUrl, entry.path, entry.lastmod);
  }
  return [
    Readable.from(items()),
    new SitemapStream({ xmlns: { xhtml: true, news: false, video: false, image: false }, level: ErrorLevel.SILENT }),
  ];
}

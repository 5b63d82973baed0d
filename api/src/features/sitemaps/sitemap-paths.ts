import { sitemapIndexPath } from '@tt/shared/web-routes';

// The sitemaps' own addresses: the index, and each section's numbered files (`/sitemaps/listings-2.xml`).

export const SITEMAP_INDEX_PATH = sitemapIndexPath();

export const SITEMAP_SECTIONS = ['pages', 'listings', 'partners', 'institutes', 'requests'] as const;
export type SitemapSectionName = (typeof SITEMAP_SECTIONS)[number];

export const sitemapFilePath = (section: SitemapSectionName, page: number) => `/sitemaps/${section}-${page}.xml`;

/** A sitemap file's section and page from its path's name (`listings-2`), or null. */
export function readSitemapFileName(name: string): { section: SitemapSectionName; page: number } | null {
  const match = /^([a-z]+)-([1-9][0-9]{0,5})$/.exec(name);
  const section = SITEMAP_SECTIONS.find((known) => known === match?.[1]);
  return section && match ? { section, page: Number(match[2]) } : null;
}

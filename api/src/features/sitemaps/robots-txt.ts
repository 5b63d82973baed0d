import { appRoutesOf } from '@tt/shared/app-route-table';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@tt/shared/languages';
import { catalogueFeedPath, instituteFeedPath, savedSearchFeedPath } from '@tt/shared/web-routes';
import { SITEMAP_INDEX_PATH } from './sitemap-paths.js';

// robots.txt: crawlers may read the public pages (catalogue, listings, partners, institutes, requests, feeds and
// preview images) and are kept out of the signed-in pages, the account forms and the API. It is advice, not a
// lock: every page it names checks who asks on its own. The sitemap's address is the configured public URL's,
// never one built from a request's Host.

/** The API's own paths, none of them a page. */
const API_PATHS = ['/graphql', '/uploads/', '/exports/', '/dev/'];

/** A route pattern as a robots.txt path: `:params` become `*`, an optional last one and a trailing `*` go. */
export function robotsPath(pattern: string): string {
  const path = `/${pattern}`.replace(/\/:[^/]+\?$/, '').replace(/:[^/]+/g, '*');
  return path.endsWith('/*') ? path.slice(0, -1) : path;
}

/** The paths to disallow, in every language, without those a shorter rule already covers. */
export function disallowedPaths(): string[] {
  const pages = [...appRoutesOf('signed-in'), ...appRoutesOf('unlisted')].map(robotsPath);
  const prefixed = LANGUAGES.flatMap((language) =>
    language === DEFAULT_LANGUAGE ? pages : pages.map((path) => `/${language}${path}`),
  );
  // A saved search's feed is reached through its owner's signed token: theirs to share, not to index.
  const searchFeeds = savedSearchFeedPath('').replace(/\.atom$/, '');
  const feeds = LANGUAGES.map((language) =>
    language === DEFAULT_LANGUAGE ? searchFeeds : `/${language}${searchFeeds}`,
  );
  const all = [...new Set([...API_PATHS, ...feeds, ...prefixed])];
  const covering = all.filter((path) => !path.includes('*'));
  return all.filter((path) => !covering.some((shorter) => shorter !== path && path.startsWith(shorter))).sort();
}

export function robotsTxt(publicUrl: string): string {
  return [
    '# TT Marketplace: the public catalogue is open to crawlers; signed-in pages and the API are not.',
    `# Atom feeds: ${publicUrl}${catalogueFeedPath()}, and each institute's at ${publicUrl}${instituteFeedPath('<slug>').replace('%3C', '<').replace('%3E', '>')}`,
    'User-agent: *',
    'Allow: /',
    ...disallowedPaths().map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicUrl}${SITEMAP_INDEX_PATH}`,
    '',
  ].join('\n');
}

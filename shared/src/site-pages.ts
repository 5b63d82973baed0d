// The network's own pages (about, privacy, terms, cookies): Markdown that administrators edit, one text per
// language. Every save is a new version; people accept a version of the terms when they create an account.

export const SitePageKey = {
  ABOUT: 'ABOUT',
  PRIVACY: 'PRIVACY',
  TERMS: 'TERMS',
  COOKIES: 'COOKIES',
} as const;
export type SitePageKey = (typeof SitePageKey)[keyof typeof SitePageKey];

export const SITE_PAGE_KEYS: readonly SitePageKey[] = Object.values(SitePageKey);

/** The longest Markdown a page takes (a long privacy notice is some 15 000 characters). */
export const SITE_PAGE_MARKDOWN_MAX_LENGTH = 60_000;
/** A page needs some text: an empty privacy notice or terms would be worse than the previous version. */
export const SITE_PAGE_MARKDOWN_MIN_LENGTH = 20;

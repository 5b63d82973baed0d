import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Language } from '@tt/shared/languages';
import { SitePageKey } from '@tt/shared/site-pages';
import { User } from './user.entity.js';

/**
 * One saved text of one of the network's pages (about, privacy, terms, cookies) in one language. A save adds a
 * version, never rewrites one: the page shows its newest, and the terms an account accepted stay readable.
 * The first versions come with the migration that made the table, so a fresh install has its pages.
 */
export const SitePageVersion = defineEntity({
  name: 'SitePageVersion',
  tableName: 'site_page_version',
  properties: {
    id: p.integer().primary().autoincrement(),
    pageKey: p.enum(() => SitePageKey).nativeEnumName('site_page_key'),
    language: p.enum(() => Language).nativeEnumName('app_language'),
    /** 1, 2, 3… per page and language. */
    version: p.integer(),
    markdown: p.text(),
    /** Who saved it; null for the texts the migration brought (and once the account is gone). */
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'site_page_version_unique', properties: ['pageKey', 'language', 'version'] }],
});
export type SitePageVersion = InferEntity<typeof SitePageVersion>;

import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import {
  SITE_PAGE_MARKDOWN_MAX_LENGTH,
  SITE_PAGE_MARKDOWN_MIN_LENGTH,
  type SitePageKey,
  SitePageKey as SitePageKeys,
} from '@tt/shared/site-pages';
import { sql } from 'kysely';
import { ensureAllowed } from '../../auth/enforce-policy.js';
import { canEditSitePages } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { type UserError, userError } from '../../errors/user-error.js';

/** The newest version of a page in a language, as the API hands it out. */
export interface SitePageRecord {
  key: SitePageKey;
  language: Language;
  version: number;
  markdown: string;
  updatedAt: Date;
}

export type SitePageResult = { ok: true; sitePage: SitePageRecord } | { ok: false; errors: UserError[] };

/** A page's newest version in a language; null only if the table lost its first versions. */
export async function currentSitePage(db: Db, key: SitePageKey, language: Language): Promise<SitePageRecord | null> {
  const row = await db
    .selectFrom('site_page_version')
    .select(['page_key', 'language', 'version', 'markdown', 'created_at'])
    .where('page_key', '=', key)
    .where('language', '=', language)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        key: row.page_key,
        language: row.language,
        version: row.version,
        markdown: row.markdown,
        updatedAt: toDate(row.created_at),
      }
    : null;
}

/** The version of the terms of use a person accepts now, in their language (0 when there are none yet). */
export async function currentTermsVersion(db: Db, language: Language): Promise<number> {
  return (await currentSitePage(db, SitePageKeys.TERMS, language))?.version ?? 0;
}

/**
 * What creating an account needs of the terms: that the person accepted, and the version they were shown is
 * the current one (the terms may change while the form is open). The columns to record, or the error.
 */
export async function termsAcceptance(
  db: Db,
  acceptedVersion: number | null | undefined,
  language: Language,
): Promise<
  | { ok: true; columns: { terms_version: number; terms_language: Language; terms_accepted_at: Date } }
  | { ok: false; error: UserError }
> {
  if (acceptedVersion == null) return { ok: false, error: userError('TERMS_NOT_ACCEPTED', 'acceptedTermsVersion') };
  const current = await currentTermsVersion(db, language);
  if (acceptedVersion !== current) return { ok: false, error: userError('TERMS_CHANGED', 'acceptedTermsVersion') };
  return {
    ok: true,
    columns: { terms_version: current, terms_language: language, terms_accepted_at: new Date() },
  };
}

/**
 * An administrator saves a page's text in a language: a new version, the previous ones kept. `expectedVersion`
 * is the version the editor opened, so a save never silently overwrites another administrator's.
 */
export async function saveSitePage(
  db: Db,
  viewer: Viewer,
  input: { key: SitePageKey; language: Language; markdown: string; expectedVersion: number },
): Promise<SitePageResult> {
  ensureAllowed(viewer, canEditSitePages(viewer), 'SITE_PAGES_ADMIN_ONLY');
  const markdown = input.markdown.trim();
  if (markdown.length < SITE_PAGE_MARKDOWN_MIN_LENGTH)
    return {
      ok: false,
      errors: [userError('SITE_PAGE_TEXT_TOO_SHORT', 'markdown', { min: SITE_PAGE_MARKDOWN_MIN_LENGTH })],
    };
  if (markdown.length > SITE_PAGE_MARKDOWN_MAX_LENGTH)
    return { ok: false, errors: [userError('TEXT_TOO_LONG', 'markdown', { max: SITE_PAGE_MARKDOWN_MAX_LENGTH })] };
  // One save at a time per page and language: the version check and the insert see the same newest version.
  await sql`select pg_advisory_xact_lock(hashtext(${`site_page:${input.key}:${input.language}`}))`.execute(db);
  const current = await currentSitePage(db, input.key, input.language);
  const version = current?.version ?? 0;
  if (input.expectedVersion !== version) return { ok: false, errors: [userError('VERSION_CONFLICT', 'markdown')] };
  if (current && current.markdown === markdown) return { ok: true, sitePage: current };
  const row = await db
    .insertInto('site_page_version')
    .values({
      page_key: input.key,
      language: input.language,
      version: version + 1,
      markdown,
      created_by_id: viewer.userId,
      created_at: new Date(),
    })
    .returning(['page_key', 'language', 'version', 'markdown', 'created_at'])
    .executeTakeFirstOrThrow();
  return {
    ok: true,
    sitePage: {
      key: row.page_key,
      language: row.language,
      version: row.version,
      markdown: row.markdown,
      updatedAt: toDate(row.created_at),
    },
  };
}

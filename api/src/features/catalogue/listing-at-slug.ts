import type { Database } from '@tt/db/database';
import type { ExpressionBuilder } from 'kysely';

// A listing at a slug, current or former (asset_slug_redirect): how each public address of a listing finds it (its
// page, its PDF, its preview image), so a link from before a rename still leads to it. The listing is aliased `a`.
// Current and former slugs share one namespace (listing-slugs.ts); the current one is ordered first all the same.

type ListingScope = ExpressionBuilder<Database & { a: Database['asset'] }, 'a'>;

/** The listing whose slug, or one of whose former slugs, `slug` is. */
export function atSlug(eb: ListingScope, slug: string) {
  return eb.or([
    eb('a.slug', '=', slug),
    eb('a.id', '=', eb.selectFrom('asset_slug_redirect as r').select('r.asset_id').where('r.slug', '=', slug)),
  ]);
}

/** To order by, descending: the listing whose current slug `slug` is before one that had it. */
export function currentSlugFirst(eb: ListingScope, slug: string) {
  return eb('a.slug', '=', slug);
}

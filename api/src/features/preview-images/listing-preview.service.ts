import type { Db } from '@tt/db/database';
import { AssetKind, AssetStatus } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { atSlug, currentSlugFirst, titleShownInItalian } from '../catalogue/asset-records.js';

// What a listing's preview image shows, read for anyone: published listings only (a draft's or an archived
// listing's slug is unknown here), and only what its public page shows first: title, kind, institute, TRL. A former
// slug finds the listing too, as its page does (the caller redirects to the current one).

export interface ListingPreview {
  slug: string;
  title: string;
  kind: AssetKind;
  institute: string;
  /** Shown for inventions (a prototype's or service's is not what they are judged by). */
  trl: number | null;
  updatedAt: Date;
}

/**
 * The published listing's preview facts, by its slug or a former one, its title as its page in `language` shows it
 * (in Italian, the Italian title only when the listing is wholly translated); null otherwise.
 */
export async function findListingPreview(db: Db, slug: string, language: Language): Promise<ListingPreview | null> {
  const row = await db
    .selectFrom('asset as a')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .select(['a.slug', 'a.title', 'a.kind', 'a.trl', 'a.updated_at', 'i.name as institute'])
    .select(titleShownInItalian().as('title_shown_it'))
    .where((eb) => atSlug(eb, slug))
    .where('a.status', '=', AssetStatus.PUBLISHED)
    .orderBy((eb) => currentSlugFirst(eb, slug), 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    slug: row.slug,
    title: language === Language.IT ? row.title_shown_it : row.title,
    kind: row.kind,
    institute: row.institute,
    trl: row.kind === AssetKind.INVENTION ? row.trl : null,
    updatedAt: new Date(row.updated_at),
  };
}

import type { Db } from '@tt/db/database';
import { AssetKind, AssetStatus } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';

// What a listing's preview image shows, read for anyone: published listings only (a draft's or an archived
// listing's slug is unknown here), and only what its public page shows first: title, kind, institute, TRL.

export interface ListingPreview {
  slug: string;
  title: string;
  kind: AssetKind;
  institute: string;
  /** Shown for inventions (a prototype's or service's is not what they are judged by). */
  trl: number | null;
  updatedAt: Date;
}

/** The published listing's preview facts, its title in `language` when it has one; null otherwise. */
export async function findListingPreview(db: Db, slug: string, language: Language): Promise<ListingPreview | null> {
  const row = await db
    .selectFrom('asset as a')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .select(['a.slug', 'a.title', 'a.title_it', 'a.kind', 'a.trl', 'a.updated_at', 'i.name as institute'])
    .where('a.slug', '=', slug)
    .where('a.status', '=', AssetStatus.PUBLISHED)
    .executeTakeFirst();
  if (!row) return null;
  return {
    slug: row.slug,
    title: language === Language.IT && row.title_it ? row.title_it : row.title,
    kind: row.kind,
    institute: row.institute,
    trl: row.kind === AssetKind.INVENTION ? row.trl : null,
    updatedAt: new Date(row.updated_at),
  };
}

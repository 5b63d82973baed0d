import type { Db } from '@tt/db/database';
import { Language } from '@tt/shared/languages';
import { RECOMMENDATIONS_DEFAULT, RECOMMENDATIONS_MAX } from '@tt/shared/matchmaking-enums';
import { type RawBuilder, sql } from 'kysely';
import { badInput } from '../../errors/domain-error.js';
import { type LookupOptions, lookupColumns, lookupRecords } from '../catalogue/asset-lookup.service.js';
import { type AssetRecord, titleShownInItalian } from '../catalogue/asset-records.js';
import {
  type CitedListingJson,
  type ReasonJson,
  type RecommendationReasonRecord,
  toReasonRecords,
} from './recommendation-reasons.js';

/** A row of a ranking function: what it ranks, its score and its reasons. */
interface RankedRow {
  score: number;
  reasons: ReasonJson[];
}

/** A listing recommended to a company, with why. */
export interface RecommendedListingRecord {
  listing: AssetRecord;
  score: number;
  reasons: RecommendationReasonRecord[];
}

/** How many a request asks for: 1 to RECOMMENDATIONS_MAX, RECOMMENDATIONS_DEFAULT when it does not say. */
export function parseRecommendationCount(first: number | null | undefined): number {
  if (first === undefined || first === null) return RECOMMENDATIONS_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > RECOMMENDATIONS_MAX) {
    throw badInput('PAGE_SIZE_OUT_OF_RANGE', 'first', { min: 1, max: RECOMMENDATIONS_MAX });
  }
  return first;
}

/**
 * The listings a row's reasons cite (SIMILAR_TO_INTEREST), published ones only, each with its title as its page shows
 * it in Italian (the English title where the listing is not wholly translated): read with the row, no statement more.
 */
export function citedListings(reasons: RawBuilder<ReasonJson[]>): RawBuilder<CitedListingJson[] | null> {
  return sql<CitedListingJson[] | null>`(select json_agg(json_build_object('id', a.id, 'slug', a.slug, 'title', a.title,
      'title_it', ${titleShownInItalian()}))
    from asset a where a.status = 'PUBLISHED' and a.id in (select (x->>'assetId')::int from jsonb_array_elements(${reasons}) x
      where x->>'kind' = 'SIMILAR_TO_INTEREST'))`;
}

/**
 * "Recommended for you": the published listings best matching a company's profile (sectors, interests, TRL range),
 * its open technology requests and the listings it showed interest in, best first, each with its reasons. None it
 * expressed interest in or dismissed. One statement (the ranking is the database function recommended_listings,
 * see the matchmaking migration), which brings the listings' relations along for the request's loaders.
 *
 * Also what a company's alert digest calls (without loaders: every column, the texts in the recipient's language).
 */
export async function recommendListings(
  db: Db,
  companyId: number,
  limit: number,
  options: LookupOptions = {},
): Promise<RecommendedListingRecord[]> {
  const ranked = sql<RankedRow & { asset_id: number }>`recommended_listings(${companyId}, ${limit})`;
  const rows = await db
    .selectFrom(ranked.as('r'))
    .innerJoin('asset as a', 'a.id', 'r.asset_id')
    .select(lookupColumns(options))
    .select(['r.score', 'r.reasons'])
    .select(citedListings(sql.ref('r.reasons')).as('cited'))
    .orderBy('r.score', 'desc')
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id')
    .execute();
  const listings = lookupRecords(rows, options);
  const italian = options.language === Language.IT;
  return rows.map((row, index) => ({
    listing: listings[index]!,
    score: row.score,
    reasons: toReasonRecords(row.reasons, row.cited, italian),
  }));
}

import { RecommendationReasonKind } from '@tt/shared/matchmaking-enums';
import type { SectorRecord } from '../institutions/institution-records.js';
import { type SectorRow, toSectorRecord } from '../institutions/institution-records.js';

// The reasons the ranking functions give (recommended_listings, companies_to_approach: see the matchmaking
// migration) as JSON, and the records the API answers with: values, never words (the web words them).

/** A reason as the ranking functions write it. */
export type ReasonJson =
  | { kind: 'REQUEST'; requestId: number; title: string; slug: string }
  | { kind: 'INTEREST'; term: string }
  | { kind: 'SECTOR'; sector: SectorRow }
  | { kind: 'TRL_RANGE'; trl: number; min: number; max: number; requestTitle?: string; requestSlug?: string }
  | { kind: 'SIMILAR_TO_INTEREST'; assetId: number };

/** A listing a reason cites (SIMILAR_TO_INTEREST), with its title as its page shows it in each language. */
export interface CitedListingJson {
  id: number;
  slug: string;
  title: string;
  title_it: string;
}

/** One reason, as the GraphQL RecommendationReason shows it: the fields its kind cites, the others null. */
export interface RecommendationReasonRecord {
  kind: RecommendationReasonKind;
  requestTitle: string | null;
  requestSlug: string | null;
  sector: SectorRecord | null;
  trl: number | null;
  trlMin: number | null;
  trlMax: number | null;
  term: string | null;
  listingTitle: string | null;
  listingSlug: string | null;
}

const NONE: Omit<RecommendationReasonRecord, 'kind'> = {
  requestTitle: null,
  requestSlug: null,
  sector: null,
  trl: null,
  trlMin: null,
  trlMax: null,
  term: null,
  listingTitle: null,
  listingSlug: null,
};

/**
 * The records of a row's reasons, in the order given; a listing cited by a reason comes from `listings` (read in
 * the same statement), titled in `language` (as its page shows it). A cited listing no longer there drops its reason.
 */
export function toReasonRecords(
  reasons: readonly ReasonJson[],
  listings: readonly CitedListingJson[] | null,
  italian: boolean,
): RecommendationReasonRecord[] {
  const records: RecommendationReasonRecord[] = [];
  for (const reason of reasons) {
    switch (reason.kind) {
      case 'REQUEST':
        records.push({
          ...NONE,
          kind: RecommendationReasonKind.REQUEST,
          requestTitle: reason.title,
          requestSlug: reason.slug,
        });
        break;
      case 'INTEREST':
        records.push({ ...NONE, kind: RecommendationReasonKind.INTEREST, term: reason.term });
        break;
      case 'SECTOR':
        records.push({ ...NONE, kind: RecommendationReasonKind.SECTOR, sector: toSectorRecord(reason.sector) });
        break;
      case 'TRL_RANGE':
        records.push({
          ...NONE,
          kind: RecommendationReasonKind.TRL_RANGE,
          trl: reason.trl,
          trlMin: reason.min,
          trlMax: reason.max,
          requestTitle: reason.requestTitle ?? null,
          requestSlug: reason.requestSlug ?? null,
        });
        break;
      case 'SIMILAR_TO_INTEREST': {
        const listing = listings?.find((candidate) => candidate.id === reason.assetId);
        if (!listing) break;
        records.push({
          ...NONE,
          kind: RecommendationReasonKind.SIMILAR_TO_INTEREST,
          listingTitle: italian ? listing.title_it : listing.title,
          listingSlug: listing.slug,
        });
        break;
      }
    }
  }
  return records;
}

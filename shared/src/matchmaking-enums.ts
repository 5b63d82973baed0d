// Matchmaking, explained: why a listing is recommended to a company, or a company proposed to an office. Each
// reason cites data that holds (the request, the sector, the range, the interest, the listing it showed interest
// in); the web words it in the reader's language.

export const RecommendationReasonKind = {
  /** The listing's text matches one of the company's open technology requests. */
  REQUEST: 'REQUEST',
  /** The listing falls under one of the company's sectors. */
  SECTOR: 'SECTOR',
  /** The listing's TRL lies within the company's range (or, when it has none, a matched request's). */
  TRL_RANGE: 'TRL_RANGE',
  /** The listing's text holds every word of one of the company's interests. */
  INTEREST: 'INTEREST',
  /** The listing shares sectors with one the company showed interest in. */
  SIMILAR_TO_INTEREST: 'SIMILAR_TO_INTEREST',
} as const;
export type RecommendationReasonKind = (typeof RecommendationReasonKind)[keyof typeof RecommendationReasonKind];

/** How many recommendations (or companies to approach) one request may ask for, and how many by default. */
export const RECOMMENDATIONS_MAX = 50;
export const RECOMMENDATIONS_DEFAULT = 10;

/** An officer invites a company to look at a listing once in this many days at most. */
export const LOOK_INVITATION_INTERVAL_DAYS = 30;

import { signLink, verifyLink } from '../../auth/signed-links.js';

// A saved search's Atom feed is followed without an account, by the address its owner copies from the saved-searches
// page: a token naming the owner and the search, signed for this purpose only (it unsubscribes nothing). Deleting
// the search ends the feed.

export function savedSearchFeedToken(secret: string, userId: number, savedSearchId: number): string {
  return signLink(secret, 'saved-search-feed', [userId, savedSearchId]);
}

/** The owner and the search a feed token names; null for a token not signed for feeds by this server. */
export function readSavedSearchFeedToken(
  secret: string,
  token: string,
): { userId: number; savedSearchId: number } | null {
  const ids = verifyLink(secret, 'saved-search-feed', token);
  if (ids?.length !== 2) return null;
  return { userId: ids[0]!, savedSearchId: ids[1]! };
}

import type { Viewer } from '../../auth/viewer.js';
import { isListingOffice } from '../listings/listing-access.js';
import { managesPlatform } from './platform-manager-access.js';

/**
 * Who sets a service listing's capacity: its office (officers of its institute, admins) and the managers of its
 * platform, who know when the facility is booked.
 */
export function canSetCapacity(
  viewer: Viewer | null,
  listing: { institutionId: number; platformId: number | null },
): boolean {
  return isListingOffice(viewer, listing) || managesPlatform(viewer, listing.institutionId, listing.platformId);
}

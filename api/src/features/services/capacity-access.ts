import type { Viewer } from '../../auth/viewer.js';
import { isListingOffice } from '../listings/listing-access.js';

/**
 * Who sets a service listing's capacity: its office (officers of its institute, admins). One function, so the
 * platform managers of the listing's platform can be added here alone.
 */
export function canSetCapacity(
  viewer: Viewer | null,
  listing: { institutionId: number; platformId: number | null },
): boolean {
  return isListingOffice(viewer, listing);
}

import { UserRole } from '@tt/shared/company-enums';
import { isOfficeOf, type OfficeScope, officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';

/**
 * Who reads companies' feedback on a listing: its office (officers of its institute, admins) and the researchers
 * who are its inventors. Companies never read it, not even their own (nor another company's).
 */
export function checkCanSeeListingFeedback(
  viewer: Viewer | null,
  listing: { institutionId: number },
  inventorUserIds: readonly number[],
): void {
  if (!viewer) throw unauthenticated();
  if (isOfficeOf(viewer, listing.institutionId)) return;
  if (viewer.role === UserRole.RESEARCHER && inventorUserIds.includes(viewer.userId)) return;
  throw forbidden('LISTING_FEEDBACK_NOT_VISIBLE');
}

/** Which company gave a feedback is the office's to know: its inventors read the reason and the comment only. */
export function seesFeedbackCompany(viewer: Viewer | null, listing: { institutionId: number }): boolean {
  return isOfficeOf(viewer, listing.institutionId);
}

/** The listings whose feedback the viewer counts together: their institute's (officers), all (admins). */
export function feedbackCountScope(viewer: Viewer | null): OfficeScope {
  if (!viewer) throw unauthenticated();
  const scope = officeScope(viewer);
  if (!scope) throw forbidden('FEEDBACK_COUNTS_OFFICE_ONLY');
  return scope;
}

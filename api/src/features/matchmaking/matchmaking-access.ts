import { UserRole } from '@tt/shared/company-enums';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';

/** Recommendations are a company's: its members see them (and dismiss them); nobody else does. */
export function recommendationsCompany(viewer: Viewer | null): number {
  if (!viewer) throw unauthenticated();
  if (viewer.role !== UserRole.COMPANY_MEMBER || viewer.companyId === null) {
    throw forbidden('RECOMMENDATIONS_COMPANY_MEMBERS_ONLY');
  }
  return viewer.companyId;
}

/**
 * The companies to approach about a listing, and inviting them to look at it: the office of the listing's institute
 * (and admins). Never another institute's officers, researchers or companies.
 */
export function checkCanApproachCompanies(viewer: Viewer | null, listing: { institutionId: number }): void {
  if (!viewer) throw unauthenticated();
  if (!isOfficeOf(viewer, listing.institutionId)) throw forbidden('COMPANIES_TO_APPROACH_OFFICE_ONLY');
}

/**
 * Whose expressions of interest may explain a company to approach: the office's own institute's listings (an officer
 * never learns what a company asked another institute), every institute's for admins (null).
 */
export function interestScope(viewer: Viewer): number | null {
  return viewer.role === UserRole.ADMIN ? null : viewer.institutionId;
}

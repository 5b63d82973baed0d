import { UserRole } from '@tt/shared/company-enums';
import type { OfficeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';

/**
 * Whose figures the viewer reads: an officer their own institute's (asking for another is refused), an admin any
 * institute's or, asking for none, the whole network's. Companies, researchers and visitors read none.
 */
export function dashboardScope(viewer: Viewer | null, institutionId: number | null): OfficeScope {
  if (!viewer) throw unauthenticated();
  if (viewer.role === UserRole.ADMIN) return institutionId === null ? { all: true } : { institutionId };
  if (viewer.role !== UserRole.TT_OFFICER || viewer.institutionId === null) {
    throw forbidden('OFFICE_DASHBOARD_OFFICE_ONLY');
  }
  if (institutionId !== null && institutionId !== viewer.institutionId) {
    throw forbidden('OFFICE_DASHBOARD_OWN_INSTITUTE_ONLY');
  }
  return { institutionId: viewer.institutionId };
}

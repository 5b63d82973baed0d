import { UserRole } from '@tt/shared/company-enums';
import { seesOfficeOnly } from '@tt/shared/eoi-office-only';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { managesPlatform } from '../services/platform-manager-access.js';

/** What decides who may see an EoI: the company that sent it, the institute that owns the asset and its platform. */
export interface EoiScope {
  companyId: number;
  institutionId: number;
  /** The listing's platform (null when it has none): its managers are on the office side. */
  platformId: number | null;
}

/**
 * Which side of an EoI the viewer is on: the office (officers of the asset's institute, admins, and the managers
 * of the listing's platform), the company (any member of the company that sent it), or neither (sees nothing of it).
 */
export function eoiSide(viewer: Viewer | null, eoi: EoiScope): EoiActor | null {
  if (!viewer) return null;
  if (isOfficeOf(viewer, eoi.institutionId)) return 'OFFICE';
  if (managesPlatform(viewer, eoi.institutionId, eoi.platformId)) return 'OFFICE';
  if (viewer.role === UserRole.COMPANY_MEMBER && viewer.companyId === eoi.companyId) return 'COMPANY';
  return null;
}

/** Who may list EoIs at all (each sees only their own scope). Researchers see counts on their listings only. */
export function canListEois(viewer: Viewer): boolean {
  return viewer.role !== UserRole.RESEARCHER;
}

/** What the office keeps about an EoI (its priority, internal notes) is for the office side only, never the company. */
export function seesOfficeData(viewer: Viewer | null, eoi: EoiScope): boolean {
  return seesOfficeOnly(eoiSide(viewer, eoi));
}

import { UserRole } from '@tt/shared/company-enums';
import { seesOfficeOnly } from '@tt/shared/eoi-office-only';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';

/** What decides who may see an EoI: the company that sent it and the institute that owns the asset. */
export interface EoiScope {
  companyId: number;
  institutionId: number;
}

/**
 * Which side of an EoI the viewer is on: the office (officers of the asset's institute, and admins),
 * the company (any member of the company that sent it), or neither (sees nothing of it).
 */
export function eoiSide(viewer: Viewer | null, eoi: EoiScope): EoiActor | null {
  if (!viewer) return null;
  if (isOfficeOf(viewer, eoi.institutionId)) return 'OFFICE';
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

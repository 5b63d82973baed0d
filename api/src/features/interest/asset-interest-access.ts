import { UserRole } from '@tt/shared/company-enums';
import { isOfficeOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';

/**
 * Who may see how much interest a listing drew: its office (officers of its institute), admins, and the
 * researchers who are its inventors. Never which companies: that stays with the office.
 */
export function checkCanSeeAssetInterest(
  viewer: Viewer | null,
  asset: { institutionId: number },
  inventorUserIds: readonly number[],
): void {
  if (!viewer) throw unauthenticated();
  if (isOfficeOf(viewer, asset.institutionId)) return;
  if (viewer.role === UserRole.RESEARCHER && inventorUserIds.includes(viewer.userId)) return;
  throw forbidden('ASSET_INTEREST_NOT_VISIBLE');
}

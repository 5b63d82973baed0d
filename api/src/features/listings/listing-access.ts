import type { Database } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import { type Expression, expressionBuilder, type SqlBool } from 'kysely';
import { isOfficeOf, officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';

/**
 * The office of a listing: the officers of its institute, and admins. They alone write listings and
 * see them in every status; everyone else sees a listing only while it is PUBLISHED.
 */
export function isListingOffice(viewer: Viewer | null, asset: { institutionId: number }): boolean {
  return isOfficeOf(viewer, asset.institutionId);
}

/** Officers and admins write listings at all (of which institute is the next question). */
export function writesListings(viewer: Viewer | null): boolean {
  return viewer?.role === UserRole.ADMIN || viewer?.role === UserRole.TT_OFFICER;
}

/** Conditions over an asset aliased `a`, typed against the asset table. */
const overAsset = expressionBuilder<{ a: Database['asset'] }, 'a'>();

/** The same rule as a condition over an asset aliased `a`: what the viewer may see of listings in any status. */
export function visibleAssetsCondition(viewer: Viewer | null): Expression<SqlBool> {
  const eb = overAsset;
  const office = officeScope(viewer);
  if (!office) return eb('a.status', '=', AssetStatus.PUBLISHED);
  return 'all' in office
    ? eb.lit(true)
    : eb.or([eb('a.status', '=', AssetStatus.PUBLISHED), eb('a.institution_id', '=', office.institutionId)]);
}

/** Names visibleAssetsCondition's condition for this viewer (the same name, the same condition): a statement's key. */
export function visibleAssetsConditionKey(viewer: Viewer | null): string {
  const office = officeScope(viewer);
  return !office ? 'published' : 'all' in office ? 'all' : `institute-${office.institutionId}`;
}

/** The listings an office manages, in every status (over an asset aliased `a`): all for admins, the institute's for officers; null for anyone else. */
export function officeListingsCondition(viewer: Viewer | null): Expression<SqlBool> | null {
  const eb = overAsset;
  const office = officeScope(viewer);
  if (!office) return null;
  return 'all' in office ? eb.lit(true) : eb('a.institution_id', '=', office.institutionId);
}

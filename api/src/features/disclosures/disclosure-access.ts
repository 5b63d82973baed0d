import { UserRole } from '@tt/shared/company-enums';
import type { DisclosureActor } from '@tt/shared/disclosure-transitions';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { isOfficeOf, officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DisclosureTables } from './disclosure-records.js';

/**
 * What decides who may see a disclosure: its institute, the researcher accounts on it, and whether it
 * was ever submitted (the reference number is given at the first submission).
 */
export interface DisclosureScope {
  institutionId: number;
  researcherIds: readonly number[];
  referenceNumber: string | null;
}

/**
 * Which side of a disclosure the viewer is on: the office (officers of its institute, and admins),
 * its researchers, or neither (sees nothing of it, not even that it exists). A draft that was never
 * submitted is the researchers' work in progress: the office sees it from the first submission on.
 */
export function disclosureSide(viewer: Viewer | null, disclosure: DisclosureScope): DisclosureActor | null {
  if (!viewer) return null;
  if (viewer.role === UserRole.RESEARCHER) {
    return disclosure.researcherIds.includes(viewer.userId) ? 'RESEARCHER' : null;
  }
  if (disclosure.referenceNumber === null) return null;
  return isOfficeOf(viewer, disclosure.institutionId) ? 'OFFICE' : null;
}

/** The same rule as a condition on a disclosure aliased `d`, for lists. */
export function visibleDisclosures(
  viewer: Viewer,
): (eb: ExpressionBuilder<DisclosureTables, 'd'>) => Expression<SqlBool> {
  const office = officeScope(viewer);
  if (office) {
    return 'all' in office
      ? (eb) => eb('d.reference_number', 'is not', null)
      : (eb) => eb.and([eb('d.institution_id', '=', office.institutionId), eb('d.reference_number', 'is not', null)]);
  }
  if (viewer.role === UserRole.RESEARCHER) {
    return (eb) =>
      eb.exists(
        eb
          .selectFrom('disclosure_researcher as r')
          .select(eb.lit(1).as('one'))
          .whereRef('r.disclosure_id', '=', 'd.id')
          .where('r.user_id', '=', viewer.userId),
      );
  }
  return (eb) => eb.lit(false);
}

import { UserRole } from '@tt/shared/company-enums';
import type { DisclosureActor } from '@tt/shared/disclosure-transitions';
import { type RawBuilder, sql } from 'kysely';
import { isOfficeOf, officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';

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

/** The same rule as SQL over a disclosure aliased `d`, for lists. */
export function visibleDisclosuresSql(viewer: Viewer): RawBuilder<unknown> {
  const office = officeScope(viewer);
  if (office) {
    return 'all' in office
      ? sql`d.reference_number is not null`
      : sql`d.institution_id = ${office.institutionId} and d.reference_number is not null`;
  }
  if (viewer.role === UserRole.RESEARCHER) {
    return sql`exists (select 1 from disclosure_researcher r where r.disclosure_id = d.id and r.user_id = ${viewer.userId})`;
  }
  return sql`false`;
}

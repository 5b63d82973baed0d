import type { Database } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import { type Expression, expressionBuilder, type SqlBool } from 'kysely';
import { officeScope } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { type EoiScope, eoiSide } from '../interest/eoi-access.js';

// Who sees a quote, in one place: the two sides of its service request (eoi-access.ts decides them). Its office
// sends and revises it; the company that sent the request accepts or declines it; nobody else learns it exists.
// The list's condition below says the same in SQL: extend both together (a platform manager is on the office side
// of their platforms' requests through eoiSide, and lists their quotes through `visibleQuotesCondition`).

/** The viewer's side of a quote: the side of its EoI. */
export function quoteSide(viewer: Viewer | null, eoi: EoiScope): EoiActor | null {
  return eoiSide(viewer, eoi);
}

const overQuote = expressionBuilder<
  Database & { e: Database['expression_of_interest']; a: Database['asset'] },
  'e' | 'a'
>();

/**
 * The quotes the viewer may list, over their EoI `e` and its asset `a`: the company's members see their company's,
 * officers their institute's, admins all, platform managers their platforms'; nobody else any.
 */
export function visibleQuotesCondition(viewer: Viewer | null): Expression<SqlBool> {
  const eb = overQuote;
  if (!viewer) return eb.lit(false);
  const office = officeScope(viewer);
  if (office) return 'all' in office ? eb.lit(true) : eb('a.institution_id', '=', office.institutionId);
  if (viewer.role === UserRole.COMPANY_MEMBER && viewer.companyId !== null)
    return eb('e.company_id', '=', viewer.companyId);
  // The managers of the listing's platform (all of their own institute: managesPlatform's rule, in SQL).
  if (viewer.role === UserRole.PLATFORM_MANAGER && viewer.institutionId !== null && viewer.platformIds.length > 0)
    return eb.and([
      eb('a.institution_id', '=', viewer.institutionId),
      eb('a.platform_id', 'in', [...viewer.platformIds]),
    ]);
  return eb.lit(false);
}

import type { Language } from '@tt/shared/languages';
import { DASHBOARD_MAX_MONTHS, dashboardPeriodProblem, defaultDashboardPeriod } from '@tt/shared/office-dashboard';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { dashboardScope } from './office-dashboard-access.js';
import type { DashboardFilter } from './office-dashboard-records.js';

/**
 * What the viewer's dashboard counts over: whose figures (refused to anyone but the office and admins), and the
 * period (the last twelve months unless given; checked by the shared rule). No statement: each section runs its own.
 */
export function openDashboard(
  viewer: Viewer | null,
  request: { institutionId: number | null; from: Date | null; to: Date | null; language: Language },
  now = new Date(),
): DashboardFilter {
  const scope = dashboardScope(viewer, request.institutionId);
  const fallback = defaultDashboardPeriod(now);
  const period = { from: request.from ?? fallback.from, to: request.to ?? fallback.to };
  const problem = dashboardPeriodProblem(period);
  if (problem) throw badInput(problem, 'from', { max: DASHBOARD_MAX_MONTHS });
  return { scope, ...period, language: request.language };
}

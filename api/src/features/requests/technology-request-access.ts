import type { Database } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { RequestVisibility } from '@tt/shared/technology-request-enums';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Actor } from '../../auth/policies.js';

// Who sees and does what with technology requests, in one place. A PUBLIC request is in the directory for
// everyone; an OFFICES one only for the institutes (officers and researchers of every institute) and admins, and
// its own company. A response is the business of the requesting company and the responding institute only.

/** Officers and researchers of any institute, and admins: they see every request of every company. */
export function seesEveryRequest(viewer: Actor | null): boolean {
  return (
    viewer?.role === UserRole.ADMIN || viewer?.role === UserRole.TT_OFFICER || viewer?.role === UserRole.RESEARCHER
  );
}

/** A member of the company that published the request: edits, closes, reads every response, decides. */
export function isRequestingMember(viewer: Actor | null, companyId: number): boolean {
  return viewer?.role === UserRole.COMPANY_MEMBER && viewer.companyId !== null && viewer.companyId === companyId;
}

export function canSeeRequest(
  viewer: Actor | null,
  request: { companyId: number; visibility: RequestVisibility },
): boolean {
  return (
    request.visibility === RequestVisibility.PUBLIC ||
    seesEveryRequest(viewer) ||
    isRequestingMember(viewer, request.companyId)
  );
}

/** The condition on requests `r` that holds for those the viewer may see. */
export function visibleRequests(
  eb: ExpressionBuilder<Database & { r: Database['technology_request'] }, 'r'>,
  viewer: Actor | null,
): Expression<SqlBool> {
  if (seesEveryRequest(viewer)) return eb.lit(true);
  const isPublic = eb('r.visibility', '=', RequestVisibility.PUBLIC);
  if (viewer?.role === UserRole.COMPANY_MEMBER && viewer.companyId !== null) {
    return eb.or([isPublic, eb('r.company_id', '=', viewer.companyId)]);
  }
  return isPublic;
}

/** Officers respond for their institute (admins, of no institute, do not). */
export function canRespondToRequests(viewer: Actor | null): viewer is Actor & { institutionId: number } {
  return viewer?.role === UserRole.TT_OFFICER && viewer.institutionId !== null;
}

/**
 * Which responses to a request the viewer reads: all (its company's members, admins), those of one institute
 * (that institute's officers), or none (null: other companies, researchers, anonymous visitors).
 */
export type ResponseScope = { all: true } | { institutionId: number };

export function responseScope(viewer: Actor | null, request: { companyId: number }): ResponseScope | null {
  if (viewer?.role === UserRole.ADMIN || isRequestingMember(viewer, request.companyId)) return { all: true };
  if (canRespondToRequests(viewer)) return { institutionId: viewer.institutionId };
  return null;
}

export function canSeeResponse(
  viewer: Actor | null,
  request: { companyId: number },
  response: { institutionId: number },
): boolean {
  const scope = responseScope(viewer, request);
  return scope !== null && ('all' in scope || scope.institutionId === response.institutionId);
}

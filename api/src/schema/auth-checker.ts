import type { UserRole } from '@tt/shared/company-enums';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { forbidden, unauthenticated } from '../errors/domain-error.js';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(['ADMIN', ...])` one of those roles.
 * Finer rules (same institute, own company) are checked by the services.
 */
export const authChecker: AuthChecker<RequestContext, UserRole> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};

import type { UserRole } from '@tt/shared/company-enums';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  userId: number;
  sessionId: number;
  role: UserRole;
  institutionId: number | null;
  companyId: number | null;
  /** The platforms a platform manager manages (empty for everyone else): read with the session. */
  platformIds: readonly number[];
}

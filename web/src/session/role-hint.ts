import type { UserRole } from '../generated/graphql';

// The role this browser was last signed in with, remembered so that a page load draws the header of that role while
// the session is being asked for, instead of the visitors' header that then jumps to the member's (a layout shift
// on every signed-in page load). A hint for the layout only: what a user may see is always the server's answer.

const KEY = 'tt.role-hint';
const ROLES: readonly UserRole[] = ['ADMIN', 'COMPANY_MEMBER', 'PLATFORM_MANAGER', 'RESEARCHER', 'TT_OFFICER'];

export function roleHint(): UserRole | null {
  try {
    const value = localStorage.getItem(KEY);
    return ROLES.find((role) => role === value) ?? null;
  } catch {
    // Storage refused (privacy settings): the visitors' header until the session is known.
    return null;
  }
}

export function rememberRole(role: UserRole | null): void {
  try {
    if (role) localStorage.setItem(KEY, role);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused: no hint next time.
  }
}

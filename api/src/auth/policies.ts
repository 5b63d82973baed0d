import { UserRole } from '@tt/shared/company-enums';
import type { ErrorCode } from '@tt/shared/error-messages';
import type { Viewer } from './viewer.js';

// Who may do what, in one place. Pure functions of the viewer and the target: the services load
// what they need, ask here, and turn a denial into a GraphQL error (UNAUTHENTICATED, FORBIDDEN) or,
// for a target the user can correct, into a UserError.

/** The part of the viewer the rules look at. */
export type Actor = Pick<Viewer, 'userId' | 'role' | 'institutionId' | 'companyId'>;

/** How a denial reaches the client: an authorization failure (a GraphQL error), or input the user can correct. */
export type DenialKind = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CORRECTABLE';

export type Decision = { allowed: true } | { allowed: false; kind: DenialKind; code: ErrorCode; field: string | null };

const ALLOW: Decision = { allowed: true };

function deny(kind: DenialKind, code: ErrorCode, field: string | null = null): Decision {
  return { allowed: false, kind, code, field };
}

const UNAUTHENTICATED = deny('UNAUTHENTICATED', 'UNAUTHENTICATED');
const forbid = (code: ErrorCode) => deny('FORBIDDEN', code);
const correctable = (code: ErrorCode, field: string) => deny('CORRECTABLE', code, field);

/** Denials that are authorization failures (GraphQL errors) rather than input the user can correct. */
export function isAuthorizationDenial(decision: Decision): boolean {
  return !decision.allowed && decision.kind !== 'CORRECTABLE';
}

/**
 * The office of an institute: its technology-transfer officers, and admins (the office of every
 * institute). The one rule behind each "office side" (EoIs, disclosures, listings, a listing's interest).
 */
export function isOfficeOf(viewer: Actor | null, institutionId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === UserRole.ADMIN) return true;
  return viewer.role === UserRole.TT_OFFICER && viewer.institutionId !== null && viewer.institutionId === institutionId;
}

/** The same rule for lists: the institutes whose office the viewer is, all (admins) or one (officers); null when none. */
export type OfficeScope = { all: true } | { institutionId: number };

export function officeScope(viewer: Actor | null): OfficeScope | null {
  if (viewer?.role === UserRole.ADMIN) return { all: true };
  if (viewer?.role === UserRole.TT_OFFICER && viewer.institutionId !== null)
    return { institutionId: viewer.institutionId };
  return null;
}

/** A role together with the organisation it belongs to. */
export interface Membership {
  role: UserRole;
  institutionId: number | null;
  companyId: number | null;
}

const INSTITUTE_ROLES: ReadonlySet<UserRole> = new Set([
  UserRole.RESEARCHER,
  UserRole.TT_OFFICER,
  UserRole.PLATFORM_MANAGER,
]);

/**
 * Officers, researchers and platform managers belong to exactly one institute, company members to exactly one company,
 * admins to neither (the database's membership check, with admins kept organisation-free).
 */
export function membershipPolicy(target: Membership): Decision {
  if (INSTITUTE_ROLES.has(target.role)) {
    if (target.institutionId === null) return correctable('INSTITUTION_REQUIRED', 'institutionId');
    if (target.companyId !== null) return correctable('INSTITUTE_ROLE_WITHOUT_COMPANY', 'companyId');
    return ALLOW;
  }
  if (target.role === UserRole.COMPANY_MEMBER) {
    if (target.companyId === null) return correctable('COMPANY_REQUIRED', 'companyId');
    if (target.institutionId !== null) return correctable('COMPANY_MEMBER_WITHOUT_INSTITUTE', 'institutionId');
    return ALLOW;
  }
  if (target.institutionId !== null || target.companyId !== null) {
    return correctable('ADMIN_WITHOUT_ORGANISATION', target.institutionId !== null ? 'institutionId' : 'companyId');
  }
  return ALLOW;
}

/**
 * Who may invite (or revoke an invitation for) whom: an admin anyone; an officer researchers,
 * officers and platform managers of their own institute; a company member colleagues of their own company; a researcher nobody.
 */
export function inviteAuthority(viewer: Actor | null, target: Membership): Decision {
  if (!viewer) return UNAUTHENTICATED;
  switch (viewer.role) {
    case UserRole.ADMIN:
      return ALLOW;
    case UserRole.TT_OFFICER:
      if (!INSTITUTE_ROLES.has(target.role)) return forbid('INVITE_OWN_INSTITUTE_ROLES_ONLY');
      if (viewer.institutionId === null || target.institutionId !== viewer.institutionId)
        return forbid('INVITE_OWN_INSTITUTE_ONLY');
      return ALLOW;
    case UserRole.COMPANY_MEMBER:
      if (target.role !== UserRole.COMPANY_MEMBER || viewer.companyId === null || target.companyId !== viewer.companyId)
        return forbid('INVITE_OWN_COMPANY_ONLY');
      return ALLOW;
    default:
      return forbid('RESEARCHERS_CANNOT_INVITE');
  }
}

/** May the viewer send this invitation? Authority first, then the shape of the membership. */
export function invitePolicy(viewer: Actor | null, target: Membership): Decision {
  const authority = inviteAuthority(viewer, target);
  return authority.allowed ? membershipPolicy(target) : authority;
}

/** May the viewer see and revoke an invitation already sent? The same rule as sending it. */
export function canManageInvitation(viewer: Actor | null, invitation: Membership): boolean {
  return inviteAuthority(viewer, invitation).allowed;
}

/** Which invitations the viewer may list: all, their institute's, their company's; null when none. */
export type InvitationScope = { all: true } | { institutionId: number } | { companyId: number };

export function invitationScope(viewer: Actor | null): InvitationScope | null {
  const office = officeScope(viewer);
  if (office) return office;
  if (viewer?.role === UserRole.COMPANY_MEMBER && viewer.companyId !== null) return { companyId: viewer.companyId };
  return null;
}

/** Admins manage users, roles and institutes. */
export function canManageUsers(viewer: Actor | null): boolean {
  return viewer?.role === UserRole.ADMIN;
}

export function canManageInstitutions(viewer: Actor | null): boolean {
  return viewer?.role === UserRole.ADMIN;
}

/** The network's own pages (about, privacy, terms, cookies): administrators write them. */
export function canEditSitePages(viewer: Actor | null): boolean {
  return viewer?.role === UserRole.ADMIN;
}

/** Which users the viewer may list: those of the institutes whose office they are (admins all); null when none. */
export type UserListScope = OfficeScope;

export function userListScope(viewer: Actor | null): UserListScope | null {
  return officeScope(viewer);
}

/** The user as far as visibility goes. */
export interface UserRef {
  userId: number;
  institutionId: number | null;
  companyId: number | null;
}

/** Oneself; any user for an admin; the users of their institute for an officer; colleagues for a company member. */
export function canSeeUser(viewer: Actor | null, user: UserRef): boolean {
  if (!viewer) return false;
  if (viewer.userId === user.userId) return true;
  switch (viewer.role) {
    case UserRole.ADMIN:
      return true;
    case UserRole.TT_OFFICER:
      return viewer.institutionId !== null && user.institutionId === viewer.institutionId;
    case UserRole.COMPANY_MEMBER:
      return viewer.companyId !== null && user.companyId === viewer.companyId;
    default:
      return false;
  }
}

/** Admins may edit any company's profile (naming the company). */
export function canEditAnyCompany(viewer: Actor | null): boolean {
  return viewer?.role === UserRole.ADMIN;
}

/** A company's profile is kept by its members; admins may edit any. */
export function canEditCompany(viewer: Actor | null, companyId: number): boolean {
  if (!viewer) return false;
  if (canEditAnyCompany(viewer)) return true;
  return viewer.role === UserRole.COMPANY_MEMBER && viewer.companyId === companyId;
}

/** Who works for a company is known to its members and to admins, never to the public directory. */
export function canSeeCompanyMembers(viewer: Actor | null, companyId: number): Decision {
  if (!viewer) return UNAUTHENTICATED;
  return canEditCompany(viewer, companyId) ? ALLOW : forbid('COMPANY_MEMBERS_NOT_VISIBLE');
}

/**
 * Listing a company in the public directory is the network's decision: administrators and
 * technology-transfer officers approve or decline the requests; a company member may only ask.
 */
export function reviewDirectoryListingPolicy(viewer: Actor | null): Decision {
  if (!viewer) return UNAUTHENTICATED;
  return viewer.role === UserRole.ADMIN || viewer.role === UserRole.TT_OFFICER
    ? ALLOW
    : forbid('DIRECTORY_REVIEW_OFFICE_ONLY');
}

/** Whether a company asked to be listed is known to its members and to those who decide, nobody else. */
export function canSeeDirectoryListingRequest(viewer: Actor | null, companyId: number): boolean {
  if (reviewDirectoryListingPolicy(viewer).allowed) return true;
  return viewer?.role === UserRole.COMPANY_MEMBER && viewer.companyId === companyId;
}

/** Admins change roles and memberships; no admin can take their own admin role away (someone must remain). */
export function setUserRolePolicy(viewer: Actor | null, user: UserRef, change: Membership): Decision {
  if (!viewer) return UNAUTHENTICATED;
  if (!canManageUsers(viewer)) return forbid('ROLES_ADMIN_ONLY');
  if (user.userId === viewer.userId && change.role !== UserRole.ADMIN) return correctable('CANNOT_DEMOTE_SELF', 'role');
  return membershipPolicy(change);
}

/** Admins disable and re-enable accounts, except their own. */
export function setUserDisabledPolicy(viewer: Actor | null, user: UserRef): Decision {
  if (!viewer) return UNAUTHENTICATED;
  if (!canManageUsers(viewer)) return forbid('DISABLE_ADMIN_ONLY');
  if (user.userId === viewer.userId) return correctable('CANNOT_DISABLE_SELF', 'userId');
  return ALLOW;
}

/** Admins alone manage the sector taxonomy: it is shared by every institute and company. */
export function canManageTaxonomy(viewer: Actor | null): boolean {
  return viewer?.role === UserRole.ADMIN;
}

/**
 * An institute's research platforms are managed by its office (officers of that institute, admins): the office
 * already publishes the listings that name them and invites their managers. Platform managers run a platform's
 * requests but do not create or retire platforms.
 */
export function canManagePlatformsOf(viewer: Actor | null, institutionId: number): boolean {
  return isOfficeOf(viewer, institutionId);
}

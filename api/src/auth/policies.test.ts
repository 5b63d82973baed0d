import { UserRole } from '@tt/shared/company-enums';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  canEditAnyCompany,
  canEditCompany,
  canManageInstitutions,
  canManageInvitation,
  canManageUsers,
  canSeeCompanyMembers,
  canSeeDirectoryListingRequest,
  canSeeUser,
  type Decision,
  invitationScope,
  invitePolicy,
  isAuthorizationDenial,
  isOfficeOf,
  type Membership,
  membershipPolicy,
  officeScope,
  reviewDirectoryListingPolicy,
  setUserDisabledPolicy,
  setUserRolePolicy,
  userListScope,
} from './policies.js';

const IRST = 1;
const INT = 2;
const ONCOPHARM = 10;
const MEDISENSE = 11;

const actors = {
  anonymous: null,
  admin: { userId: 1, role: UserRole.ADMIN, institutionId: null, companyId: null },
  officer: { userId: 2, role: UserRole.TT_OFFICER, institutionId: IRST, companyId: null },
  researcher: { userId: 3, role: UserRole.RESEARCHER, institutionId: IRST, companyId: null },
  member: { userId: 4, role: UserRole.COMPANY_MEMBER, institutionId: null, companyId: ONCOPHARM },
} satisfies Record<string, Actor | null>;
type ActorName = keyof typeof actors;
const ACTOR_NAMES = Object.keys(actors) as ActorName[];

function m(role: UserRole, institutionId: number | null, companyId: number | null): Membership {
  return { role, institutionId, companyId };
}

// A correctable denial of who belongs where, whatever the organisation that does not fit.
const MISPLACED = new Set([
  'INSTITUTE_ROLE_WITHOUT_COMPANY',
  'COMPANY_MEMBER_WITHOUT_INSTITUTE',
  'ADMIN_WITHOUT_ORGANISATION',
]);

/** OK, the kind of an authorization denial, or the code of a denial the user can correct. */
function outcome(decision: Decision): string {
  if (decision.allowed) return 'OK';
  if (decision.kind !== 'CORRECTABLE') return decision.kind;
  return MISPLACED.has(decision.code) ? 'ORGANISATION_NOT_ALLOWED' : decision.code;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const I = 'INSTITUTION_REQUIRED';
const C = 'COMPANY_REQUIRED';
const N = 'ORGANISATION_NOT_ALLOWED';

// Every role to invite, with its own organisation, another one, none, and the wrong kind of organisation.
// Columns: anonymous, admin, officer of IRST, researcher of IRST, member of OncoPharm.
const INVITE_TABLE: [string, Membership, Record<ActorName, string>][] = [
  ['researcher of IRST', m(UserRole.RESEARCHER, IRST, null), row(U, 'OK', 'OK', F, F)],
  ['researcher of INT', m(UserRole.RESEARCHER, INT, null), row(U, 'OK', F, F, F)],
  ['researcher without institute', m(UserRole.RESEARCHER, null, null), row(U, I, F, F, F)],
  ['researcher of IRST and OncoPharm', m(UserRole.RESEARCHER, IRST, ONCOPHARM), row(U, N, N, F, F)],
  ['researcher of OncoPharm', m(UserRole.RESEARCHER, null, ONCOPHARM), row(U, I, F, F, F)],
  ['officer of IRST', m(UserRole.TT_OFFICER, IRST, null), row(U, 'OK', 'OK', F, F)],
  ['officer of INT', m(UserRole.TT_OFFICER, INT, null), row(U, 'OK', F, F, F)],
  ['officer without institute', m(UserRole.TT_OFFICER, null, null), row(U, I, F, F, F)],
  ['officer of IRST and OncoPharm', m(UserRole.TT_OFFICER, IRST, ONCOPHARM), row(U, N, N, F, F)],
  ['member of OncoPharm', m(UserRole.COMPANY_MEMBER, null, ONCOPHARM), row(U, 'OK', F, F, 'OK')],
  ['member of MediSense', m(UserRole.COMPANY_MEMBER, null, MEDISENSE), row(U, 'OK', F, F, F)],
  ['member without company', m(UserRole.COMPANY_MEMBER, null, null), row(U, C, F, F, F)],
  ['member of OncoPharm and IRST', m(UserRole.COMPANY_MEMBER, IRST, ONCOPHARM), row(U, N, F, F, N)],
  ['member of IRST', m(UserRole.COMPANY_MEMBER, IRST, null), row(U, C, F, F, F)],
  ['admin', m(UserRole.ADMIN, null, null), row(U, 'OK', F, F, F)],
  ['admin of IRST', m(UserRole.ADMIN, IRST, null), row(U, N, F, F, F)],
  ['admin of OncoPharm', m(UserRole.ADMIN, null, ONCOPHARM), row(U, N, F, F, F)],
];

function row(anonymous: string, admin: string, officer: string, researcher: string, member: string) {
  return { anonymous, admin, officer, researcher, member };
}

describe('invitePolicy: every inviter × invitee', () => {
  const cases = INVITE_TABLE.flatMap(([label, target, expected]) =>
    ACTOR_NAMES.map((actor) => [actor, label, target, expected[actor]] as const),
  );
  it.each(cases)('%s inviting a %s → %s', (actor, _label, target, expected) => {
    expect(outcome(invitePolicy(actors[actor], target))).toBe(expected);
  });

  it('an officer without an institute (inconsistent data) invites nobody', () => {
    const stray = { ...actors.officer, institutionId: null };
    expect(outcome(invitePolicy(stray, m(UserRole.RESEARCHER, null, null)))).toBe(F);
    expect(outcome(invitePolicy(stray, m(UserRole.RESEARCHER, IRST, null)))).toBe(F);
  });

  it('a member without a company (inconsistent data) invites nobody', () => {
    const stray = { ...actors.member, companyId: null };
    expect(outcome(invitePolicy(stray, m(UserRole.COMPANY_MEMBER, null, null)))).toBe(F);
  });

  it('names the field to correct, and only authorization denials are GraphQL errors', () => {
    const missing = invitePolicy(actors.admin, m(UserRole.RESEARCHER, null, null));
    expect(missing).toMatchObject({ allowed: false, field: 'institutionId' });
    expect(isAuthorizationDenial(missing)).toBe(false);
    expect(isAuthorizationDenial(invitePolicy(actors.researcher, m(UserRole.RESEARCHER, IRST, null)))).toBe(true);
    expect(isAuthorizationDenial(invitePolicy(null, m(UserRole.RESEARCHER, IRST, null)))).toBe(true);
    expect(isAuthorizationDenial(invitePolicy(actors.admin, m(UserRole.RESEARCHER, IRST, null)))).toBe(false);
  });
});

describe('canManageInvitation: revoking and listing follow who may send it', () => {
  const cases = INVITE_TABLE.filter(([, target]) => membershipPolicy(target).allowed).flatMap(
    ([label, target, expected]) =>
      ACTOR_NAMES.map((actor) => [actor, label, target, expected[actor] === 'OK'] as const),
  );
  it.each(cases)('%s, an invitation of a %s → %s', (actor, _label, target, expected) => {
    expect(canManageInvitation(actors[actor], target)).toBe(expected);
  });
});

describe('membershipPolicy', () => {
  it.each([
    [m(UserRole.RESEARCHER, IRST, null), 'OK'],
    [m(UserRole.TT_OFFICER, INT, null), 'OK'],
    [m(UserRole.COMPANY_MEMBER, null, MEDISENSE), 'OK'],
    [m(UserRole.ADMIN, null, null), 'OK'],
    [m(UserRole.RESEARCHER, null, null), I],
    [m(UserRole.TT_OFFICER, null, ONCOPHARM), I],
    [m(UserRole.TT_OFFICER, IRST, ONCOPHARM), N],
    [m(UserRole.COMPANY_MEMBER, null, null), C],
    [m(UserRole.COMPANY_MEMBER, INT, null), C],
    [m(UserRole.COMPANY_MEMBER, INT, MEDISENSE), N],
    [m(UserRole.ADMIN, INT, null), N],
    [m(UserRole.ADMIN, null, MEDISENSE), N],
  ])('%o → %s', (target, expected) => {
    expect(outcome(membershipPolicy(target))).toBe(expected);
  });
});

describe('scopes: which invitations and users each role may list', () => {
  it.each([
    ['anonymous', null, null],
    ['admin', { all: true }, { all: true }],
    ['officer', { institutionId: IRST }, { institutionId: IRST }],
    ['researcher', null, null],
    ['member', { companyId: ONCOPHARM }, null],
  ] as const)('%s: invitations %o, users %o', (actor, invitations, users) => {
    expect(invitationScope(actors[actor])).toEqual(invitations);
    expect(userListScope(actors[actor])).toEqual(users);
  });

  it('an officer without an institute lists nothing', () => {
    const stray = { ...actors.officer, institutionId: null };
    expect(invitationScope(stray)).toBeNull();
    expect(userListScope(stray)).toBeNull();
  });
});

describe('the office of an institute: its officers, and admins', () => {
  it.each([
    ['anonymous', false, false, null],
    ['admin', true, true, { all: true }],
    ['officer', true, false, { institutionId: IRST }],
    ['researcher', false, false, null],
    ['member', false, false, null],
  ] as const)('%s: of its institute %s, of another %s, lists %o', (actor, own, other, scope) => {
    expect(isOfficeOf(actors[actor], IRST)).toBe(own);
    expect(isOfficeOf(actors[actor], INT)).toBe(other);
    expect(officeScope(actors[actor])).toEqual(scope);
  });

  it("an officer without an institute is nobody's office", () => {
    const stray = { ...actors.officer, institutionId: null };
    expect(isOfficeOf(stray, IRST)).toBe(false);
    expect(officeScope(stray)).toBeNull();
  });
});

describe('canManageUsers and canManageInstitutions: admins only', () => {
  it.each(ACTOR_NAMES)('%s', (actor) => {
    expect(canManageUsers(actors[actor])).toBe(actor === 'admin');
    expect(canManageInstitutions(actors[actor])).toBe(actor === 'admin');
  });
});

describe('canSeeUser: every viewer × user', () => {
  const users = {
    themselves: null, // the actor's own account
    'another admin': { userId: 90, institutionId: null, companyId: null },
    'an officer of IRST': { userId: 91, institutionId: IRST, companyId: null },
    'a researcher of IRST': { userId: 92, institutionId: IRST, companyId: null },
    'a researcher of INT': { userId: 93, institutionId: INT, companyId: null },
    'a member of OncoPharm': { userId: 94, institutionId: null, companyId: ONCOPHARM },
    'a member of MediSense': { userId: 95, institutionId: null, companyId: MEDISENSE },
  };
  const expected: Record<keyof typeof users, Record<ActorName, boolean>> = {
    themselves: { anonymous: false, admin: true, officer: true, researcher: true, member: true },
    'another admin': { anonymous: false, admin: true, officer: false, researcher: false, member: false },
    'an officer of IRST': { anonymous: false, admin: true, officer: true, researcher: false, member: false },
    'a researcher of IRST': { anonymous: false, admin: true, officer: true, researcher: false, member: false },
    'a researcher of INT': { anonymous: false, admin: true, officer: false, researcher: false, member: false },
    'a member of OncoPharm': { anonymous: false, admin: true, officer: false, researcher: false, member: true },
    'a member of MediSense': { anonymous: false, admin: true, officer: false, researcher: false, member: false },
  };
  const cases = (Object.keys(users) as (keyof typeof users)[]).flatMap((user) =>
    ACTOR_NAMES.map((actor) => [actor, user, expected[user][actor]] as const),
  );
  it.each(cases)('%s sees %s → %s', (actor, user, allowed) => {
    const viewer = actors[actor];
    const target = users[user] ?? (viewer ? { ...viewer } : { userId: 0, institutionId: null, companyId: null });
    expect(canSeeUser(viewer, target)).toBe(allowed);
  });
});

describe('companies: editing the profile and seeing the members', () => {
  it.each([
    ['anonymous', ONCOPHARM, false, U],
    ['anonymous', MEDISENSE, false, U],
    ['admin', ONCOPHARM, true, 'OK'],
    ['admin', MEDISENSE, true, 'OK'],
    ['officer', ONCOPHARM, false, F],
    ['officer', MEDISENSE, false, F],
    ['researcher', ONCOPHARM, false, F],
    ['researcher', MEDISENSE, false, F],
    ['member', ONCOPHARM, true, 'OK'],
    ['member', MEDISENSE, false, F],
  ] as const)('%s, company %i: edit %s, members %s', (actor, company, edit, members) => {
    expect(canEditCompany(actors[actor], company)).toBe(edit);
    expect(canEditAnyCompany(actors[actor])).toBe(actor === 'admin');
    expect(outcome(canSeeCompanyMembers(actors[actor], company))).toBe(members);
  });
});

describe('the public directory: who decides a listing, who sees that one was asked for', () => {
  it.each([
    ['anonymous', U, false, false],
    ['admin', 'OK', true, true],
    ['officer', 'OK', true, true],
    ['researcher', F, false, false],
    ['member', F, true, false],
  ] as const)(
    '%s: review %s, sees the request of OncoPharm (the member’s own) %s, of MediSense %s',
    (actor, review, own, other) => {
      expect(outcome(reviewDirectoryListingPolicy(actors[actor]))).toBe(review);
      expect(canSeeDirectoryListingRequest(actors[actor], ONCOPHARM)).toBe(own);
      expect(canSeeDirectoryListingRequest(actors[actor], MEDISENSE)).toBe(other);
    },
  );

  it('a member without a company (inconsistent data) sees no request', () => {
    const stray = { ...actors.member, companyId: null };
    expect(canSeeDirectoryListingRequest(stray, ONCOPHARM)).toBe(false);
    expect(outcome(reviewDirectoryListingPolicy(stray))).toBe(F);
  });
});

describe('setUserRolePolicy', () => {
  const other = { userId: 50, institutionId: IRST, companyId: null };
  it.each([
    ['anonymous', other, m(UserRole.TT_OFFICER, IRST, null), U],
    ['officer', other, m(UserRole.TT_OFFICER, IRST, null), F],
    ['researcher', other, m(UserRole.TT_OFFICER, IRST, null), F],
    ['member', other, m(UserRole.TT_OFFICER, IRST, null), F],
    ['admin', other, m(UserRole.TT_OFFICER, IRST, null), 'OK'],
    ['admin', other, m(UserRole.COMPANY_MEMBER, null, ONCOPHARM), 'OK'],
    ['admin', other, m(UserRole.ADMIN, null, null), 'OK'],
    ['admin', other, m(UserRole.TT_OFFICER, null, null), I],
    ['admin', other, m(UserRole.COMPANY_MEMBER, IRST, null), C],
    ['admin', other, m(UserRole.ADMIN, IRST, null), N],
    ['admin', { userId: 1, institutionId: null, companyId: null }, m(UserRole.ADMIN, null, null), 'OK'],
    [
      'admin',
      { userId: 1, institutionId: null, companyId: null },
      m(UserRole.TT_OFFICER, IRST, null),
      'CANNOT_DEMOTE_SELF',
    ],
    [
      'admin',
      { userId: 1, institutionId: null, companyId: null },
      m(UserRole.COMPANY_MEMBER, null, ONCOPHARM),
      'CANNOT_DEMOTE_SELF',
    ],
  ] as const)('%s changing user %o to %o → %s', (actor, user, change, expected) => {
    expect(outcome(setUserRolePolicy(actors[actor], user, change))).toBe(expected);
  });
});

describe('setUserDisabledPolicy', () => {
  it.each([
    ['anonymous', 50, U],
    ['officer', 50, F],
    ['researcher', 50, F],
    ['member', 50, F],
    ['admin', 50, 'OK'],
    ['admin', 1, 'CANNOT_DISABLE_SELF'],
  ] as const)('%s disabling user %i → %s', (actor, userId, expected) => {
    expect(outcome(setUserDisabledPolicy(actors[actor], { userId, institutionId: null, companyId: null }))).toBe(
      expected,
    );
  });
});

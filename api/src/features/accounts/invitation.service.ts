import type { Database, Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import { isEmail, normalizeEmail } from '@tt/shared/password-policy';
import { acceptInvitationPath } from '@tt/shared/web-routes';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { enforce } from '../../auth/enforce-policy.js';
import { hashPassword } from '../../auth/passwords.js';
import { canManageInvitation, invitationScope, invitePolicy, type Membership } from '../../auth/policies.js';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import { createSession, endSession, type SessionMeta } from '../../auth/session.service.js';
import { hashToken, looksLikeToken, newToken } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { type MailLinks, mailLink } from '../../mail/mail-links.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage } from '../../pagination/page-info.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { platformIdsOf, platformsProblem, setManagedPlatforms } from '../services/platform-manager.service.js';
import { termsAcceptance } from '../site-pages/site-page.service.js';
import { type AccountResult, validateName, validatePassword } from './account.service.js';
import {
  type InvitationPreviewRecord,
  type InvitationRecord,
  type InvitationStatus,
  insertAccount,
  invitationStatus,
  missingOrganisation,
  selectInvitations,
  toInvitationRecord,
} from './user-records.js';

export const INVITATION_TTL_DAYS = 7;
const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000;

export type InvitationResult = { ok: true; invitation: InvitationRecord } | { ok: false; errors: UserError[] };

const INVALID_INVITATION = userError('INVITATION_TOKEN_INVALID', 'token');
const EXPIRED_INVITATION = userError('INVITATION_EXPIRED', 'token');

/** The invitation with this id, or behind this link's token hash. */
async function findInvitation(db: Db, key: { id: number } | { tokenHash: string }): Promise<InvitationRecord | null> {
  const query = selectInvitations(db);
  const row = await ('id' in key
    ? query.where('v.id', '=', key.id)
    : query.where('v.token_hash', '=', key.tokenHash)
  ).executeTakeFirst();
  return row ? toInvitationRecord(row) : null;
}

/** The organisation named by the input, defaulting to the inviter's own for officers and company members. */
function targetOf(
  viewer: Viewer,
  input: { role: UserRole; institutionId?: string | null; companyId?: string | null },
): Membership {
  let institutionId = input.institutionId ? expectGlobalId(input.institutionId, 'Institution', 'institutionId') : null;
  let companyId = input.companyId ? expectGlobalId(input.companyId, 'Company', 'companyId') : null;
  if (institutionId === null && companyId === null) {
    if (
      viewer.role === UserRole.TT_OFFICER &&
      (input.role === UserRole.RESEARCHER ||
        input.role === UserRole.TT_OFFICER ||
        input.role === UserRole.PLATFORM_MANAGER)
    )
      institutionId = viewer.institutionId;
    if (viewer.role === UserRole.COMPANY_MEMBER && input.role === UserRole.COMPANY_MEMBER) companyId = viewer.companyId;
  }
  return { role: input.role, institutionId, companyId };
}

/**
 * Creates the invitation row and e-mails its link, in the language the inviter uses (the invitee has no account,
 * hence no language of their own, yet); the caller has checked everything.
 */
async function sendInvitation(
  db: Db,
  inviterId: number,
  email: string,
  target: Membership,
  links: MailLinks,
  platformIds: readonly number[] = [],
): Promise<InvitationRecord> {
  const { token, hash } = newToken();
  const now = new Date();
  const { id } = await db
    .insertInto('invitation')
    .values({
      email,
      role: target.role,
      institution_id: target.institutionId,
      company_id: target.companyId,
      platform_ids: sql<number[]>`${JSON.stringify(platformIds)}::jsonb`,
      invited_by_id: inviterId,
      token_hash: hash,
      created_at: now,
      expires_at: new Date(now.getTime() + INVITATION_TTL_MS),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const invitation = (await findInvitation(db, { id }))!;
  const network = target.institutionId === null && target.companyId === null;
  await enqueueMail(db, {
    to: email,
    language: links.language,
    template: 'invitation',
    data: {
      inviterName: invitation.invitedByName ?? '',
      organisationName: network ? '' : invitation.organisationName,
      role: target.role,
      acceptUrl: mailLink(links.publicUrl, links.language, acceptInvitationPath(token)),
      expiresInDays: INVITATION_TTL_DAYS,
    },
  });
  return invitation;
}

const EMAIL_TAKEN = userError('INVITEE_HAS_ACCOUNT', 'email');

/**
 * Whether the address has an account, when the inviter may know it: administrators (who see every user) and
 * the organisation the account belongs to. Anyone else's invitation to an address with an account goes out
 * like any other, so inviting cannot probe who has an account elsewhere; accepting it then tells the
 * address's owner alone that the account exists.
 */
async function knownAccount(db: Db, viewer: Viewer, email: string, target: Membership): Promise<boolean> {
  const account = await db
    .selectFrom('app_user')
    .select(['institution_id', 'company_id'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!account) return false;
  if (viewer.role === UserRole.ADMIN) return true;
  return (
    (target.companyId !== null && account.company_id === target.companyId) ||
    (target.institutionId !== null && account.institution_id === target.institutionId)
  );
}

/** Invitations per inviter and per organisation (rate-limits.ts); administrators run the network and are not limited. */
async function consumeInvitationLimits(limiter: RateLimiter, viewer: Viewer, target: Membership): Promise<void> {
  if (viewer.role === UserRole.ADMIN) return;
  await limiter.consume('INVITATIONS_PER_ACCOUNT', String(viewer.userId));
  const organisation =
    target.companyId !== null ? `company:${target.companyId}` : `institution:${target.institutionId}`;
  await limiter.consume('INVITATIONS_PER_ORGANISATION', organisation);
}

/** Withdraws the open invitations to this address for this organisation (a new one replaces them). */
async function revokeOpenInvitations(db: Db, email: string, target: Membership): Promise<void> {
  await db
    .updateTable('invitation')
    .set((eb) => ({ revoked_at: eb.fn<Date>('now') }))
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('institution_id', 'is not distinct from', target.institutionId)
    .where('company_id', 'is not distinct from', target.companyId)
    .execute();
}

/**
 * Invites someone by e-mail for 7 days. Refused when the address already has an account the inviter may
 * know of (see knownAccount); an open invitation of the same address to the same organisation is replaced
 * (new link, old one withdrawn).
 */
export async function inviteUser(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: {
    email: string;
    role: UserRole;
    institutionId?: string | null;
    companyId?: string | null;
    platformIds?: string[] | null;
  },
  links: MailLinks,
): Promise<InvitationResult> {
  const target = targetOf(viewer, input);
  const platformIds = platformIdsOf(input.platformIds);
  const membershipError = enforce(invitePolicy(viewer, target));
  const errors: UserError[] = [];
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) errors.push(userError('EMAIL_INVALID', 'email'));
  if (membershipError) errors.push(membershipError);
  else {
    const missing = (await missingOrganisation(db, target)) ?? (await platformsProblem(db, target, platformIds));
    if (missing) errors.push(missing);
  }
  if (errors.length) return { ok: false, errors };

  if (await knownAccount(db, viewer, email, target)) return { ok: false, errors: [EMAIL_TAKEN] };
  await consumeInvitationLimits(limiter, viewer, target);
  await revokeOpenInvitations(db, email, target);
  return { ok: true, invitation: await sendInvitation(db, viewer.userId, email, target, links, platformIds) };
}

/** Loads an invitation the viewer may manage; FORBIDDEN when it belongs to another organisation. */
async function managedInvitation(db: Db, viewer: Viewer, id: string): Promise<InvitationRecord | null> {
  const invitation = await findInvitation(db, { id: expectGlobalId(id, 'Invitation', 'id') });
  if (invitation && !canManageInvitation(viewer, invitation)) throw forbidden('INVITATION_NOT_YOURS');
  return invitation;
}

const NO_SUCH_INVITATION = userError('INVITATION_NOT_FOUND', 'id');
const ALREADY_ACCEPTED = userError('INVITATION_ALREADY_ACCEPTED', 'id');

/** Withdraws an invitation; its link stops working. Withdrawing it again changes nothing. */
export async function revokeInvitation(db: Db, viewer: Viewer, id: string): Promise<InvitationResult> {
  const invitation = await managedInvitation(db, viewer, id);
  if (!invitation) return { ok: false, errors: [NO_SUCH_INVITATION] };
  if (invitation.status === 'ACCEPTED') return { ok: false, errors: [ALREADY_ACCEPTED] };
  await db
    .updateTable('invitation')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.fn<Date>('now')) }))
    .where('id', '=', invitation.dbId)
    .execute();
  return { ok: true, invitation: (await findInvitation(db, { id: invitation.dbId }))! };
}

/** Sends an open, withdrawn or expired invitation again: a new link for 7 days, the old link withdrawn. */
export async function resendInvitation(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  id: string,
  links: MailLinks,
): Promise<InvitationResult> {
  const invitation = await managedInvitation(db, viewer, id);
  if (!invitation) return { ok: false, errors: [NO_SUCH_INVITATION] };
  if (invitation.status === 'ACCEPTED') return { ok: false, errors: [ALREADY_ACCEPTED] };
  if (await knownAccount(db, viewer, invitation.email, invitation)) {
    return { ok: false, errors: [{ ...EMAIL_TAKEN, field: 'id' }] };
  }
  await consumeInvitationLimits(limiter, viewer, invitation);
  const { platform_ids } = await db
    .selectFrom('invitation')
    .select('platform_ids')
    .where('id', '=', invitation.dbId)
    .executeTakeFirstOrThrow();
  await revokeOpenInvitations(db, invitation.email, invitation);
  return {
    ok: true,
    invitation: await sendInvitation(db, viewer.userId, invitation.email, invitation, links, platform_ids),
  };
}

/** What the accept page shows; null for a link that is unknown, used, withdrawn or expired. */
export async function previewInvitation(db: Db, token: string): Promise<InvitationPreviewRecord | null> {
  if (!looksLikeToken(token)) return null;
  const invitation = await findInvitation(db, { tokenHash: hashToken(token) });
  if (invitation?.status !== 'PENDING') return null;
  const { email, role, organisationName, expiresAt } = invitation;
  return { email, role, organisationName, expiresAt };
}

/**
 * Creates the invited account (its e-mail counts as verified: the link reached it), uses up the
 * invitation and signs in. The invitation row is locked, so one link makes at most one account.
 */
export async function acceptInvitation(
  db: Db,
  input: { token: string; name: string; password: string; acceptedTermsVersion?: number | null },
  meta: SessionMeta & { language: Language },
  previousSessionId: number | null,
): Promise<AccountResult> {
  if (!looksLikeToken(input.token)) return { ok: false, errors: [INVALID_INVITATION] };
  const invitation = await db
    .selectFrom('invitation')
    .select([
      'id',
      'email',
      'role',
      'institution_id',
      'company_id',
      'platform_ids',
      'expires_at',
      'accepted_at',
      'revoked_at',
    ])
    .where('token_hash', '=', hashToken(input.token))
    .forUpdate()
    .executeTakeFirst();
  if (!invitation) return { ok: false, errors: [INVALID_INVITATION] };
  const status = invitationStatus(invitation);
  if (status === 'EXPIRED') return { ok: false, errors: [EXPIRED_INVITATION] };
  if (status !== 'PENDING') return { ok: false, errors: [INVALID_INVITATION] };

  const errors: UserError[] = [];
  const nameError = validateName(input.name);
  if (nameError) errors.push(nameError);
  const passwordError = validatePassword(input.password, invitation.email);
  if (passwordError) errors.push(passwordError);
  const terms = await termsAcceptance(db, input.acceptedTermsVersion, meta.language);
  if (!terms.ok) errors.push(terms.error);
  if (errors.length || !terms.ok) return { ok: false, errors };

  const passwordHash = await hashPassword(input.password);
  const created = await insertAccount(db, {
    email: invitation.email,
    name: input.name.trim(),
    role: invitation.role,
    institution_id: invitation.institution_id,
    company_id: invitation.company_id,
    password_hash: passwordHash,
    // The language the invitation was accepted in; the person changes it on their account page.
    language: meta.language,
    // Following the invitation's link proves the address; accepting it signs in.
    email_verified_at: sql<Date>`now()`,
    last_login_at: sql<Date>`now()`,
    ...terms.columns,
  });
  if (created === null) {
    return {
      ok: false,
      errors: [userError('EMAIL_TAKEN', 'token')],
    };
  }
  // A platform manager's platforms, those still of the institute (one may have moved since the invitation).
  if (invitation.role === UserRole.PLATFORM_MANAGER && invitation.platform_ids.length) {
    const platforms = await db
      .selectFrom('platform')
      .select('id')
      .where('id', 'in', invitation.platform_ids)
      .where('institution_id', '=', invitation.institution_id ?? 0)
      .execute();
    await setManagedPlatforms(
      db,
      created,
      platforms.map((platform) => platform.id),
    );
  }
  await db
    .updateTable('invitation')
    .set((eb) => ({ accepted_at: eb.fn<Date>('now') }))
    .where('id', '=', invitation.id)
    .execute();
  // Other invitations to the same address are moot now.
  await db
    .updateTable('invitation')
    .set((eb) => ({ revoked_at: eb.fn<Date>('now') }))
    .where('email', '=', invitation.email)
    .where('id', '<>', invitation.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  if (previousSessionId) await endSession(db, previousSessionId);
  const token = await createSession(db, created, meta);
  return { ok: true, userId: created, token };
}

/** A condition on the invitation `v` (the list and its count share them). */
type InvitationCondition = (
  eb: ExpressionBuilder<Database & { v: Database['invitation'] }, 'v'>,
) => Expression<SqlBool>;

function scopeCondition(viewer: Viewer | null): InvitationCondition {
  if (!viewer) throw unauthenticated();
  const scope = invitationScope(viewer);
  if (!scope) throw forbidden('INVITATIONS_NOT_VISIBLE');
  if ('all' in scope) return (eb) => eb.lit(true);
  if ('institutionId' in scope) return (eb) => eb('v.institution_id', '=', scope.institutionId);
  return (eb) => eb('v.company_id', '=', scope.companyId);
}

/** Neither accepted nor revoked, and still valid ('>') or past its expiry ('<='): pending or expired. */
function unanswered(expiry: '>' | '<='): InvitationCondition {
  return (eb) =>
    eb.and([
      eb('v.accepted_at', 'is', null),
      eb('v.revoked_at', 'is', null),
      eb('v.expires_at', expiry, eb.fn<Date>('now')),
    ]);
}

function statusCondition(status: InvitationStatus | null): InvitationCondition {
  switch (status) {
    case 'PENDING':
      return unanswered('>');
    case 'ACCEPTED':
      return (eb) => eb('v.accepted_at', 'is not', null);
    case 'REVOKED':
      return (eb) => eb.and([eb('v.accepted_at', 'is', null), eb('v.revoked_at', 'is not', null)]);
    case 'EXPIRED':
      return unanswered('<=');
    default:
      return (eb) => eb.lit(true);
  }
}

/** The invitations the viewer may manage, newest first: all for admins, their institute's or company's otherwise. */
export async function listInvitations(
  db: Db,
  viewer: Viewer | null,
  args: { first: number; after: string | null; status: InvitationStatus | null },
) {
  const scope = scopeCondition(viewer);
  const status = statusCondition(args.status);
  const afterKey = args.after ? decodeCursor(args.after, 'NEWEST', ['id']) : null;
  const rows = await selectInvitations(db)
    .where(scope)
    .where(status)
    .$if(afterKey !== null, (query) => query.where('v.id', '<', afterKey![0] as number))
    .orderBy('v.id', 'desc')
    .limit(args.first + 1)
    .execute();
  const counted = await db
    .selectFrom('invitation as v')
    .select((eb) => eb.fn.countAll().as('count'))
    .where(scope)
    .where(status)
    .executeTakeFirst();
  const now = new Date();
  return {
    ...keysetPage(rows, args.first, Boolean(afterKey), (row) => ({
      cursor: encodeCursor('NEWEST', [row.id]),
      node: toInvitationRecord(row, now),
    })),
    totalCount: Number(counted?.count ?? 0),
  };
}

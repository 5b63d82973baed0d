import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { isEmail, normalizeEmail } from '@tt/shared/password-policy';
import { resetPasswordPath, verifyEmailPath } from '@tt/shared/web-routes';
import { hashPassword } from '../../auth/passwords.js';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import { endAllSessions } from '../../auth/session.service.js';
import { hashToken, looksLikeToken, newToken } from '../../auth/tokens.js';
import { toDate } from '../../database/to-date.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { issueVerificationToken, VERIFY_EMAIL_TTL_MS, validatePassword } from './account.service.js';

export const RESET_TTL_MS = 60 * 60 * 1000;

type Outcome = { ok: true } | { ok: false; errors: UserError[] };

const INVALID_LINK = userError('INVALID_TOKEN', 'token');
const EXPIRED_LINK = userError('TOKEN_EXPIRED', 'token');

/** Sends (again) the link that confirms the user's e-mail address. */
export async function sendVerificationEmail(db: Db, userId: number, publicUrl: string): Promise<void> {
  const user = await db
    .selectFrom('app_user')
    .select(['email', 'name', 'language'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return;
  const token = await issueVerificationToken(db, userId);
  await enqueueMail(db, {
    to: user.email,
    language: user.language,
    template: 'verify-email',
    data: {
      name: user.name,
      verifyUrl: mailLink(publicUrl, user.language, verifyEmailPath(token)),
      expiresInHours: VERIFY_EMAIL_TTL_MS / 3_600_000,
    },
  });
}

/** The "send the link again" button: nothing to do once verified; limited per account (rate-limits.ts). */
export async function resendVerificationEmail(
  db: Db,
  limiter: RateLimiter,
  userId: number,
  publicUrl: string,
): Promise<Outcome> {
  const user = await db
    .selectFrom('app_user')
    .select((eb) => eb('email_verified_at', 'is not', null).as('verified'))
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.verified) return { ok: true };
  await limiter.consume('VERIFICATION_PER_ACCOUNT', String(userId));
  await sendVerificationEmail(db, userId, publicUrl);
  return { ok: true };
}

/**
 * Finds a usable one-time token of the given purpose and locks it, so two simultaneous uses of one
 * link cannot both succeed. The caller marks it used once it acted on it.
 */
async function lockToken(
  db: Db,
  token: string,
  purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD',
): Promise<{ ok: true; userId: number; tokenId: number } | { ok: false; errors: UserError[] }> {
  if (!looksLikeToken(token)) return { ok: false, errors: [INVALID_LINK] };
  const row = await db
    .selectFrom('one_time_token')
    .select(['id', 'user_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.used_at) return { ok: false, errors: [INVALID_LINK] };
  if (toDate(row.expires_at).getTime() <= Date.now()) return { ok: false, errors: [EXPIRED_LINK] };
  return { ok: true, userId: row.user_id, tokenId: row.id };
}

async function markUsed(db: Db, tokenId: number): Promise<void> {
  await db
    .updateTable('one_time_token')
    .set((eb) => ({ used_at: eb.fn<Date>('now') }))
    .where('id', '=', tokenId)
    .execute();
}

export async function verifyEmail(db: Db, token: string): Promise<Outcome & { userId?: number }> {
  const used = await lockToken(db, token, 'VERIFY_EMAIL');
  if (!used.ok) return used;
  await markUsed(db, used.tokenId);
  await db
    .updateTable('app_user')
    .set((eb) => ({ email_verified_at: eb.fn.coalesce('email_verified_at', eb.fn<Date>('now')) }))
    .where('id', '=', used.userId)
    .execute();
  return { ok: true, userId: used.userId };
}

/**
 * Always answers the same, whether or not the address has an account, so the form reveals nothing: the
 * limits per requesting address and per e-mail address (rate-limits.ts) count every request alike.
 * When it has one, a single-use link valid for an hour is e-mailed.
 */
export async function requestPasswordReset(
  db: Db,
  limiter: RateLimiter,
  rawEmail: string,
  ip: string,
  publicUrl: string,
): Promise<Outcome> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) return { ok: false, errors: [userError('EMAIL_INVALID', 'email')] };
  await limiter.consume('PASSWORD_RESET_PER_ADDRESS', ip);
  await limiter.consume('PASSWORD_RESET_PER_EMAIL', email);
  const user = await db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.name', 'u.language'])
    .where('u.email', '=', email)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!user) return { ok: true };
  const { token, hash } = newToken();
  await db
    .insertInto('one_time_token')
    .values((eb) => ({
      user_id: user.id,
      purpose: 'RESET_PASSWORD',
      token_hash: hash,
      created_at: eb.fn<Date>('now'),
      expires_at: new Date(Date.now() + RESET_TTL_MS),
    }))
    .execute();
  await enqueueMail(db, {
    to: email,
    language: user.language,
    template: 'password-reset',
    data: {
      name: user.name,
      resetUrl: mailLink(publicUrl, user.language, resetPasswordPath(token)),
      expiresInMinutes: RESET_TTL_MS / 60_000,
    },
  });
  return { ok: true };
}

/** Sets a new password from a reset link; every session of the account ends. A refused password keeps the link usable. */
export async function resetPassword(db: Db, token: string, password: string): Promise<Outcome> {
  const used = await lockToken(db, token, 'RESET_PASSWORD');
  if (!used.ok) return used;
  const user = await db
    .selectFrom('app_user')
    .select(['email', 'name', 'language'])
    .where('id', '=', used.userId)
    .executeTakeFirstOrThrow();
  const problem = validatePassword(password, user.email);
  if (problem) return { ok: false, errors: [problem] };
  await setPassword(db, used.userId, password, user);
  // Other reset links of the account die with this one.
  await db
    .updateTable('one_time_token')
    .set((eb) => ({ used_at: eb.fn<Date>('now') }))
    .where('user_id', '=', used.userId)
    .where('purpose', '=', 'RESET_PASSWORD')
    .where('used_at', 'is', null)
    .execute();
  await endAllSessions(db, used.userId);
  return { ok: true };
}

/** Stores a new password hash and tells the owner by e-mail. */
export async function setPassword(
  db: Db,
  userId: number,
  password: string,
  user: { email: string; name: string; language: Language },
) {
  const passwordHash = await hashPassword(password);
  await db
    .updateTable('app_user')
    .set((eb) => ({ password_hash: passwordHash, password_changed_at: eb.fn<Date>('now') }))
    .where('id', '=', userId)
    .execute();
  await enqueueMail(db, {
    to: user.email,
    language: user.language,
    template: 'password-changed',
    data: { name: user.name, changedAt: new Date().toISOString() },
  });
}

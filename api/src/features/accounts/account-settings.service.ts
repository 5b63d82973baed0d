import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { PHONE_MAX_LENGTH, phoneProblem } from '@tt/shared/phone-number';
import { verifyPassword } from '../../auth/passwords.js';
import { createSession, endAllSessions, type SessionMeta } from '../../auth/session.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { languageOnSave } from '../../database/written-language.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { validateName, validatePassword } from './account.service.js';
import { setPassword } from './account-recovery.service.js';

/**
 * Changing the password ends every session of the account, this one included; the browser that
 * made the change gets a fresh session so it stays signed in.
 */
export async function changePassword(
  db: Db,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
  meta: SessionMeta,
): Promise<{ ok: true; token: string } | { ok: false; errors: UserError[] }> {
  const user = await db
    .selectFrom('app_user')
    .select(['email', 'name', 'language', 'password_hash'])
    .where('id', '=', viewer.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword.slice(0, 500)))) {
    return {
      ok: false,
      errors: [userError('CURRENT_PASSWORD_INCORRECT', 'currentPassword')],
    };
  }
  const problem = validatePassword(input.newPassword, user.email, 'newPassword');
  if (problem) return { ok: false, errors: [problem] };
  await setPassword(db, viewer.userId, input.newPassword, user);
  await endAllSessions(db, viewer.userId);
  return { ok: true, token: await createSession(db, viewer.userId, meta) };
}

/**
 * The person's name, title and work phone; a title that changes is taken to be written in `language` (the
 * request's). A phone left out of the input stays as it is (clients that predate it keep working).
 */
export async function updateProfile(
  db: Db,
  viewer: Viewer,
  input: { name: string; title?: string | null; phone?: string | null },
  language: Language,
): Promise<UserError[]> {
  const errors: UserError[] = [];
  const nameError = validateName(input.name);
  if (nameError) errors.push(nameError);
  const title = input.title?.trim() || null;
  if (title && title.length > 160) errors.push(userError('TEXT_TOO_LONG', 'title', { max: 160 }));
  const phone = input.phone === undefined ? undefined : input.phone?.trim() || null;
  const phoneError = phone ? phoneProblem(phone) : null;
  if (phoneError)
    errors.push(userError(phoneError, 'phone', phoneError === 'TEXT_TOO_LONG' ? { max: PHONE_MAX_LENGTH } : {}));
  if (errors.length) return errors;
  await db
    .updateTable('app_user')
    .set({
      name: input.name.trim(),
      title,
      title_language: languageOnSave(['title'], [title], language, 'title_language'),
      ...(phone === undefined ? {} : { phone }),
    })
    .where('id', '=', viewer.userId)
    .execute();
  return [];
}

/** The language the person reads the marketplace in; their e-mails follow it from now on. */
export async function setLanguage(db: Db, viewer: Viewer, language: Language): Promise<void> {
  await db.updateTable('app_user').set({ language }).where('id', '=', viewer.userId).execute();
}

export interface SessionInfo {
  id: number;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

export async function listSessions(db: Db, viewer: Viewer): Promise<SessionInfo[]> {
  const rows = await db
    .selectFrom('user_session')
    .select(['id', 'created_at', 'last_seen_at', 'user_agent', 'ip'])
    .where('user_id', '=', viewer.userId)
    .where('expires_at', '>', (eb) => eb.fn<Date>('now'))
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: toDate(row.created_at),
    lastSeenAt: toDate(row.last_seen_at),
    userAgent: row.user_agent,
    ip: row.ip,
    current: row.id === viewer.sessionId,
  }));
}

/** Ends one of the viewer's own sessions; someone else's session id simply matches nothing. */
export async function revokeOwnSession(db: Db, viewer: Viewer, sessionId: number): Promise<boolean> {
  const rows = await db
    .deleteFrom('user_session')
    .where('id', '=', sessionId)
    .where('user_id', '=', viewer.userId)
    .returning('id')
    .execute();
  return rows.length > 0;
}

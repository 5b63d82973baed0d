import type { Db } from '@tt/db/database';
import { CompanySize, PartnershipLevel, UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import { COMPANY_DESCRIPTION_MAX_LENGTH, COMPANY_NAME_MAX_LENGTH, COMPANY_NAME_MIN_LENGTH } from '@tt/shared/limits';
import { isEmail, normalizeEmail, PASSWORD_PROBLEM_ERRORS, passwordProblem } from '@tt/shared/password-policy';
import { isKnownAddress, loginRetryAfter, recordLoginFailure, recordLoginSuccess } from '../../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import { createSession, endSession, type SessionMeta } from '../../auth/session.service.js';
import { newToken } from '../../auth/tokens.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { slugify } from '../../text/slugs.js';
import { termsAcceptance } from '../site-pages/site-page.service.js';
import { insertAccount } from './user-records.js';

export const VERIFY_EMAIL_TTL_MS = 48 * 60 * 60 * 1000;

export interface NewCompany {
  name: string;
  country: string;
  size: CompanySize;
  website?: string | null;
  description?: string | null;
}

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  company?: NewCompany | null;
  /** The version of the terms of use the person was shown and accepted; null or absent when they did not. */
  acceptedTermsVersion?: number | null;
}

export type AccountResult = { ok: true; userId: number; token: string } | { ok: false; errors: UserError[] };

const INVALID_CREDENTIALS = userError('INVALID_CREDENTIALS');

export function validateName(name: string, field = 'name'): UserError | null {
  const trimmed = name.trim();
  if (trimmed.length < 2) return userError('NAME_REQUIRED', field);
  if (trimmed.length > 160) return userError('TEXT_TOO_LONG', field, { max: 160 });
  return null;
}

export function validatePassword(password: string, email: string, field = 'password'): UserError | null {
  const problem = passwordProblem(password, email);
  return problem
    ? userError(PASSWORD_PROBLEM_ERRORS[problem].code, field, PASSWORD_PROBLEM_ERRORS[problem].params)
    : null;
}

function validateCompany(company: NewCompany | null | undefined): UserError[] {
  if (!company) return [userError('COMPANY_DETAILS_REQUIRED', 'company')];
  const errors: UserError[] = [];
  const name = company.name.trim();
  if (name.length < COMPANY_NAME_MIN_LENGTH || name.length > COMPANY_NAME_MAX_LENGTH)
    errors.push(userError('COMPANY_NAME_REQUIRED', 'company.name'));
  if (!/^[A-Za-z]{2}$/.test(company.country)) {
    errors.push(userError('COUNTRY_INVALID', 'company.country'));
  }
  if (!Object.values(CompanySize).includes(company.size))
    errors.push(userError('COMPANY_SIZE_INVALID', 'company.size'));
  if (company.website && !/^https?:\/\/[^\s]{3,190}$/.test(company.website)) {
    errors.push(userError('WEBSITE_INVALID', 'company.website'));
  }
  if ((company.description ?? '').length > COMPANY_DESCRIPTION_MAX_LENGTH) {
    errors.push(userError('TEXT_TOO_LONG', 'company.description', { max: COMPANY_DESCRIPTION_MAX_LENGTH }));
  }
  return errors;
}

async function uniqueCompanySlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  const rows = await db
    .selectFrom('company')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A one-time e-mail verification link token for the user; the caller sends it. */
export async function issueVerificationToken(db: Db, userId: number, now = new Date()): Promise<string> {
  const { token, hash } = newToken();
  await db
    .insertInto('one_time_token')
    .values({
      user_id: userId,
      purpose: 'VERIFY_EMAIL',
      token_hash: hash,
      created_at: now,
      expires_at: new Date(now.getTime() + VERIFY_EMAIL_TTL_MS),
    })
    .execute();
  return token;
}

/**
 * A company member signs up and creates their company's profile. Runs in the caller's transaction. Sign-ups
 * that pass the form's checks count against the address's limit, "e-mail taken" answers included, so the
 * form cannot test addresses in bulk.
 */
export async function signUpWithNewCompany(
  db: Db,
  limiter: RateLimiter,
  input: SignUpInput,
  meta: SessionMeta & { ip: string; language: Language },
): Promise<AccountResult> {
  const email = normalizeEmail(input.email);
  const errors: UserError[] = [];
  if (!isEmail(email)) errors.push(userError('EMAIL_INVALID', 'email'));
  const nameError = validateName(input.name);
  if (nameError) errors.push(nameError);
  const passwordError = validatePassword(input.password, email);
  if (passwordError) errors.push(passwordError);
  errors.push(...validateCompany(input.company));
  const terms = await termsAcceptance(db, input.acceptedTermsVersion, meta.language);
  if (!terms.ok) errors.push(terms.error);
  if (errors.length > 0 || !terms.ok) return { ok: false, errors };
  await limiter.consume('SIGN_UP_PER_ADDRESS', meta.ip);

  const existing = await db
    .selectFrom('app_user')
    .select((eb) => eb.lit(1).as('taken'))
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) {
    return {
      ok: false,
      errors: [userError('EMAIL_TAKEN', 'email')],
    };
  }
  const company = input.company as NewCompany;
  const slug = await uniqueCompanySlug(db, company.name);
  const created = await db
    .insertInto('company')
    .values((eb) => ({
      slug,
      name: company.name.trim(),
      country: company.country.toUpperCase(),
      size: company.size,
      website: company.website || null,
      description: company.description?.trim() ?? '',
      interests_language: meta.language,
      partnership_level: PartnershipLevel.PROSPECT,
      listed: eb.lit(false),
      created_at: eb.fn<Date>('now'),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(input.password);
  const userId = await insertAccount(db, {
    email,
    name: input.name.trim(),
    role: UserRole.COMPANY_MEMBER,
    company_id: created.id,
    password_hash: passwordHash,
    // The language the sign-up was made in: the confirmation e-mail and every later one are written in it.
    language: meta.language,
    ...terms.columns,
  });
  if (userId === null) {
    return { ok: false, errors: [userError('EMAIL_TAKEN', 'email')] };
  }
  const token = await createSession(db, userId, meta);
  return { ok: true, userId, token };
}

/**
 * The same answer for an unknown e-mail and a wrong password; failures slow down the address that makes
 * them (login-throttle.ts), never the owner at an address they signed in from before. Any session the
 * browser had is replaced (rotation at login).
 */
export async function logIn(
  db: Db,
  limiter: RateLimiter,
  input: { email: string; password: string },
  meta: SessionMeta & { ip: string },
  previousSessionId: number | null,
): Promise<AccountResult> {
  const email = normalizeEmail(input.email);
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'email', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
  const known = user ? await isKnownAddress(db, user.id, meta.ip) : false;
  const wait = await loginRetryAfter(limiter, email, meta.ip, known);
  if (wait > 0) {
    return {
      ok: false,
      errors: [userError('TOO_MANY_ATTEMPTS', null, { retryAfter: Math.max(1, Math.ceil(wait / 1000)) })],
    };
  }
  const valid = await verifyPassword(user?.password_hash ?? null, input.password.slice(0, 500));
  if (!user || !valid || user.disabled_at) {
    await recordLoginFailure(limiter, email, meta.ip);
    return { ok: false, errors: [INVALID_CREDENTIALS] };
  }
  await recordLoginSuccess(db, limiter, user, meta.ip);
  if (previousSessionId) await endSession(db, previousSessionId);
  await db
    .updateTable('app_user')
    .set((eb) => ({ last_login_at: eb.fn<Date>('now') }))
    .where('id', '=', user.id)
    .execute();
  const token = await createSession(db, user.id, meta);
  return { ok: true, userId: user.id, token };
}

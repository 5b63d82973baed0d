import type { Database, Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import type { InferResult, InsertObject, Selectable } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';

// Rows read by the typed builder become the records the GraphQL types describe (UserType and InvitationType
// implement these interfaces). Only what a GraphQL type declares is ever sent to a client.

/** A person with an account, as the API hands it out. */
export interface UserRecord {
  __typename: 'User';
  id: string;
  dbId: number;
  institutionId: number | null;
  companyId: number | null;
  email: string;
  name: string;
  title: string | null;
  /** What the title was written in. */
  titleLanguage: Language;
  /** A work phone number, as written (shared/src/phone-number.ts). */
  phone: string | null;
  role: UserRole;
  emailVerified: boolean;
  disabled: boolean;
  createdAt: Date;
  /** The person's own setting: shown to them only (Viewer.language), used for their e-mails. */
  language: Language;
}

/** The columns of app_user `u` a UserRecord is made of: `.select(userSelection)` on `app_user as u`. */
export const userSelection = [
  'u.id',
  'u.email',
  'u.name',
  'u.title',
  'u.title_language',
  'u.phone',
  'u.role',
  'u.institution_id',
  'u.company_id',
  'u.email_verified_at',
  'u.disabled_at',
  'u.created_at',
  'u.language',
] as const;

/** A row of userSelection (timestamps arrive as text at run time: toDate reads both). */
export type UserRow = Pick<
  Selectable<Database['app_user']>,
  (typeof userSelection)[number] extends `u.${infer C}` ? C : never
>;

export function toUserRecord(row: UserRow): UserRecord {
  return {
    __typename: 'User',
    id: toGlobalId('User', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    companyId: row.company_id,
    email: row.email,
    name: row.name,
    title: row.title,
    titleLanguage: row.title_language,
    phone: row.phone,
    role: row.role,
    emailVerified: row.email_verified_at !== null,
    disabled: row.disabled_at !== null,
    createdAt: toDate(row.created_at),
    language: row.language,
  };
}

/** Shown for invitations that join no institute or company (administrators). */
export const NETWORK_ORGANISATION_NAME = 'TT Marketplace network';

export const InvitationStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

/** An invitation to join an institute, a company or the network, as the API hands it out. */
export interface InvitationRecord {
  __typename: 'Invitation';
  id: string;
  dbId: number;
  institutionId: number | null;
  companyId: number | null;
  email: string;
  role: UserRole;
  organisationName: string;
  status: InvitationStatus;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/** What the holder of an invitation link sees before accepting it. */
export interface InvitationPreviewRecord {
  email: string;
  role: UserRole;
  organisationName: string;
  expiresAt: Date;
}

/** The invitation `v` with its organisation's and inviter's names; the caller adds its conditions. */
export function selectInvitations(db: Db) {
  return db
    .selectFrom('invitation as v')
    .leftJoin('institution as vi', 'vi.id', 'v.institution_id')
    .leftJoin('company as vc', 'vc.id', 'v.company_id')
    .leftJoin('app_user as vu', 'vu.id', 'v.invited_by_id')
    .select((eb) => [
      'v.id',
      'v.email',
      'v.role',
      'v.institution_id',
      'v.company_id',
      eb.fn.coalesce('vi.name', 'vc.name').as('organisation_name'),
      'vu.name as invited_by_name',
      'v.created_at',
      'v.expires_at',
      'v.accepted_at',
      'v.revoked_at',
    ]);
}

export type InvitationRow = InferResult<ReturnType<typeof selectInvitations>>[number];

export function invitationStatus(
  row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now = new Date(),
): InvitationStatus {
  if (row.accepted_at !== null) return 'ACCEPTED';
  if (row.revoked_at !== null) return 'REVOKED';
  return toDate(row.expires_at).getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

export function toInvitationRecord(row: InvitationRow, now = new Date()): InvitationRecord {
  return {
    __typename: 'Invitation',
    id: toGlobalId('Invitation', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    companyId: row.company_id,
    email: row.email,
    role: row.role,
    organisationName: row.organisation_name ?? NETWORK_ORGANISATION_NAME,
    status: invitationStatus(row, now),
    invitedByName: row.invited_by_name,
    createdAt: toDate(row.created_at),
    expiresAt: toDate(row.expires_at),
    acceptedAt: row.accepted_at === null ? null : toDate(row.accepted_at),
    revokedAt: row.revoked_at === null ? null : toDate(row.revoked_at),
  };
}

/** The id of the active officer of the institute whom `globalId` names, or null when it names no such officer. */
export async function findActiveOfficer(db: Db, globalId: string, institutionId: number): Promise<number | null> {
  const parsed = parseGlobalId(globalId);
  if (parsed?.type !== 'User') return null;
  const officer = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', parsed.id)
    .where('role', '=', UserRole.TT_OFFICER)
    .where('institution_id', '=', institutionId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return officer?.id ?? null;
}

/** The error for an institute or company that a membership names and that does not exist; null when both do. */
export async function missingOrganisation(
  db: Db,
  target: { institutionId: number | null; companyId: number | null },
): Promise<UserError | null> {
  const named = [
    ['institution', target.institutionId, 'INSTITUTE_NOT_FOUND', 'institutionId'],
    ['company', target.companyId, 'COMPANY_NOT_FOUND', 'companyId'],
  ] as const;
  for (const [table, id, code, field] of named) {
    if (id === null) continue;
    const found = await db
      .selectFrom(table)
      .select((eb) => eb.lit(1).as('found'))
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) return userError(code, field);
  }
  return null;
}

/**
 * A new account, its password set now, unless its e-mail address already has one: then null, and the caller
 * says EMAIL_TAKEN in its own words. One statement, safe against two sign-ups with the same address at once.
 */
export async function insertAccount(
  db: Db,
  values: Omit<InsertObject<Database, 'app_user'>, 'created_at' | 'password_changed_at'>,
): Promise<number | null> {
  const created = await db
    .insertInto('app_user')
    .values((eb) => ({ ...values, created_at: eb.fn<Date>('now'), password_changed_at: eb.fn<Date>('now') }))
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return created?.id ?? null;
}

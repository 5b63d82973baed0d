import { sql } from 'kysely';
import { toDate } from '../../database/to-date.js';
import { toGlobalId } from '../../schema/global-id.js';
import type { InvitationType } from './invitation.type.js';
import type { UserType } from './user.type.js';

// Rows read by hand-written SQL become the records the GraphQL types describe.
// Only what a GraphQL type declares is ever sent to a client.

export interface UserRow {
  id: number;
  email: string;
  name: string;
  title: string | null;
  role: UserType['role'];
  institution_id: number | null;
  company_id: number | null;
  email_verified_at: Date | string | null;
  disabled_at: Date | string | null;
  created_at: Date | string;
}

export const userColumns = sql`u.id, u.email, u.name, u.title, u.role, u.institution_id, u.company_id,
  u.email_verified_at, u.disabled_at, u.created_at`;

export function toUserRecord(row: UserRow): UserType {
  return {
    __typename: 'User',
    id: toGlobalId('User', row.id),
    dbId: row.id,
    institutionId: row.institution_id,
    companyId: row.company_id,
    email: row.email,
    name: row.name,
    title: row.title,
    role: row.role,
    emailVerified: row.email_verified_at !== null,
    disabled: row.disabled_at !== null,
    createdAt: toDate(row.created_at),
  };
}

/** Shown for invitations that join no institute or company (administrators). */
export const NETWORK_ORGANISATION_NAME = 'TT Marketplace network';

export interface InvitationRow {
  id: number;
  email: string;
  role: InvitationType['role'];
  institution_id: number | null;
  company_id: number | null;
  organisation_name: string | null;
  invited_by_name: string | null;
  created_at: Date | string;
  expires_at: Date | string;
  accepted_at: Date | string | null;
  revoked_at: Date | string | null;
}

/** Select with `from ${invitationFrom}`: the invitation `v` with its organisation's and inviter's names. */
export const invitationColumns = sql`v.id, v.email, v.role, v.institution_id, v.company_id,
  coalesce(vi.name, vc.name) as organisation_name, vu.name as invited_by_name, v.created_at, v.expires_at,
  v.accepted_at, v.revoked_at`;

export const invitationFrom = sql`invitation v left join institution vi on vi.id = v.institution_id
  left join company vc on vc.id = v.company_id left join app_user vu on vu.id = v.invited_by_id`;

export function invitationStatus(
  row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now = new Date(),
): InvitationType['status'] {
  if (row.accepted_at !== null) return 'ACCEPTED';
  if (row.revoked_at !== null) return 'REVOKED';
  return toDate(row.expires_at).getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

export function toInvitationRecord(row: InvitationRow, now = new Date()): InvitationType {
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

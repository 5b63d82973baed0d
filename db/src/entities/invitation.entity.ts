import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { UserRole } from '@tt/shared/company-enums';
import { Company } from './company.entity.js';
import { Institution } from './institution.entity.js';
import { User } from './user.entity.js';

/** An invitation to join as a researcher or officer of an institute, or as a member of a company. */
export const Invitation = defineEntity({
  name: 'Invitation',
  properties: {
    id: p.integer().primary().autoincrement(),
    email: p.string().length(200).index(),
    role: p.enum(() => UserRole).nativeEnumName('user_role'),
    institution: () => p.manyToOne(Institution).nullable().deleteRule('cascade'),
    company: () => p.manyToOne(Company).nullable().deleteRule('cascade'),
    /** A platform manager's platforms (of the invitation's institute), attached when they accept. */
    platformIds: p.json<number[]>().default('[]'),
    invitedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { PartnerStatus } from '@tt/shared/partner-rules';
import { Company } from './company.entity.js';
import { Institution } from './institution.entity.js';
import { User } from './user.entity.js';

/**
 * One institute's record of one company (its office's partner CRM): the relationship in the office's own words,
 * the officer who owns it and the office's notes. Only that institute's office and admins read it; the company never.
 */
export const PartnerRelationship = defineEntity({
  name: 'PartnerRelationship',
  tableName: 'partner_relationship',
  properties: {
    id: p.integer().primary().autoincrement(),
    institution: () => p.manyToOne(Institution).deleteRule('cascade'),
    company: () => p.manyToOne(Company).index().deleteRule('cascade'),
    status: p.enum(() => PartnerStatus).nativeEnumName('partner_status'),
    /** The officer of the institute who looks after the relationship. */
    owner: () => p.manyToOne(User).nullable().index().deleteRule('set null'),
    notes: p.text().default(''),
    createdAt: p.datetime(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    updatedAt: p.datetime(),
    updatedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
  },
  // The unique pair also serves an institute's list.
  uniques: [{ name: 'partner_relationship_institution_company_unique', properties: ['institution', 'company'] }],
});
export type PartnerRelationship = InferEntity<typeof PartnerRelationship>;

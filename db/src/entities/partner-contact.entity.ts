import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { PartnerRelationship } from './partner-relationship.entity.js';

/** A person at the company the office keeps in touch with, on its record of the company (office-only). */
export const PartnerContact = defineEntity({
  name: 'PartnerContact',
  tableName: 'partner_contact',
  properties: {
    id: p.integer().primary().autoincrement(),
    relationship: () => p.manyToOne(PartnerRelationship).index().deleteRule('cascade'),
    name: p.string().length(PARTNER_LIMITS.contactNameMax),
    role: p.string().length(PARTNER_LIMITS.contactRoleMax).default(''),
    email: p.string().length(PARTNER_LIMITS.contactEmailMax).default(''),
    phone: p.string().length(PARTNER_LIMITS.contactPhoneMax).default(''),
    notes: p.string().length(PARTNER_LIMITS.contactNotesMax).default(''),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PartnerContact = InferEntity<typeof PartnerContact>;

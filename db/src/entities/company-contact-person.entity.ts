import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { User } from './user.entity.js';

/**
 * A company member the company says institutes may contact, and how: by e-mail (their account's address) and/or
 * by phone. No row: not to be contacted directly. Deleted with the account.
 */
export const CompanyContactPerson = defineEntity({
  name: 'CompanyContactPerson',
  tableName: 'company_contact_person',
  properties: {
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    byEmail: p.boolean().default(true),
    /** The number to call; empty when not by phone. */
    phone: p.string().length(PARTNER_LIMITS.contactPhoneMax).default(''),
  },
});
export type CompanyContactPerson = InferEntity<typeof CompanyContactPerson>;

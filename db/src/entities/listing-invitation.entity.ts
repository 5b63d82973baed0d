import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { LOOK_INVITATION_MESSAGE_MAX_LENGTH } from '@tt/shared/limits';
import { Asset } from './asset.entity.js';
import { Company } from './company.entity.js';
import { User } from './user.entity.js';
import { optionalWrittenLanguage } from './written-language.js';

/**
 * An officer's invitation to a company to look at one of the institute's listings ("companies to approach"): its
 * members were e-mailed a link. Kept so the office sees who was invited when (and none twice within 30 days).
 */
export const ListingInvitation = defineEntity({
  name: 'ListingInvitation',
  tableName: 'listing_invitation',
  properties: {
    id: p.integer().primary().autoincrement(),
    asset: () => p.manyToOne(Asset).deleteRule('cascade'),
    company: () => p.manyToOne(Company).index().deleteRule('cascade'),
    sender: () => p.manyToOne(User).nullable().deleteRule('set null'),
    message: p.string().length(LOOK_INVITATION_MESSAGE_MAX_LENGTH).nullable(),
    messageLanguage: optionalWrittenLanguage(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['asset', 'company', 'createdAt'] }],
});
export type ListingInvitation = InferEntity<typeof ListingInvitation>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { CompanySize, PartnershipLevel } from '@tt/shared/company-enums';
import { Sector } from './sector.entity.js';

/** An industry partner or prospect. Only `listed` companies appear in the public directory. */
export const Company = defineEntity({
  name: 'Company',
  properties: {
    id: p.integer().primary(),
    slug: p.string().length(80).unique(),
    name: p.string().length(200),
    country: p.string().length(2),
    city: p.string().length(80).nullable(),
    size: p.enum(() => CompanySize).nativeEnumName('company_size'),
    sectors: () => p.manyToMany(Sector).pivotTable('company_sector'),
    interests: p.array().default([]),
    website: p.string().length(200).nullable(),
    description: p.text(),
    partnershipLevel: p.enum(() => PartnershipLevel).nativeEnumName('partnership_level'),
    listed: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Company = InferEntity<typeof Company>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Company } from './company.entity.js';
import { Sector } from './sector.entity.js';

/** A company's sectors of interest: the pivot of Company.sectors, an entity so that its columns are typed. */
export const CompanySector = defineEntity({
  name: 'CompanySector',
  properties: {
    company: () => p.manyToOne(Company).primary().deleteRule('cascade').updateRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().deleteRule('cascade').updateRule('cascade'),
  },
});
export type CompanySector = InferEntity<typeof CompanySector>;

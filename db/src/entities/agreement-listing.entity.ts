import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Agreement } from './agreement.entity.js';
import { Asset } from './asset.entity.js';

/** A listing an agreement covers (each once). */
export const AgreementListing = defineEntity({
  name: 'AgreementListing',
  tableName: 'agreement_listing',
  properties: {
    id: p.integer().primary().autoincrement(),
    agreement: () => p.manyToOne(Agreement).deleteRule('cascade'),
    asset: () => p.manyToOne(Asset).deleteRule('cascade'),
  },
  uniques: [{ name: 'agreement_listing_unique', properties: ['agreement', 'asset'] }],
  indexes: [{ name: 'agreement_listing_asset_idx', properties: ['asset'] }],
});
export type AgreementListing = InferEntity<typeof AgreementListing>;

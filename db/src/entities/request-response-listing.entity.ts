import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { ProposalStatus } from '@tt/shared/technology-request-enums';
import { Asset } from './asset.entity.js';
import { RequestResponse } from './request-response.entity.js';

/**
 * A listing an institute proposed in a response, and what the company did with it. The expression of interest a
 * proposal turned into is the company's on that listing (one open per company and listing).
 */
export const RequestResponseListing = defineEntity({
  name: 'RequestResponseListing',
  tableName: 'request_response_listing',
  properties: {
    id: p.integer().primary().autoincrement(),
    response: () => p.manyToOne(RequestResponse).deleteRule('cascade'),
    asset: () => p.manyToOne(Asset).deleteRule('cascade'),
    status: p
      .enum(() => ProposalStatus)
      .nativeEnumName('proposal_status')
      .default(ProposalStatus.PROPOSED),
    decidedAt: p.datetime().nullable(),
  },
  uniques: [{ name: 'request_response_listing_unique', properties: ['response', 'asset'] }],
  indexes: [{ name: 'request_response_listing_asset_idx', properties: ['asset'] }],
});
export type RequestResponseListing = InferEntity<typeof RequestResponseListing>;

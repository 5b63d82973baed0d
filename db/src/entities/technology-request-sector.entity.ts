import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Sector } from './sector.entity.js';
import { TechnologyRequest } from './technology-request.entity.js';

/** A request's sectors: the pivot of TechnologyRequest.sectors, an entity so that its columns are typed. */
export const TechnologyRequestSector = defineEntity({
  name: 'TechnologyRequestSector',
  tableName: 'technology_request_sector',
  properties: {
    request: () => p.manyToOne(TechnologyRequest).primary().deleteRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().deleteRule('cascade'),
  },
  indexes: [{ name: 'technology_request_sector_sector_idx', properties: ['sector', 'request'] }],
});
export type TechnologyRequestSector = InferEntity<typeof TechnologyRequestSector>;

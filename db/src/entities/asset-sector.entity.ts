import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Sector } from './sector.entity.js';

function listingRowsTrigger(event: 'insert' | 'update' | 'delete', transitionTables: string) {
  const name = `asset_rows_${event}`;
  return {
    name,
    timing: 'after' as const,
    events: [event],
    expression: `create trigger "${name}" after ${event} on "asset_sector" ${transitionTables} for each statement execute function "asset_rows_from_asset_sector"()`,
  };
}

export const AssetSector = defineEntity({
  name: 'AssetSector',
  properties: {
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().deleteRule('cascade'),
  },
  // A sector's listings, read from the index alone.
  indexes: [{ name: 'asset_sector_sector_asset_idx', properties: ['sector', 'asset'] }],
  // A listing's search row and related-listing key, refreshed once per statement for the listings it touched
  // (asset_rows_from_asset_sector, in the asset_sector_rows migration): saving a listing's sectors deletes and
  // inserts one row per sector, and a trigger per row refreshed the same listing that many times (some 17 ms of
  // the database's CPU each). PostgreSQL takes transition tables for one event per trigger only: three triggers.
  triggers: [
    catalogueRevisionTrigger('asset_sector'),
    listingRowsTrigger('insert', 'referencing new table as new_rows'),
    listingRowsTrigger('update', 'referencing old table as old_rows new table as new_rows'),
    listingRowsTrigger('delete', 'referencing old table as old_rows'),
  ],
});
export type AssetSector = InferEntity<typeof AssetSector>;

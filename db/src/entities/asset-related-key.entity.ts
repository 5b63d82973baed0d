import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { AssetKind } from '@tt/shared/asset-enums';
import { Asset } from './asset.entity.js';
import { SectorSet } from './sector-set.entity.js';

/** One index per preference among listings sharing as many sectors: each newest first within a set. */
function keyIndex(name: string, columns: string[], include: string[]) {
  const list = ['"set_id"', ...columns, '"published_at" desc', '"asset_id"'].join(', ');
  const covering = include.length ? ` include (${include.map((column) => `"${column}"`).join(', ')})` : '';
  return { name, expression: `create index "${name}" on "asset_related_key" (${list})${covering}` };
}

/**
 * What ranking related listings reads of a PUBLISHED listing (see the related_listings migration): its set
 * of sectors, kind, institute and publication date, narrow and covered by its indexes. Written only by the
 * triggers on asset and asset_sector, never by the application.
 */
export const AssetRelatedKey = defineEntity({
  name: 'AssetRelatedKey',
  properties: {
    asset: () => p.oneToOne(Asset).primary().owner().deleteRule('cascade').updateRule('cascade'),
    set: () => p.manyToOne(SectorSet).updateRule('cascade'),
    kind: p.enum(() => AssetKind).nativeEnumName('asset_kind'),
    institutionId: p.integer(),
    publishedAt: p.datetime().nullable(),
  },
  indexes: [
    keyIndex('asset_related_key_kind_institution_idx', ['"kind"', '"institution_id"'], []),
    keyIndex('asset_related_key_kind_idx', ['"kind"'], ['institution_id']),
    keyIndex('asset_related_key_institution_idx', ['"institution_id"'], ['kind']),
    keyIndex('asset_related_key_newest_idx', [], ['kind', 'institution_id']),
  ],
});
export type AssetRelatedKey = InferEntity<typeof AssetRelatedKey>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';

/** A slug an asset had before its title changed: links to it keep working by redirecting. */
export const AssetSlugRedirect = defineEntity({
  name: 'AssetSlugRedirect',
  properties: {
    slug: p.string().length(120).primary(),
    asset: () => p.manyToOne(Asset).index().deleteRule('cascade'),
    createdAt: p.datetime(),
  },
  triggers: [catalogueRevisionTrigger('asset_slug_redirect')],
});
export type AssetSlugRedirect = InferEntity<typeof AssetSlugRedirect>;

import { PLATFORM_LISTINGS_SHOWN } from '@tt/shared/limits';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AssetType } from '../catalogue/asset.type.js';
import { InstitutionType } from './institution.type.js';
import { PlatformType } from './platform.type.js';

@Resolver(() => PlatformType)
export class PlatformResolver {
  @FieldResolver(() => InstitutionType)
  async institution(@Root() platform: PlatformType, @Ctx() ctx: RequestContext): Promise<InstitutionType> {
    const institution = await ctx.loaders.institutionById.load(platform.institutionId);
    if (!institution) throw new Error(`Platform ${platform.dbId} has no institution`);
    return institution;
  }

  @FieldResolver(() => [AssetType], {
    description: `Its first ${PLATFORM_LISTINGS_SHOWN} published listings (services first of all) by title; the catalogue has them all`,
  })
  assets(@Root() platform: PlatformType, @Ctx() ctx: RequestContext): Promise<AssetType[]> {
    return ctx.loaders.publishedAssetsByPlatformId.load(platform.dbId);
  }

  @FieldResolver(() => Int, { description: 'How many published listings it runs' })
  assetCount(@Root() platform: PlatformType, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.publishedAssetCountByPlatformId.load(platform.dbId);
  }
}

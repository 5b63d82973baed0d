import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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

  @FieldResolver(() => [AssetType], { description: 'Published listings of this platform, services first of all' })
  assets(@Root() platform: PlatformType, @Ctx() ctx: RequestContext): Promise<AssetType[]> {
    return ctx.loaders.publishedAssetsByPlatformId.load(platform.dbId);
  }
}

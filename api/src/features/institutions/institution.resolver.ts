import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { PageArgs } from '../../pagination/page-args.type.js';
import { selectedFields } from '../../schema/selected-fields.js';
import { AssetConnectionType } from '../catalogue/asset-connection.type.js';
import { searchCatalogue } from '../catalogue/catalogue.service.js';
import { findInstitution, listInstitutions } from './directory-lookup.service.js';
import { InstitutionType } from './institution.type.js';
import { PlatformType } from './platform.type.js';

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Query(() => [InstitutionType])
  institutions(@Ctx() ctx: RequestContext): Promise<InstitutionType[]> {
    return listInstitutions(ctx.db);
  }

  @Query(() => InstitutionType, { nullable: true })
  institution(@Ctx() ctx: RequestContext, @Arg('slug') slug: string): Promise<InstitutionType | null> {
    return findInstitution(ctx.db, { slug: slug.slice(0, 200) });
  }

  @FieldResolver(() => [PlatformType], { description: 'Research platforms and facilities' })
  platforms(@Root() institution: InstitutionType, @Ctx() ctx: RequestContext): Promise<PlatformType[]> {
    return ctx.loaders.platformsByInstitutionId.load(institution.dbId);
  }

  @FieldResolver(() => AssetConnectionType, { description: "The institute's published listings, newest first" })
  async assets(
    @Root() institution: InstitutionType,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssetConnectionType> {
    const filter = { institutions: [institution.slug] };
    return searchCatalogue(
      { catalogue: ctx.catalogue, res: ctx.res, language: ctx.language },
      { filter },
      {
        first: page.first,
        after: page.after,
        selected: selectedFields(info, []),
      },
    );
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { parsePageSize } from '../../pagination/page-info.js';
import { selectedFields } from '../../schema/selected-fields.js';
import { AssetConnectionType } from '../catalogue/asset-connection.type.js';
import { parseCatalogueCriteria } from '../catalogue/catalogue-criteria.js';
import { admitCatalogueSearch } from '../catalogue/catalogue-reads.js';
import { CatalogueSearch } from '../catalogue/catalogue-search.service.js';
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
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssetConnectionType> {
    const criteria = parseCatalogueCriteria({ filter: { institutions: [institution.slug] } });
    await admitCatalogueSearch(ctx, criteria, selectedFields(info, []));
    const search = new CatalogueSearch(ctx.catalogue.db, criteria);
    return { search, ...(await search.page(parsePageSize(first), after)) };
  }
}

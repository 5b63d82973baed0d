import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { SectorType } from '../institutions/sector.type.js';
import { CompanyType } from './company.type.js';
import { PartnerConnectionType } from './partner-connection.type.js';
import { findListedCompany, PartnerDirectory, parsePartnerCriteria } from './partner-directory.service.js';
import { PartnerFilterInput } from './partner-filter.input.js';

@Resolver(() => CompanyType)
export class PartnerResolver {
  @Query(() => PartnerConnectionType, { description: 'The public directory of industry partners, by name' })
  async partners(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('filter', () => PartnerFilterInput, { nullable: true }) filter: PartnerFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<PartnerConnectionType> {
    const directory = new PartnerDirectory(ctx.db, parsePartnerCriteria({ query, filter }));
    const { first, after } = pageOf(page);
    return { directory, ...(await directory.page(first, after)) };
  }

  @Query(() => CompanyType, { nullable: true, description: 'A listed partner by its slug' })
  partner(@Ctx() ctx: RequestContext, @Arg('slug') slug: string): Promise<CompanyType | null> {
    return findListedCompany(ctx.db, { slug: slug.slice(0, 200) });
  }

  @FieldResolver(() => [SectorType])
  sectors(@Root() company: CompanyType, @Ctx() ctx: RequestContext): Promise<SectorType[]> {
    return ctx.loaders.sectorsByCompanyId.load(company.dbId);
  }
}

@Resolver(() => PartnerConnectionType)
export class PartnerConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: PartnerConnectionType): Promise<number> {
    return connection.directory.totalCount();
  }
}

import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { PartnerFilterInput } from '../inputs/partner-filter.input.js';
import { parsePageSize } from '../services/catalogue-criteria.js';
import { findListedCompany, PartnerDirectory, parsePartnerCriteria } from '../services/partner-directory.service.js';
import { CompanyType } from '../types/company.type.js';
import { PartnerConnectionType } from '../types/partner-connection.type.js';
import { SectorType } from '../types/sector.type.js';

@Resolver(() => CompanyType)
export class PartnerResolver {
  @Query(() => PartnerConnectionType, { description: 'The public directory of industry partners, by name' })
  async partners(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('filter', () => PartnerFilterInput, { nullable: true }) filter: PartnerFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<PartnerConnectionType> {
    const directory = new PartnerDirectory(ctx.db, parsePartnerCriteria({ query, filter }));
    return { directory, ...(await directory.page(parsePageSize(first), after)) };
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

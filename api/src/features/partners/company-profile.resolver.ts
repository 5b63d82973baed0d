import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { UserType } from '../accounts/user.type.js';
import { CompanyType } from './company.type.js';
import { CompanyPayloadType } from './company-payload.type.js';
import { UpdateCompanyProfileInput } from './company-profile.input.js';
import { checkCanSeeMembers, updateCompanyProfile } from './company-profile.service.js';

@Resolver(() => CompanyType)
export class CompanyProfileResolver {
  @Authorized()
  @Mutation(() => CompanyPayloadType, {
    description: "A member keeps their company's profile; admins name the company",
  })
  async updateCompanyProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateCompanyProfileInput) input: UpdateCompanyProfileInput,
  ): Promise<CompanyPayloadType> {
    const result = await ctx.em.transactional((tx) => updateCompanyProfile(tx.getKysely(), ctx.viewer, input));
    if (!result.ok) return { company: null, errors: result.errors };
    ctx.loaders.companyById.clear(result.company.dbId);
    ctx.loaders.sectorsByCompanyId.clear(result.company.dbId);
    return { company: result.company, errors: [] };
  }

  @FieldResolver(() => [UserType], {
    nullable: true,
    description: "The company's people: for its members and admins only (FORBIDDEN for anyone else)",
  })
  members(@Root() company: CompanyType, @Ctx() ctx: RequestContext): Promise<UserType[]> {
    checkCanSeeMembers(ctx.viewer, company.dbId);
    return ctx.loaders.usersByCompanyId.load(company.dbId);
  }
}

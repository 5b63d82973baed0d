import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { UserType } from '../accounts/user.type.js';
import { CompanyType } from './company.type.js';
import { CompanyPayloadType } from './company-payload.type.js';
import { UpdateCompanyProfileInput } from './company-profile.input.js';
import { checkCanSeeMembers, updateCompanyProfile } from './company-profile.service.js';

@Resolver(() => CompanyType)
export class CompanyProfileResolver {
  @Authorized()
  @InputMutation(() => CompanyPayloadType, UpdateCompanyProfileInput, {
    description: "A member keeps their company's profile; admins name the company",
  })
  async updateCompanyProfile(ctx: RequestContext, input: UpdateCompanyProfileInput): Promise<CompanyPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      updateCompanyProfile(db, viewer, input, ctx.language),
    );
    if (result.ok) {
      ctx.loaders.companyById.clear(result.company.dbId);
      ctx.loaders.sectorsByCompanyId.clear(result.company.dbId);
    }
    return toPayload('company', result);
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

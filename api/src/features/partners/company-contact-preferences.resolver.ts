import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { CompanyType } from './company.type.js';
import { SetCompanyContactPreferencesInput } from './company-contact-preferences.input.js';
import {
  maySeeContactPreferences,
  readContactPreferences,
  setContactPreferences,
} from './company-contact-preferences.service.js';
import { CompanyContactPreferencesType } from './company-contact-preferences.type.js';
import { CompanyPayloadType } from './company-payload.type.js';

@Resolver(() => CompanyType)
export class CompanyContactPreferencesResolver {
  @FieldResolver(() => CompanyContactPreferencesType, {
    nullable: true,
    description:
      'Who at the company the institutes may contact and how: for its members, officers and admins (null for anyone else)',
  })
  contactPreferences(
    @Root() company: CompanyType,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyContactPreferencesType> | null {
    return maySeeContactPreferences(ctx.viewer, company.dbId) ? readContactPreferences(ctx.db, company.dbId) : null;
  }

  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => CompanyPayloadType, SetCompanyContactPreferencesInput, {
    description: "A member says who of the company's people the institutes may contact, and how",
  })
  async setCompanyContactPreferences(
    ctx: RequestContext,
    input: SetCompanyContactPreferencesInput,
  ): Promise<CompanyPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      setContactPreferences(db, viewer, input, ctx.language),
    );
    if (!result.ok) return { company: null, errors: result.errors };
    ctx.loaders.companyById.clear(result.companyId);
    return { company: (await ctx.loaders.companyById.load(result.companyId))!, errors: [] };
  }
}

import { Language } from '@tt/shared/languages';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { unauthenticated } from '../../errors/domain-error.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { CompanyType } from '../partners/company.type.js';
import { UserType } from './user.type.js';
import { ViewerType } from './viewer.type.js';

@Resolver(() => ViewerType)
export class ViewerResolver {
  @FieldResolver(() => UserType)
  async user(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<UserType> {
    const user = await ctx.loaders.userById.load(viewer.userId);
    if (!user) throw unauthenticated('ACCOUNT_GONE');
    return user;
  }

  @FieldResolver(() => Language, { description: 'The language you read the marketplace in and are e-mailed in' })
  async language(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<Language> {
    const user = await ctx.loaders.userById.load(viewer.userId);
    if (!user) throw unauthenticated('ACCOUNT_GONE');
    return user.language;
  }
}

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => InstitutionType, { nullable: true, description: 'For researchers and officers' })
  institution(@Root() user: UserType, @Ctx() ctx: RequestContext): Promise<InstitutionType | null> | null {
    return user.institutionId ? ctx.loaders.institutionById.load(user.institutionId) : null;
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'For company members' })
  company(@Root() user: UserType, @Ctx() ctx: RequestContext): Promise<CompanyType | null> | null {
    return user.companyId ? ctx.loaders.companyById.load(user.companyId) : null;
  }
}

import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { canEditAnyCompany } from '../../auth/policies.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { CompanyType } from '../partners/company.type.js';
import { CompanyPayloadType } from '../partners/company-payload.type.js';
import { UserPayloadType } from './admin-payload.type.js';
import { MergeCompaniesInput, MoveCompanyMemberInput } from './company-admin.input.js';
import { companyCounts, listCompanies, moveCompanyMember } from './company-admin.service.js';
import { CompanyConnectionType } from './company-connection.type.js';
import { mergeCompanies } from './company-merge.service.js';

const perRequest = new WeakMap<object, DataLoader<number, { memberCount: number; eoiCount: number }>>();

function countLoader(ctx: RequestContext) {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids: readonly number[]) => companyCounts(ctx.db, ids));
    perRequest.set(ctx.loaders, loader);
  }
  return loader;
}

/** Every company, for the network administrator: the list, its counts, moving members and merging duplicates. */
@Resolver(() => CompanyType)
export class CompanyAdminResolver {
  @Authorized(['ADMIN'])
  @Query(() => CompanyConnectionType, {
    description: 'Every company, listed or not, by name (search ignores case and accents): administrators only',
  })
  companies(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true, description: 'Part of the name' }) query: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CompanyConnectionType> {
    return listCompanies(ctx.db, ctx.viewer, { query, ...pageOf(page) });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many people belong to it: administrators only' })
  async memberCount(@Root() company: CompanyType, @Ctx() ctx: RequestContext): Promise<number | null> {
    return canEditAnyCompany(ctx.viewer) ? (await countLoader(ctx).load(company.dbId)).memberCount : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many EoIs it sent: administrators only' })
  async eoiCount(@Root() company: CompanyType, @Ctx() ctx: RequestContext): Promise<number | null> {
    return canEditAnyCompany(ctx.viewer) ? (await countLoader(ctx).load(company.dbId)).eoiCount : null;
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => UserPayloadType, MoveCompanyMemberInput, {
    description:
      "Moves a member to another company (not a company's last member: merge it instead); their EoIs stay with the company that sent them",
  })
  async moveCompanyMember(ctx: RequestContext, input: MoveCompanyMemberInput): Promise<UserPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => moveCompanyMember(db, viewer, input));
    ctx.loaders.userById.clearAll();
    return toPayload('user', result);
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => CompanyPayloadType, MergeCompaniesInput, {
    description:
      'Merges a duplicate into the company that stays, in one transaction: its members, EoIs, agreements, requests, partner records and the rest move, then the duplicate is deleted',
  })
  async mergeCompanies(ctx: RequestContext, input: MergeCompaniesInput): Promise<CompanyPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => mergeCompanies(db, viewer, input));
    ctx.loaders.companyById.clearAll();
    ctx.loaders.userById.clearAll();
    return toPayload('company', result);
  }
}

import { isoDay, isTechnologyRequestOpen } from '@tt/shared/technology-request-rules';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import type { UserError } from '../../errors/user-error.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { SectorType } from '../institutions/sector.type.js';
import { CompanyType } from '../partners/company.type.js';
import { requestLoaders } from './request-loaders.js';
import { RequestResponseType } from './request-response.type.js';
import {
  CloseTechnologyRequestInput,
  PublishTechnologyRequestInput,
  TechnologyRequestFilterInput,
  UpdateTechnologyRequestInput,
} from './technology-request.input.js';
import {
  TechnologyRequestConnectionType,
  TechnologyRequestFacetsType,
  TechnologyRequestType,
} from './technology-request.type.js';
import {
  canRespondToRequests,
  canSeeRequest,
  isRequestingMember,
  responseScope,
  seesEveryRequest,
} from './technology-request-access.js';
import { parseTechnologyRequestCriteria } from './technology-request-criteria.js';
import { TechnologyRequestPayloadType } from './technology-request-payload.type.js';
import {
  closeTechnologyRequest,
  publishTechnologyRequest,
  updateTechnologyRequest,
} from './technology-request-publishing.service.js';
import { readTechnologyRequest, type TechnologyRequestRecord } from './technology-request-records.js';
import { TechnologyRequestSearch } from './technology-request-search.service.js';

type Outcome = { ok: true; requestId: number } | { ok: false; errors: UserError[] };

/** A request the viewer may see, or null (not there, or an office-only one of another company). */
export async function findVisibleTechnologyRequest(
  ctx: RequestContext,
  where: { id: number } | { slug: string },
): Promise<TechnologyRequestRecord | null> {
  const request = await readTechnologyRequest(ctx.db, where);
  return request && canSeeRequest(ctx.viewer, request) ? request : null;
}

@Resolver(() => TechnologyRequestType)
export class TechnologyRequestResolver {
  @Query(() => TechnologyRequestConnectionType, {
    description:
      "The Requests directory as the viewer may see it: public requests for everyone, every request for the institutes and admins, and a company's own for its members. Open ones first",
  })
  async technologyRequests(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true, description: 'Web-search syntax: "quoted phrase", -exclude, or' })
    query: string | null,
    @Arg('filter', () => TechnologyRequestFilterInput, { nullable: true }) filter: TechnologyRequestFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<TechnologyRequestConnectionType> {
    const search = new TechnologyRequestSearch(
      ctx.db,
      ctx.viewer,
      parseTechnologyRequestCriteria({ query, filter }),
      ctx.language,
    );
    const { first, after } = pageOf(page);
    return { search, ...(await search.page(first, after)) };
  }

  @Query(() => TechnologyRequestType, { nullable: true, description: 'A request by its slug; null when not visible' })
  technologyRequest(@Ctx() ctx: RequestContext, @Arg('slug') slug: string): Promise<TechnologyRequestType | null> {
    return findVisibleTechnologyRequest(ctx, { slug: slug.slice(0, 200) });
  }

  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => TechnologyRequestPayloadType, PublishTechnologyRequestInput, {
    description: 'A company member publishes a technology request for their company',
  })
  async publishTechnologyRequest(
    ctx: RequestContext,
    input: PublishTechnologyRequestInput,
  ): Promise<TechnologyRequestPayloadType> {
    return this.change(ctx, (db, viewer) => publishTechnologyRequest(db, viewer, { ...input, language: ctx.language }));
  }

  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => TechnologyRequestPayloadType, UpdateTechnologyRequestInput, {
    description: "A member of the request's company saves an open request",
  })
  async updateTechnologyRequest(
    ctx: RequestContext,
    input: UpdateTechnologyRequestInput,
  ): Promise<TechnologyRequestPayloadType> {
    return this.change(ctx, (db, viewer) => updateTechnologyRequest(db, viewer, { ...input, language: ctx.language }));
  }

  @Authorized(['COMPANY_MEMBER'])
  @InputMutation(() => TechnologyRequestPayloadType, CloseTechnologyRequestInput, {
    description: "A member of the request's company closes it as FULFILLED or CLOSED",
  })
  async closeTechnologyRequest(
    ctx: RequestContext,
    input: CloseTechnologyRequestInput,
  ): Promise<TechnologyRequestPayloadType> {
    return this.change(ctx, (db, viewer) => closeTechnologyRequest(db, viewer, input));
  }

  @FieldResolver(() => [SectorType])
  sectors(@Root() request: TechnologyRequestType, @Ctx() ctx: RequestContext): Promise<SectorType[]> {
    return requestLoaders(ctx).sectorsByRequestId.load(request.dbId);
  }

  @FieldResolver(() => CompanyType, {
    nullable: true,
    description:
      "The company's profile: when it is in the public directory, or for the institutes, admins and its members",
  })
  async company(@Root() request: TechnologyRequestType, @Ctx() ctx: RequestContext): Promise<CompanyType | null> {
    const company = await ctx.loaders.companyById.load(request.companyId);
    if (!company) return null;
    const shown = company.listed || seesEveryRequest(ctx.viewer) || isRequestingMember(ctx.viewer, company.dbId);
    return shown ? company : null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer is a member of the request's company (edits, closes, decides on proposals)",
  })
  viewerIsRequester(@Root() request: TechnologyRequestType, @Ctx() ctx: RequestContext): boolean {
    return isRequestingMember(ctx.viewer, request.companyId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may respond now (an officer, the request open)' })
  viewerCanRespond(@Root() request: TechnologyRequestType, @Ctx() ctx: RequestContext): boolean {
    return (
      canRespondToRequests(ctx.viewer) &&
      isTechnologyRequestOpen(request.status) &&
      request.deadline >= isoDay(new Date())
    );
  }

  @FieldResolver(() => [RequestResponseType], {
    nullable: true,
    description:
      "The responses the viewer may read, oldest first: all of them for the company's members and admins, their institute's for officers; null for anyone else",
  })
  async responses(
    @Root() request: TechnologyRequestType,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestResponseType[] | null> {
    const scope = responseScope(ctx.viewer, request);
    if (!scope) return null;
    const responses = await requestLoaders(ctx).responsesByRequestId.load(request.dbId);
    return 'all' in scope ? responses : responses.filter((response) => response.institutionId === scope.institutionId);
  }

  /** Runs the change in one transaction as the viewer, then answers with the request as the viewer sees it. */
  private async change(
    ctx: RequestContext,
    run: Parameters<typeof inViewerTransaction<Outcome>>[1],
  ): Promise<TechnologyRequestPayloadType> {
    const result = await inViewerTransaction(ctx, run);
    if (!result.ok) return { technologyRequest: null, errors: result.errors };
    return { technologyRequest: await findVisibleTechnologyRequest(ctx, { id: result.requestId }), errors: [] };
  }
}

// Counted only when asked for: a page without them costs no extra statement; with both, one.
@Resolver(() => TechnologyRequestConnectionType)
export class TechnologyRequestConnectionResolver {
  @FieldResolver(() => Int, { description: 'Every request the viewer may see that matches the query and filters' })
  totalCount(@Root() connection: TechnologyRequestConnectionType): Promise<number> {
    return connection.search.totalCount();
  }

  @FieldResolver(() => TechnologyRequestFacetsType)
  facets(@Root() connection: TechnologyRequestConnectionType): Promise<TechnologyRequestFacetsType> {
    return connection.search.facets();
  }
}
